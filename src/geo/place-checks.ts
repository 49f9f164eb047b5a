import * as turf from '@turf/turf';
import type { Place } from '../types.ts';
import type { Issue } from './errors.ts';
import { spellingKey } from './spelling.ts';
import { cityOutline, type Outline } from './outline.ts';

/** Aleppo city and its edge; every non-village point must lie in it. [minLon, minLat, maxLon, maxLat] */
export const ALEPPO_BBOX = [37.0, 36.1, 37.32, 36.32] as const;

type Row = { place: Place; line: number };

const related = (a: Place, b: Place): boolean => a.part_of.includes(b.id) || b.part_of.includes(a.id);

/** Cross-row checks of the gazetteer: ids, part_of, spellings, points. */
export function checkPlaces(rows: Row[], file: string, outline?: Outline): Issue[] {
  const issues: Issue[] = [];
  const at = (line: number, field: string, problem: string) => issues.push({ file, line, field, problem });
  const byId = new Map<string, Row>();
  for (const r of rows) {
    const first = byId.get(r.place.id);
    if (first) at(r.line, 'key', `duplicate id '${r.place.id}' (first at line ${first.line})`);
    else byId.set(r.place.id, r);
  }
  for (const { place: p, line } of rows) {
    for (const k of p.part_of) {
      const target = byId.get(k)?.place;
      if (!target) at(line, 'part_of', `names a missing key '${k}'`);
      else if (target.kind !== 'neighbourhood') at(line, 'part_of', `'${k}' is a ${target.kind}, not a neighbourhood`);
    }
    if (p.kind === 'quarter' && p.part_of.length !== 1) at(line, 'part_of', 'a quarter must name exactly one parent district');
    if (p.kind === 'area' && p.part_of.length === 0) at(line, 'part_of', 'an area must list its member districts');
    if ((p.kind === 'neighbourhood' || p.kind === 'village') && p.part_of.length > 0) at(line, 'part_of', `must be empty for a ${p.kind}`);
  }
  const spellings = new Map<string, Row>();
  for (const r of rows) {
    const names = [['name_ar', r.place.name_ar], ...r.place.variants_ar.map((v) => ['variants_ar', v])] as const;
    for (const [field, name] of names) {
      const key = spellingKey(name);
      const owner = spellings.get(key);
      if (!owner) spellings.set(key, r);
      else if (owner.place.id !== r.place.id && !related(owner.place, r.place))
        at(r.line, field, `spelling '${name}' is already claimed by '${owner.place.id}' (line ${owner.line}); make one a quarter of the other or drop it`);
    }
  }
  issues.push(...checkPoints(rows, file, outline));
  return issues;
}

function checkPoints(rows: Row[], file: string, outline?: Outline): Issue[] {
  const issues: Issue[] = [];
  const located = rows.filter((r) => r.place.point && r.place.kind !== 'village');
  const [minLon, minLat, maxLon, maxLat] = ALEPPO_BBOX;
  for (const { place: p, line } of located) {
    const { lat, lon } = p.point!;
    if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat)
      issues.push({
        file,
        line,
        field: 'lat',
        problem: `point ${lat}, ${lon} is outside Aleppo (${ALEPPO_BBOX.join(', ')}); a place outside the city must be kind village`,
      });
  }
  if (issues.length > 0) return issues;
  const seen = new Map<string, Row>();
  for (const r of located.filter((r) => r.place.kind === 'neighbourhood')) {
    const k = `${r.place.point!.lat},${r.place.point!.lon}`;
    const other = seen.get(k);
    if (other)
      issues.push({
        file,
        line: r.line,
        field: 'lat',
        problem: `same point as neighbourhood '${other.place.id}' (line ${other.line}); two districts cannot share a point`,
      });
    else seen.set(k, r);
  }
  const hoods = located.filter((r) => r.place.kind === 'neighbourhood').map((r) => [r.place.point!.lon, r.place.point!.lat]);
  if (hoods.length === 0) return issues;
  const shape = outline ?? cityOutline(hoods);
  for (const { place: p, line } of located) {
    if (!turf.booleanPointInPolygon([p.point!.lon, p.point!.lat], shape))
      issues.push({ file, line, field: 'lat', problem: `point ${p.point!.lat}, ${p.point!.lon} of ${p.kind} '${p.id}' lies outside the city outline` });
  }
  return issues;
}
