import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import type { FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { toPlane, METRES_PER_UNIT } from './project.ts';

/**
 * What the map draws: borders within 5 m of the full shapes (under 2 px up to zoom 16), about a third
 * of the vertices. Exports at print size draw the full shapes.
 */
export const DISPLAY_TOLERANCE_M = 5;

/** Douglas–Peucker keep-flags for points[a..b] (exclusive of a and b), tolerance² in plane units². */
function mark(pts: Position[], a: number, b: number, tol2: number, keep: Uint8Array): void {
  let worst = -1;
  let worstD = tol2;
  const [ax, ay] = pts[a]!,
    [bx, by] = pts[b]!;
  const dx = bx! - ax!,
    dy = by! - ay!;
  const len2 = dx * dx + dy * dy;
  for (let i = a + 1; i < b; i++) {
    const [px, py] = pts[i]!;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px! - ax!) * dx + (py! - ay!) * dy) / len2));
    const ex = px! - (ax! + t * dx),
      ey = py! - (ay! + t * dy);
    const d = ex * ex + ey * ey;
    if (d > worstD) [worst, worstD] = [i, d];
  }
  if (worst < 0) return;
  keep[worst] = 1;
  mark(pts, a, worst, tol2, keep);
  mark(pts, worst, b, tol2, keep);
}

/** One arc simplified, its end points kept (a closed arc also keeps its farthest point, so it stays a ring). */
export function simplifyArc(arc: Position[], toleranceM: number): Position[] {
  if (arc.length <= 2) return arc;
  const pts = arc.map(toPlane);
  const keep = new Uint8Array(arc.length);
  const last = arc.length - 1;
  keep[0] = keep[last] = 1;
  const tol2 = (toleranceM / METRES_PER_UNIT) ** 2;
  const closed = arc[0]![0] === arc[last]![0] && arc[0]![1] === arc[last]![1];
  if (closed) {
    let far = 1;
    let farD = -1;
    for (let i = 1; i < last; i++) {
      const d = (pts[i]![0]! - pts[0]![0]!) ** 2 + (pts[i]![1]! - pts[0]![1]!) ** 2;
      if (d > farD) [far, farD] = [i, d];
    }
    keep[far] = 1;
    mark(pts, 0, far, tol2, keep);
    mark(pts, far, last, tol2, keep);
    // a ring needs three corners: keep the point farthest from the start–far chord as well
    if (keep.reduce((s, k) => s + k, 0) < 4) keep[far > 1 ? 1 : far + 1] = 1;
  } else mark(pts, 0, last, tol2, keep);
  return arc.filter((_, i) => keep[i] === 1);
}

/**
 * A topology-preserving simplification of a coverage: borders are simplified once per shared arc
 * (Douglas–Peucker, `toleranceM` metres), so neighbours keep identical borders and no gap or
 * overlap opens between them. Properties pass through; the input is not changed.
 */
export function simplifyCoverage<P extends object>(
  fc: FeatureCollection<Polygon | MultiPolygon, P>,
  toleranceM: number,
): FeatureCollection<Polygon | MultiPolygon, P> {
  const topo = topology({ districts: fc }) as unknown as Topology<{ districts: GeometryCollection<P> }>;
  topo.arcs = topo.arcs.map((arc) => simplifyArc(arc, toleranceM));
  return feature(topo, topo.objects.districts) as unknown as FeatureCollection<Polygon | MultiPolygon, P>;
}
