import type { Piece } from './pieces.ts';
import { polysInMetres, signedArea, type XY } from './metres.ts';

/**
 * Points along every piece's boundary in the local plane (metres), each with the unit normal
 * pointing into its piece and how far it may be moved along it (`depth`: half the piece's
 * thickness there, at most the `maxDepthM` asked for), so a point set back never comes out on the
 * far side of a thin piece.
 */
export interface BoundarySamples {
  x: Float64Array;
  y: Float64Array;
  nx: Float64Array;
  ny: Float64Array;
  depth: Float64Array;
  piece: Int32Array;
}

/** Every piece's rings, sampled at most `spacingM` apart; a point two pieces share is kept once (for the first). */
export function boundarySamples(pieces: Piece[], spacingM: number, maxDepthM: number): BoundarySamples {
  const seen = new Set<string>();
  const x: number[] = [];
  const y: number[] = [];
  const nx: number[] = [];
  const ny: number[] = [];
  const depth: number[] = [];
  const piece: number[] = [];
  pieces.forEach((p, i) => {
    const rings = polysInMetres(p.geometry);
    const across = maxDepthM > 0 ? thickness(rings, 2 * maxDepthM) : null;
    for (const poly of rings)
      poly.forEach((pts, r) => {
        // the piece lies left of a counter-clockwise outer ring and of a clockwise hole, right otherwise
        const side = signedArea(pts) > 0 === (r === 0) ? 1 : -1;
        for (let k = 0; k + 1 < pts.length; k++) {
          const [ax, ay] = pts[k]!;
          const [bx, by] = pts[k + 1]!;
          const len = Math.hypot(bx - ax, by - ay);
          if (len === 0) continue;
          const n = Math.max(1, Math.ceil(len / spacingM));
          const [ux, uy] = [(-(by - ay) / len) * side, ((bx - ax) / len) * side];
          for (let j = 0; j < n; j++) {
            const sx = ax + ((bx - ax) * j) / n;
            const sy = ay + ((by - ay) * j) / n;
            const key = `${sx.toFixed(3)} ${sy.toFixed(3)}`;
            if (seen.has(key)) continue;
            seen.add(key);
            x.push(sx);
            y.push(sy);
            nx.push(ux);
            ny.push(uy);
            depth.push(across ? Math.min(maxDepthM, across(sx, sy, ux, uy) / 2) : 0);
            piece.push(i);
          }
        }
      });
  });
  return {
    x: Float64Array.from(x),
    y: Float64Array.from(y),
    nx: Float64Array.from(nx),
    ny: Float64Array.from(ny),
    depth: Float64Array.from(depth),
    piece: Int32Array.from(piece),
  };
}

/** The samples moved `setbacks[piece]` metres into their pieces (at most their depth); points that fall together are kept once. */
export function setBack(s: BoundarySamples, setbacks: ArrayLike<number> | null): { x: number; y: number; piece: number }[] {
  const seen = new Set<string>();
  const out: { x: number; y: number; piece: number }[] = [];
  for (let i = 0; i < s.x.length; i++) {
    const d = setbacks ? Math.min(setbacks[s.piece[i]!]!, s.depth[i]!) : 0;
    const x = s.x[i]! + s.nx[i]! * d;
    const y = s.y[i]! + s.ny[i]! * d;
    const key = `${x.toFixed(3)} ${y.toFixed(3)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ x, y, piece: s.piece[i]! });
  }
  return out;
}

/** For a piece's rings: how far a ray from a boundary point along the inward normal goes before it leaves the piece (at most `reach`). */
function thickness(rings: XY[][][], reach: number): (x: number, y: number, nx: number, ny: number) => number {
  const edges = rings.flat().flatMap((ring) => ring.slice(1).map((b, k) => [ring[k]!, b] as const));
  const C = 25;
  const grid = new Map<string, number[]>();
  edges.forEach(([a, b], e) => {
    for (let gx = Math.floor(Math.min(a[0], b[0]) / C); gx <= Math.floor(Math.max(a[0], b[0]) / C); gx++)
      for (let gy = Math.floor(Math.min(a[1], b[1]) / C); gy <= Math.floor(Math.max(a[1], b[1]) / C); gy++) {
        const k = `${gx} ${gy}`;
        const list = grid.get(k);
        if (list) list.push(e);
        else grid.set(k, [e]);
      }
  });
  return (x, y, nx, ny) => {
    const seen = new Set<number>();
    let hit = reach;
    // the grid cells the ray passes through, looked at every quarter cell (and their neighbours across a corner)
    for (let t = 0; t <= reach; t += C / 4) {
      const cx = Math.floor((x + nx * t) / C);
      const cy = Math.floor((y + ny * t) / C);
      for (const k of [`${cx} ${cy}`, `${cx + Math.sign(nx)} ${cy}`, `${cx} ${cy + Math.sign(ny)}`])
        for (const e of grid.get(k) ?? []) {
          if (seen.has(e)) continue;
          seen.add(e);
          const [a, b] = edges[e]!;
          const [ex, ey] = [b[0] - a[0], b[1] - a[1]];
          const den = nx * ey - ny * ex;
          if (den === 0) continue;
          const u = ((a[0] - x) * ey - (a[1] - y) * ex) / den;
          const v = ((a[0] - x) * ny - (a[1] - y) * nx) / den;
          if (u > 0.01 && v >= 0 && v <= 1 && u < hit) hit = u;
        }
      if (t > hit) break;
    }
    return hit;
  };
}
