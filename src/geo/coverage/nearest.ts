import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { fromPlane, METRES_PER_UNIT as M } from '../project.ts';
import type { Piece } from './pieces.ts';
import { boundarySamples, setBack, type BoundarySamples } from './samples.ts';
import { signedArea } from './metres.ts';

/** Boundaries are sampled this densely: the split line of a street stays within ~1 m of its middle. */
export const SAMPLE_SPACING_M = 5;

/** The area nearer to one piece's boundary than to any other piece's: `piece` is its index in the input. */
export type NearestRegion = Feature<MultiPolygon, { piece: number }>;

function inside(pt: Position, ring: Position[]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > pt[1]! !== yj > pt[1]! && pt[0]! < ((xj - xi) * (pt[1]! - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/**
 * The union of Voronoi cells (plane coordinates, shared vertices identical): edges two cells of the
 * union share cancel out, the rest are chained into rings; counter-clockwise rings are outer rings,
 * clockwise ones holes, each hole given to the smallest outer ring around it.
 */
function dissolveCells(cells: Position[][]): Position[][][] {
  const key = (p: Position) => `${p[0]} ${p[1]}`;
  const edges = new Map<string, [Position, Position]>();
  for (const ring of cells) {
    const r = ring.filter((p, i) => i === 0 || key(p) !== key(ring[i - 1]!));
    if (signedArea(r) < 0) r.reverse();
    for (let i = 0; i + 1 < r.length; i++) {
      const [a, b] = [r[i]!, r[i + 1]!];
      const back = `${key(b)}>${key(a)}`;
      if (edges.has(back)) edges.delete(back);
      else edges.set(`${key(a)}>${key(b)}`, [a, b]);
    }
  }
  const from = new Map<string, [Position, Position][]>();
  for (const e of edges.values()) {
    const k = key(e[0]);
    if (!from.has(k)) from.set(k, []);
    from.get(k)!.push(e);
  }
  const rings: Position[][] = [];
  for (const start of edges.values()) {
    if (!edges.has(`${key(start[0])}>${key(start[1])}`)) continue;
    const ring = [start[0]];
    let e = start;
    for (;;) {
      edges.delete(`${key(e[0])}>${key(e[1])}`);
      ring.push(e[1]);
      if (key(e[1]) === key(ring[0]!)) break;
      const next = from.get(key(e[1]))!.find((n) => edges.has(`${key(n[0])}>${key(n[1])}`));
      if (!next) throw new Error('dissolveCells: a ring of the dissolved cells does not close');
      e = next;
    }
    rings.push(ring);
  }
  const outers = rings.filter((r) => signedArea(r) > 0).map((r) => ({ ring: r, area: signedArea(r), holes: [] as Position[][] }));
  for (const hole of rings.filter((r) => signedArea(r) < 0)) {
    const around = outers.filter((o) => inside(hole[0]!, o.ring) || inside(hole[1]!, o.ring)).sort((a, b) => a.area - b.area)[0];
    around?.holes.push(hole);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}

/**
 * Splits the plane between the pieces by nearness: each piece gets the area nearer to its own
 * boundary than to any other piece's (the Voronoi cells of its boundary, sampled `spacingM` apart,
 * dissolved). A point inside a piece is at least as near its own boundary as any other's, so
 * intersected with the street gaps between pieces this gives each street up to its middle line
 * to the piece on either side. With `setbacks` (metres per piece, setback.ts) each piece's samples
 * are first moved that far into it, so the split line of a street moves half the difference of the
 * two setbacks towards the side set back further.
 */
export function nearestRegions(
  pieces: Piece[],
  spacingM = SAMPLE_SPACING_M,
  setbacks: ArrayLike<number> | null = null,
  samples: BoundarySamples = boundarySamples(pieces, spacingM, setbacks ? Math.max(0, ...Array.from(setbacks)) : 0),
): FeatureCollection<MultiPolygon, { piece: number }> {
  const pts = setBack(samples, setbacks);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) [minX, minY, maxX, maxY] = [Math.min(minX, p.x), Math.min(minY, p.y), Math.max(maxX, p.x), Math.max(maxY, p.y)];
  const pad = 2000;
  const diagram = turf.voronoi(turf.featureCollection(pts.map((p) => turf.point([p.x, p.y]))), { bbox: [minX - pad, minY - pad, maxX + pad, maxY + pad] });
  const cellsOf = new Map<number, Position[][]>();
  diagram.features.forEach((cell, i) => {
    if (!cell) return;
    const piece = pts[i]!.piece;
    if (!cellsOf.has(piece)) cellsOf.set(piece, []);
    cellsOf.get(piece)!.push(cell.geometry.coordinates[0]!);
  });
  const back = (p: Position) => fromPlane([p[0]! / M, p[1]! / M]);
  const features: NearestRegion[] = [...cellsOf]
    .sort((a, b) => a[0] - b[0])
    .map(([piece, cells]) => ({
      type: 'Feature',
      properties: { piece },
      geometry: { type: 'MultiPolygon', coordinates: dissolveCells(cells).map((poly) => poly.map((ring) => ring.map(back))) },
    }));
  return { type: 'FeatureCollection', features };
}
