import { z } from 'zod';
import type { Place } from '../types.ts';
import { readCsv } from './csv.ts';
import { type Issue, throwIfAny } from './errors.ts';
import { checkPlaces } from './place-checks.ts';
import type { Outline } from './outline.ts';
import { recordOrigin } from './origins.ts';

export { GazetteerError, type Issue } from './errors.ts';
export { parseBaseline } from './baseline.ts';
export { originOf } from './origins.ts';

export const PLACE_COLUMNS = [
  'key',
  'name_en',
  'name_ar',
  'variants_ar',
  'variants_en',
  'lat',
  'lon',
  'kind',
  'part_of',
  'confidence',
  'source',
  'notes',
] as const;
export const BASELINE_COLUMNS = ['key', 'controller', 'confidence', 'note'] as const;

const list = z.string().transform((s) =>
  s
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== ''),
);
const coord = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine(
      (s) => s === '' || (/^[-+]?\d+(\.\d+)?$/.test(s) && Number(s) >= min && Number(s) <= max),
      `must be empty or a decimal number in [${min}, ${max}] (like 36.2)`,
    );
const confidence = z.enum(['high', 'medium', 'low']);

export const placeRow = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    name_en: z.string().trim().min(1, 'is empty'),
    name_ar: z.string().trim().min(1, 'is empty'),
    variants_ar: list,
    variants_en: list,
    lat: coord(-90, 90),
    lon: coord(-180, 180),
    kind: z.enum(['neighbourhood', 'quarter', 'landmark', 'roundabout', 'area', 'village']),
    part_of: list,
    confidence,
    source: z.string(),
    notes: z.string(),
  })
  .refine((r) => (r.lat.trim() === '') === (r.lon.trim() === ''), { path: ['lon'], message: 'lat and lon must both be given or both be empty' });

/** zod issues of one row as gazetteer issues. */
function rowIssues(error: z.ZodError, file: string, line: number): Issue[] {
  return error.issues.map((i) => ({ file, line, field: String(i.path[0] ?? '(row)'), problem: i.message }));
}

function toPlace(r: z.infer<typeof placeRow>): Place {
  const point = r.lat === '' || r.lon === '' ? null : { lat: Number(r.lat), lon: Number(r.lon) };
  return {
    id: r.key,
    name_en: r.name_en.trim(),
    name_ar: r.name_ar.trim(),
    variants_ar: r.variants_ar,
    variants_en: r.variants_en,
    point,
    kind: r.kind,
    part_of: r.part_of,
    confidence: r.confidence,
    source: r.source,
    notes: r.notes,
  };
}

/**
 * Parses and validates geo/places.csv text. Throws a GazetteerError listing every problem
 * (file, line, field). `outline` defaults to the outline derived from the neighbourhood points.
 */
export function parsePlaces(text: string, file: string, outline?: Outline): Place[] {
  const issues: Issue[] = [];
  const rows: { place: Place; line: number }[] = [];
  for (const { line, values } of readCsv(text, file, PLACE_COLUMNS)) {
    const parsed = placeRow.safeParse(values);
    if (!parsed.success) issues.push(...rowIssues(parsed.error, file, line));
    else rows.push({ place: toPlace(parsed.data), line });
  }
  issues.push(...checkPlaces(rows, file, outline)); // on the rows that parsed, so one run reports everything
  throwIfAny(issues.sort((a, b) => a.line - b.line));
  for (const r of rows) recordOrigin(r.place, file, r.line);
  return rows.map((r) => r.place);
}
