import { z } from 'zod';
import type { Place } from '../types.ts';
import { readCsv } from './csv.ts';
import { type Issue, throwIfAny } from './errors.ts';
import type { Anchor } from './districts.ts';
import { ALEPPO_BBOX } from './place-checks.ts';

export const ANCHOR_COLUMNS = ['key', 'lat', 'lon', 'note'] as const;

const num = z.string().trim().min(1, 'is empty').transform(Number).refine(Number.isFinite, 'must be a number');
const anchorRow = z.object({ key: z.string().trim(), lat: num, lon: num, note: z.string().trim().min(1, 'every anchor needs a note saying how it was chosen') });

/** Parses geo/anchors.csv: extra generator points, each for a placed neighbourhood and noted. */
export function parseAnchors(text: string, file: string, places: Place[]): Anchor[] {
  const issues: Issue[] = [];
  const districts = new Set(places.filter((p) => p.kind === 'neighbourhood' && p.point).map((p) => p.id));
  const anchors: Anchor[] = [];
  const [minLon, minLat, maxLon, maxLat] = ALEPPO_BBOX;
  for (const { line, values } of readCsv(text, file, ANCHOR_COLUMNS)) {
    const parsed = anchorRow.safeParse(values);
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((i) => ({ file, line, field: String(i.path[0] ?? '(row)'), problem: i.message })));
      continue;
    }
    const a = parsed.data;
    if (!districts.has(a.key)) issues.push({ file, line, field: 'key', problem: `'${a.key}' is not a placed neighbourhood` });
    else if (a.lon < minLon || a.lon > maxLon || a.lat < minLat || a.lat > maxLat)
      issues.push({ file, line, field: 'lat', problem: `point ${a.lat}, ${a.lon} is outside Aleppo` });
    else anchors.push({ id: a.key, lat: a.lat, lon: a.lon, note: a.note });
  }
  throwIfAny(issues);
  return anchors;
}
