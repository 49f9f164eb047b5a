import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { Place } from '../../types.ts';
import { voronoiCells, type Site } from '../voronoi.ts';
import type { Piece } from './pieces.ts';

/** A derived district's point may lie this far outside its parent (Karm al-Tarrab: 300 m; Shqayyef, 590 m out, is an outskirts district). */
export const PARENT_REACH_M = 400;

export interface Carving {
  pieces: Piece[];
  /** derived key → the CSR-backed district it was carved from */
  parentOf: Map<string, string>;
  /** derived keys whose point lies beyond PARENT_REACH_M of every CSR district: drawn as outskirts */
  outskirts: string[];
}

/** The CSR-backed district containing the point, else the nearest within PARENT_REACH_M, else null. */
function parentFor(place: Place, shapes: Piece[]): string | null {
  const at = turf.point([place.point!.lon, place.point!.lat]);
  const inside = shapes.find((s) => turf.booleanPointInPolygon(at, s));
  if (inside) return inside.properties.key;
  let best: string | null = null;
  let bestD = PARENT_REACH_M;
  for (const shape of shapes) {
    const d = turf.pointToPolygonDistance(at, shape as Feature<Polygon>, { units: 'meters' });
    if (d < bestD) [best, bestD] = [shape.properties.key, d];
  }
  return best;
}

/**
 * Carves the derived districts (neighbourhoods with a point but no CSR polygon) out of the CSR
 * district that contains their point: the parent's area is split into Voronoi cells of the
 * parent's own point and the derived points, so each keeps the part nearest to it. Pieces of
 * parents without derived districts pass through untouched.
 */
export function carveDerived(pieces: Piece[], derived: Place[], places: Map<string, Place>): Carving {
  const byKey = new Map<string, Piece[]>();
  for (const p of pieces) byKey.set(p.properties.key, [...(byKey.get(p.properties.key) ?? []), p]);
  const shapes = pieces.filter((p) => places.get(p.properties.key)?.kind === 'neighbourhood');
  const parentOf = new Map<string, string>();
  const outskirts: string[] = [];
  for (const d of derived) {
    const parent = parentFor(d, shapes);
    if (parent) parentOf.set(d.id, parent);
    else outskirts.push(d.id);
  }
  const out: Piece[] = [];
  for (const [key, own] of byKey) {
    const children = derived.filter((d) => parentOf.get(d.id) === key);
    if (children.length === 0) {
      out.push(...own);
      continue;
    }
    const parent = places.get(key)!;
    const sites: Site[] = [parent, ...children].map((p) => ({ id: p.id, lat: p.point!.lat, lon: p.point!.lon }));
    for (const piece of own)
      for (const cell of voronoiCells(sites, piece))
        out.push({ type: 'Feature', properties: { key: cell.properties.id, csr: piece.properties.csr, order: 0 }, geometry: cell.geometry });
  }
  return { pieces: out, parentOf, outskirts };
}
