import { z } from 'zod';
import type { Place, BaselineRow } from '../types.ts';
import { CONTROLLERS } from '../types.ts';
import { readCsv } from './csv.ts';
import { type Issue, throwIfAny } from './errors.ts';
import { originOf } from './origins.ts';

const COLUMNS = ['key', 'controller', 'confidence', 'note'] as const;

export const baselineRow = z.object({
  key: z.string().trim().min(1, 'is empty'),
  controller: z.enum(CONTROLLERS as [string, ...string[]], { message: `must be one of ${CONTROLLERS.join(' | ')}` }),
  confidence: z.enum(['high', 'medium', 'low'], { message: 'must be one of high | medium | low' }),
  note: z.string(),
});

/**
 * Parses and validates the baseline (who held what on the first day) against the places:
 * every row names a known neighbourhood once, with a valid controller, and every
 * neighbourhood (placed or not) has a row; a missing row is reported at the neighbourhood's
 * own line in the places file (as recorded by parsePlaces).
 */
export function parseBaseline(
  text: string,
  file: string,
  places: Place[],
  origin: (p: Place) => { file: string; line: number } | undefined = originOf,
): BaselineRow[] {
  const issues: Issue[] = [];
  const at = (line: number, field: string, problem: string) => issues.push({ file, line, field, problem });
  const byId = new Map(places.map((p) => [p.id, p]));
  const rows = new Map<string, { row: BaselineRow; line: number }>();
  for (const { line, values } of readCsv(text, file, COLUMNS)) {
    const parsed = baselineRow.safeParse(values);
    if (!parsed.success) {
      for (const i of parsed.error.issues) at(line, String(i.path[0] ?? '(row)'), `${i.message} (got '${values[String(i.path[0])] ?? ''}')`);
      continue;
    }
    const { key, controller, confidence, note } = parsed.data;
    const place = byId.get(key);
    if (!place) at(line, 'key', `unknown key '${key}' (not in the places table)`);
    else if (place.kind !== 'neighbourhood') at(line, 'key', `'${key}' is a ${place.kind}; only neighbourhoods have a baseline row`);
    else if (rows.has(key)) at(line, 'key', `second row for '${key}' (first at line ${rows.get(key)!.line})`);
    else rows.set(key, { row: { id: key, controller: controller as BaselineRow['controller'], confidence, note }, line });
  }
  for (const p of places) {
    if (p.kind !== 'neighbourhood' || rows.has(p.id)) continue;
    const where = origin(p) ?? { file: '(places)', line: 0 };
    issues.push({ file: where.file, line: where.line, field: 'key', problem: `neighbourhood '${p.id}' has no row in ${file}` });
  }
  throwIfAny(issues);
  return [...rows.values()].map((r) => r.row);
}
