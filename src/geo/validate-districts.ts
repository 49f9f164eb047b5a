import type { Position } from 'geojson';
import type { Place } from '../types.ts';
import { ALEPPO_BBOX } from './place-checks.ts';

export interface DistrictCheck {
  /** Problems that make the file unusable as the map's district layer. */
  errors: string[];
  /** Problems the map can live with (left-hand rings, districts without a shape). */
  warnings: string[];
}

/** Twice the signed area of a ring in lon/lat; > 0 means counter-clockwise. */
const signedArea = (ring: Position[]): number =>
  ring.reduce((s, p, i) => { const q = ring[(i + 1) % ring.length]!; return s + p[0]! * q[1]! - q[0]! * p[1]!; }, 0);

function checkRing(ring: unknown, where: string, outer: boolean, out: DistrictCheck): void {
  if (!Array.isArray(ring) || ring.length < 4) return void out.errors.push(`${where}: a ring needs at least 4 positions`);
  const [minLon, minLat, maxLon, maxLat] = ALEPPO_BBOX;
  for (const p of ring as Position[]) {
    if (!Array.isArray(p) || p.length < 2 || !p.every(Number.isFinite)) return void out.errors.push(`${where}: position ${JSON.stringify(p)} is not [lon, lat]`);
    if (p[0]! < minLon || p[0]! > maxLon || p[1]! < minLat || p[1]! > maxLat)
      return void out.errors.push(`${where}: position ${JSON.stringify(p)} is outside Aleppo ([lon, lat] order?)`);
  }
  const [a, z] = [ring[0] as Position, ring[ring.length - 1] as Position];
  if (a[0] !== z[0] || a[1] !== z[1]) out.errors.push(`${where}: ring is not closed (first and last positions differ)`);
  if (outer !== signedArea(ring as Position[]) > 0) out.warnings.push(`${where}: ${outer ? 'outer' : 'inner'} ring breaks the RFC 7946 right-hand rule`);
}

/**
 * Checks a district FeatureCollection (ours, or one a user drops in as geo/districts.geojson):
 * RFC 7946 shape, Polygon/MultiPolygon only, closed rings in [lon, lat] inside Aleppo,
 * `properties.id` a unique placed-neighbourhood key of the gazetteer.
 */
export function validateDistricts(data: unknown, places: Place[]): DistrictCheck {
  const out: DistrictCheck = { errors: [], warnings: [] };
  const fc = data as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return { ...out, errors: ['not a GeoJSON FeatureCollection'] };
  const known = new Map(places.map((p) => [p.id, p]));
  const seen = new Set<string>();
  fc.features.forEach((f: { type?: unknown; properties?: { id?: unknown }; geometry?: { type?: unknown; coordinates?: unknown } }, i) => {
    const id = f?.properties?.id;
    const where = `feature ${i} (${String(id)})`;
    if (f?.type !== 'Feature') return void out.errors.push(`${where}: not a Feature`);
    if (typeof id !== 'string') return void out.errors.push(`${where}: properties.id must be a string`);
    if (known.get(id)?.kind !== 'neighbourhood') out.errors.push(`${where}: '${id}' is not a neighbourhood key of geo/places.csv`);
    if (seen.has(id)) out.errors.push(`${where}: id '${id}' appears twice`);
    seen.add(id);
    const g = f.geometry;
    const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? (g.coordinates as unknown[]) : null;
    if (!polys?.every(Array.isArray)) return void out.errors.push(`${where}: geometry must be a Polygon or MultiPolygon`);
    for (const poly of polys as unknown[][]) poly.forEach((ring, r) => checkRing(ring, where, r === 0, out));
  });
  for (const p of places) if (p.kind === 'neighbourhood' && p.point && !seen.has(p.id)) out.warnings.push(`placed neighbourhood '${p.id}' has no polygon`);
  return out;
}
