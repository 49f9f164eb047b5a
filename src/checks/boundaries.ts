// The district boundaries a run starts from (geo/districts.geojson, ours or one a user drops in),
// checked before anything is computed from them. Pure: text in, problems out.
import { getIssues } from '@placemarkio/check-geojson';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { DistrictCollection, Place } from '../types.ts';

/** Aleppo city and its edge: [minLon, minLat, maxLon, maxLat]. */
export const ALEPPO_BOX = [37.0, 36.1, 37.32, 36.32] as const;

export interface BoundaryReport {
  /** Problems that make the file unusable; each names the file, the feature and the field. */
  errors: string[];
  /** Problems the map can live with (a placed neighbourhood without a polygon). */
  warnings: string[];
  /** The collection, when there are no errors. */
  districts: DistrictCollection | null;
}

const inBox = (lon: number, lat: number) => lon >= ALEPPO_BOX[0] && lon <= ALEPPO_BOX[2] && lat >= ALEPPO_BOX[1] && lat <= ALEPPO_BOX[3];

/** 1-based line of a character offset. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function parseJson(text: string, file: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!.replace(/, "[\s\S]*$/, '');
    const at = /position (\d+)/.exec(message);
    // V8 does not always say where; check-geojson's own JSON reader does (…(line:column)).
    const located = /\((\d+):\d+\)/.exec(getIssues(text)[0]?.message ?? '');
    const line = /line (\d+)/.exec(message)?.[1] ?? located?.[1] ?? (at ? String(lineAt(text, Number(at[1]))) : null);
    return { error: `${file}${line ? `:${line}` : ''}: not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')})` };
  }
}

/** Problems of one ring: shape, numbers, ranges, the city box, closure. Returns false when the ring cannot be read further. */
function ringProblems(ring: unknown, where: string, out: string[]): ring is Position[] {
  if (!Array.isArray(ring) || ring.length < 4) {
    out.push(`${where}: a ring needs at least 4 positions`);
    return false;
  }
  for (const p of ring as unknown[]) {
    if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      out.push(`${where}: position ${JSON.stringify(p)} is not [lon, lat] numbers`);
      return false;
    }
    const [lon, lat] = p as [number, number];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      out.push(`${where}: position [${lon}, ${lat}] is outside longitude −180…180 / latitude −90…90`);
      return false;
    }
    if (!inBox(lon, lat)) {
      const swapped = inBox(lat, lon) ? '; it looks like [lat, lon]: GeoJSON wants [lon, lat]' : '';
      out.push(
        `${where}: position [${lon}, ${lat}] is outside Aleppo (lon ${ALEPPO_BOX[0]}…${ALEPPO_BOX[2]}, lat ${ALEPPO_BOX[1]}…${ALEPPO_BOX[3]})${swapped}`,
      );
      return false;
    }
  }
  const [a, z] = [ring[0] as Position, ring[ring.length - 1] as Position];
  if (a[0] !== z[0] || a[1] !== z[1]) {
    out.push(`${where}: ring is not closed (its first and last positions differ)`);
    return false;
  }
  return true;
}

/** Problems of one feature's geometry; the polygons when they are sound. */
function geometryProblems(geometry: unknown, where: string, out: string[]): Position[][][] | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : null;
  if (!Array.isArray(polys) || !polys.every((p) => Array.isArray(p) && p.length > 0)) {
    out.push(`${where}: geometry: must be a Polygon or MultiPolygon (got ${g === null ? 'null' : String(g?.type)})`);
    return null;
  }
  const before = out.length;
  (polys as unknown[][]).forEach((poly, p) =>
    poly.forEach((ring, r) => {
      const at = `${where}: geometry${polys.length > 1 ? ` polygon ${p}` : ''} ring ${r}`;
      if (!ringProblems(ring, at, out)) return;
      const clockwise = turf.booleanClockwise(ring as Position[]);
      if (clockwise === (r === 0))
        out.push(`${at}: winds ${clockwise ? 'clockwise' : 'counter-clockwise'}; RFC 7946 wants outer rings counter-clockwise and holes clockwise`);
    }),
  );
  if (out.length > before) return null;
  const sound = polys as Position[][][];
  sound.forEach((rings, p) => {
    const kinks = crossings(rings);
    if (kinks.length > 0) {
      const [lon, lat] = kinks[0]!;
      out.push(
        `${where}: geometry${sound.length > 1 ? ` polygon ${p}` : ''}: crosses itself (${kinks.length} crossing${kinks.length > 1 ? 's' : ''}, first near [${lon!.toFixed(5)}, ${lat!.toFixed(5)}])`,
      );
    }
  });
  return out.length > before ? null : sound;
}

/** About a metre: a crossing this close to a vertex is rounding, not a drawing error. */
const NEAR_VERTEX_DEG = 1e-5;

/**
 * Where the rings of one polygon cross themselves or each other. A ring that touches itself at one
 * of its own vertices (a pinch where a cleaned coverage's neighbours meet) or crosses within about
 * a metre of one (rounding) is not a drawing error and is not listed.
 */
export function crossings(rings: Position[][]): Position[] {
  const vertices = rings.flat();
  const nearVertex = ([x, y]: Position) => vertices.some((v) => Math.abs(v[0]! - x!) < NEAR_VERTEX_DEG && Math.abs(v[1]! - y!) < NEAR_VERTEX_DEG);
  return turf
    .kinks(turf.polygon(rings))
    .features.map((k) => k.geometry.coordinates)
    .filter((c) => !nearVertex(c));
}

/**
 * Checks district boundaries against the gazetteer: JSON; a FeatureCollection of (Multi)Polygon
 * features with a unique `properties.id` naming a neighbourhood of places.csv; positions numbers in
 * range and inside the city's box (catches swapped lat/lon); closed rings wound by RFC 7946; no ring
 * crossing itself; and each neighbourhood's point inside its own polygon. Every problem is listed.
 */
export function checkBoundaries(text: string, file: string, places: readonly Place[]): BoundaryReport {
  const json = parseJson(text, file);
  if (json.error) return { errors: [json.error], warnings: [], districts: null };
  const fc = json.value as { type?: unknown; features?: unknown };
  if (fc === null || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    return { errors: [`${file}: type: must be a GeoJSON FeatureCollection with a features list`], warnings: [], districts: null };
  const errors: string[] = [];
  const warnings: string[] = [];
  const known = new Map(places.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  (fc.features as unknown[]).forEach((raw, i) => {
    const f = raw as Feature | null;
    const id = (f?.properties as { id?: unknown } | null | undefined)?.id;
    const where = `${file}: feature ${i}${typeof id === 'string' ? ` (${id})` : ''}`;
    if (f === null || typeof f !== 'object' || f.type !== 'Feature') return void errors.push(`${where}: type: must be "Feature"`);
    if (typeof id !== 'string') return void errors.push(`${where}: properties.id: must be a string (got ${JSON.stringify(id) ?? 'nothing'})`);
    const place = known.get(id);
    if (place?.kind !== 'neighbourhood') errors.push(`${where}: properties.id: '${id}' is not a neighbourhood key of places.csv`);
    if (seen.has(id)) errors.push(`${where}: properties.id: '${id}' is already the id of feature ${seen.get(id)}`);
    else seen.set(id, i);
    const polys = geometryProblems(f.geometry, where, errors);
    if (polys && place?.point) {
      const shape = turf.multiPolygon(polys);
      if (!turf.booleanPointInPolygon([place.point.lon, place.point.lat], shape)) {
        // An estimated point (confidence low) cannot prove a surveyed shape wrong: a note, not an error.
        const message = `${where}: geometry: does not contain the district's own point (${place.point.lat}, ${place.point.lon} in places.csv)`;
        if (place.confidence === 'low') warnings.push(`${message}; the point is an estimate (confidence low)`);
        else errors.push(`${message}; a moved point or a shape of another district?`);
      }
    }
  });
  warnings.push(
    ...places
      .filter((p) => p.kind === 'neighbourhood' && p.point && !seen.has(p.id))
      .map((p) => `${file}: neighbourhood '${p.id}' has a point in places.csv but no polygon; it is not drawn`),
  );
  return { errors, warnings, districts: errors.length === 0 ? (fc as DistrictCollection) : null };
}

export type DistrictShape = Feature<Polygon | MultiPolygon>;
