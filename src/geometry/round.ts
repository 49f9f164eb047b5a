import type { Position, Polygon, MultiPolygon } from 'geojson';

/** Coordinates are kept to 1e-7° (about 1 cm), the grid src/frontline/topology.ts and geo/ share. */
export const PRECISION = 1e7;

export const roundCoord = (v: number): number => {
  const r = Math.round(v * PRECISION) / PRECISION;
  return r === 0 ? 0 : r; // no -0 in the output
};

export const roundPosition = (p: Position): Position => [roundCoord(p[0]!), roundCoord(p[1]!)];

/** Rounds every vertex and drops the consecutive duplicates rounding can create. */
function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring.map(roundPosition)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

export function roundGeometry<G extends Polygon | MultiPolygon>(g: G): G {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(roundRing) } as G;
  return { type: 'MultiPolygon', coordinates: (g as MultiPolygon).coordinates.map((poly) => poly.map(roundRing)) } as G;
}
