import * as turf from '@turf/turf';
import type { Place } from '../../types.ts';
import { voronoiCells } from '../voronoi.ts';
import type { Piece } from './pieces.ts';

/** An outskirts district (beyond every CSR polygon) is drawn within this radius of its point. */
export const OUTSKIRTS_RADIUS_KM = 0.7;

/**
 * Districts the reports name beyond the CSR survey (Handarat camp, Owaija …): a disc around each
 * point, split between close neighbours by Voronoi, with the CSR city taken out. Pieces come after
 * the CSR pieces (`order` 1), so cleaning gives any remaining overlap to the city.
 */
export function outskirtsPieces(places: Place[], csr: Piece[]): Piece[] {
  if (places.length === 0) return [];
  const sites = places.map((p) => ({ id: p.id, lat: p.point!.lat, lon: p.point!.lon }));
  const discs = places.map((p) => turf.circle([p.point!.lon, p.point!.lat], OUTSKIRTS_RADIUS_KM, { steps: 48, units: 'kilometers' }));
  const reach = turf.union(turf.featureCollection(discs))!;
  const [w, s, e, n] = turf.bbox(reach);
  const near = csr.filter((p) => {
    const b = turf.bbox(p);
    return b[0] <= e && b[2] >= w && b[1] <= n && b[3] >= s;
  });
  const city = near.length > 1 ? turf.union(turf.featureCollection(near))! : near[0];
  const out: Piece[] = [];
  for (const cell of voronoiCells(sites, reach)) {
    const own = turf.intersect(turf.featureCollection([cell, discs[sites.findIndex((s) => s.id === cell.properties.id)]!]));
    const land = own && (city ? turf.difference(turf.featureCollection([own, city])) : own);
    if (!land) throw new Error(`outskirtsPieces: nothing is left of '${cell.properties.id}' outside the CSR city`);
    out.push({ type: 'Feature', properties: { key: cell.properties.id, csr: null, order: 1 }, geometry: land.geometry });
  }
  return out;
}
