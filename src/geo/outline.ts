import * as turf from '@turf/turf';
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import { roundGeometry } from './round.ts';

export type Outline = Feature<Polygon | MultiPolygon>;

export interface OutlineOptions {
  /** Longest triangle edge kept in the concave hull, km. */
  hullEdgeKm: number;
  /** Every district point gets at least this much land around it, km. */
  pointRadiusKm: number;
  /** Final outward buffer of the hull, km. */
  bufferKm: number;
}

export const OUTLINE_DEFAULTS: OutlineOptions = { hullEdgeKm: 4, pointRadiusKm: 0.6, bufferKm: 0.35 };

/**
 * The city outline, derived only from our own district points: the concave hull of the
 * points (Delaunay triangles with no edge longer than `hullEdgeKm`), joined with a disc of
 * `pointRadiusKm` around every point (so an isolated district such as the Sheikh Najjar
 * industrial city still has land), then buffered outwards by `bufferKm`.
 */
export function cityOutline(points: Position[], opts: OutlineOptions = OUTLINE_DEFAULTS): Outline {
  // The same points give the same outline, and drawing it takes most of a second (a union of a
  // disc per point): every pipeline run checks the gazetteer's points against it, so the last few
  // are kept. The outline returned is shared: read it, do not change it.
  const key = JSON.stringify([points, opts]);
  const known = drawn.get(key);
  if (known) return known;
  const outline = drawOutline(points, opts);
  drawn.set(key, outline);
  if (drawn.size > KEEP_OUTLINES) drawn.delete(drawn.keys().next().value!);
  return outline;
}

const KEEP_OUTLINES = 4;
const drawn = new Map<string, Outline>();

function drawOutline(points: Position[], opts: OutlineOptions): Outline {
  if (points.length === 0) throw new Error('cityOutline: no district points');
  const fc = turf.featureCollection(points.map((p) => turf.point(p)));
  const parts: Feature<Polygon | MultiPolygon>[] = points.map((p) => turf.circle(p, opts.pointRadiusKm, { steps: 32, units: 'kilometers' }));
  const hull = points.length >= 3 ? turf.concave(fc, { maxEdge: opts.hullEdgeKm, units: 'kilometers' }) : null;
  if (hull) parts.push(hull);
  const joined = parts.length === 1 ? parts[0]! : turf.union(turf.featureCollection(parts));
  if (!joined) throw new Error('cityOutline: union of hull and discs is empty');
  const grown = opts.bufferKm > 0 ? turf.buffer(joined, opts.bufferKm, { units: 'kilometers', steps: 8 }) : joined;
  if (!grown) throw new Error('cityOutline: buffer failed');
  const rounded = turf.rewind(turf.feature(roundGeometry(grown.geometry)), { reverse: false }) as Outline;
  return turf.feature(rounded.geometry, {});
}
