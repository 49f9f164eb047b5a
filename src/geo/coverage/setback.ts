import type { Polygon, MultiPolygon } from 'geojson';
import type { Piece } from './pieces.ts';
import type { BoundarySamples } from './samples.ts';
import { polysInMetres, signedArea, type XY } from './metres.ts';

/**
 * How the streets between the source polygons are shared out. Split along their middle, the
 * streets around a small district add more than 3 % to it (IoU < 0.97 against its source) while a
 * big district next to it has room to spare. So each district gets a setback: its boundary samples
 * move that far into it before the nearest-boundary split (nearest.ts), and a street's split line
 * moves half the difference of the two setbacks towards the side set back further, parallel to
 * the street — no new vertices, no slivers.
 *
 * The setbacks are found on a grid of street points, each going to the district whose set-back
 * samples are nearest (as the split will draw it). A district that takes more than its IoU budget
 * raises its setback in proportion to the excess (at most `maxSetbackM`); one that cannot fit
 * even so is given up, one per round, the one with the largest excess first: it then only resists
 * falling below its share of a middle split or `floor`, whichever is lower, and its neighbours
 * can push their streets onto it. The round that brings the most districts within budget wins
 * (ties: the highest mean IoU).
 */

export interface SetbackOptions {
  /** the IoU each district should keep against its source polygons */
  target: number;
  /** the split is tuned to this higher IoU, so the drawn shapes (not only the grid) reach `target` */
  aim: number;
  /** a district given up still resists falling below this IoU (or its middle-split IoU, if lower) */
  floor: number;
  /** street points are this far apart (m) */
  gridM: number;
  /** the largest setback (m) */
  maxSetbackM: number;
  /** price steps per round, rounds, and how many districts each round gives up at most */
  steps: number;
  rounds: number;
  givenUpPerRound: number;
}

export const SETBACK_DEFAULTS: SetbackOptions = { target: 0.97, aim: 0.973, floor: 0.89, gridM: 6, maxSetbackM: 30, steps: 8, rounds: 20, givenUpPerRound: 2 };

/** A piece whose area goes to the district it borders most (a landmark polygon): its streets count in that district's budget. */
export const BORDERING = Symbol('bordering');
/** The neighbour a BORDERING piece joins is looked for this far from its boundary (m). */
const BORDER_REACH_M = 80;
/** How many of a district's samples nearest to a street point are tried, set back, for the nearest: HALF nearest where they are, HALF nearest set back. */
const HALF = 2;
const TRIED = 2 * HALF;

/**
 * Each piece's IoU group: the district whose IoU its area counts in (its own key, a carved child's
 * parent …), BORDERING, or null when no budget binds it.
 */
export type GroupOf = (piece: Piece) => string | null | typeof BORDERING;

export interface Setbacks {
  /** metres per piece, in input order */
  perPiece: number[];
  /** districts given up: they may take more than their budget */
  givenUp: string[];
  /** on the grid: each group's IoU against its own pieces */
  iou: Map<string, number>;
  /** the group each piece counted in (null: none) */
  groups: (string | null)[];
}

/** For each grid row, where the rings cross it (sorted). Rows are at y0 + (i + ½)·h. */
function rowCrossings(rings: XY[][], y0: number, h: number, rows: number): number[][] {
  const out: number[][] = Array.from({ length: rows }, () => []);
  for (const r of rings)
    for (let k = 1; k < r.length; k++) {
      const [ax, ay] = r[k - 1]!;
      const [bx, by] = r[k]!;
      if (ay === by) continue;
      const lo = Math.max(0, Math.ceil((Math.min(ay, by) - y0) / h - 0.5));
      const hi = Math.min(rows - 1, Math.floor((Math.max(ay, by) - y0) / h - 0.5));
      for (let i = lo; i <= hi; i++) {
        const y = y0 + (i + 0.5) * h;
        if (y >= Math.min(ay, by) && y < Math.max(ay, by)) out[i]!.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
      }
    }
  for (const xs of out) xs.sort((a, b) => a - b);
  return out;
}

/** Grid points inside the outline and outside every piece: the streets and gaps to share out. */
function streetPoints(outline: XY[][], pieceRings: XY[][], box: number[], h: number): { x: Float64Array; y: Float64Array } {
  const rows = Math.ceil((box[3]! - box[1]!) / h);
  const outer = rowCrossings(outline, box[1]!, h, rows);
  const inner = rowCrossings(pieceRings, box[1]!, h, rows);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < rows; i++) {
    const o = outer[i]!;
    const p = inner[i]!;
    if (o.length < 2) continue;
    const y = box[1]! + (i + 0.5) * h;
    let io = 0;
    let ip = 0;
    for (let x = box[0]! + (Math.ceil((o[0]! - box[0]!) / h) + 0.5) * h; x < o[o.length - 1]!; x += h) {
      while (io < o.length && o[io]! <= x) io++;
      while (ip < p.length && p[ip]! <= x) ip++;
      if (io % 2 === 1 && ip % 2 === 0) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}

/** Samples in square cells of `C` metres (typed arrays), for nearest and within-radius look-ups. */
function cells(s: BoundarySamples, box: number[], C: number) {
  const nx = Math.ceil((box[2]! - box[0]!) / C) + 1;
  const ny = Math.ceil((box[3]! - box[1]!) / C) + 1;
  const cellOf = (i: number) => Math.floor((s.y[i]! - box[1]!) / C) * nx + Math.floor((s.x[i]! - box[0]!) / C);
  const first = new Int32Array(nx * ny + 1);
  for (let i = 0; i < s.x.length; i++) first[cellOf(i) + 1]!++;
  for (let c = 0; c < nx * ny; c++) first[c + 1]! += first[c]!;
  const items = new Int32Array(s.x.length);
  const fill = first.slice(0, nx * ny);
  for (let i = 0; i < s.x.length; i++) items[fill[cellOf(i)]!++] = i;
  const cx = (x: number) => Math.floor((x - box[0]!) / C);
  const cy = (y: number) => Math.floor((y - box[1]!) / C);
  /** Calls `visit` with every sample within `r` of (x, y) and its distance. */
  const within = (x: number, y: number, r: number, visit: (i: number, d: number) => void) => {
    for (let yy = Math.max(0, cy(y - r)); yy <= Math.min(ny - 1, cy(y + r)); yy++)
      for (let xx = Math.max(0, cx(x - r)); xx <= Math.min(nx - 1, cx(x + r)); xx++)
        for (let k = first[yy * nx + xx]!; k < first[yy * nx + xx + 1]!; k++) {
          const i = items[k]!;
          const dx = s.x[i]! - x;
          const dy = s.y[i]! - y;
          const d2 = dx * dx + dy * dy;
          if (d2 <= r * r) visit(i, Math.sqrt(d2));
        }
  };
  /** The distance from (x, y) to the nearest sample. */
  const nearest = (x: number, y: number): number => {
    let best = Infinity;
    for (let r = C; r < 1e7; r *= 2) {
      within(x, y, r, (_, d) => {
        if (d < best) best = d;
      });
      if (best <= r) return best;
    }
    return best;
  };
  return { within, nearest };
}

/**
 * The setbacks (m) for the pieces: see the note at the top. `outline` is the city with its street
 * gaps closed; `samples` the pieces' boundary samples (samples.ts, depth up to `maxSetbackM`);
 * `groupOf` says whose budget a piece's area and streets count in.
 */
export function streetSetbacks(
  pieces: Piece[],
  outline: Polygon | MultiPolygon,
  samples: BoundarySamples,
  groupOf: GroupOf,
  opts: SetbackOptions = SETBACK_DEFAULTS,
): Setbacks {
  const h = opts.gridM;
  const reach = opts.maxSetbackM;
  const asked = pieces.map(groupOf);
  const names = [...new Set(asked.filter((g): g is string => typeof g === 'string'))].sort();
  const gIndex = new Map(names.map((g, i) => [g, i]));
  const free = names.length; // the group of the pieces no budget binds
  const G = names.length + 1;
  const planePieces = pieces.map((p) => polysInMetres(p.geometry));
  const { x: sx, y: sy, nx: snx, ny: sny, depth: sdepth, piece: sp } = samples;

  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < sx.length; i++) {
    box[0] = Math.min(box[0]!, sx[i]!);
    box[1] = Math.min(box[1]!, sy[i]!);
    box[2] = Math.max(box[2]!, sx[i]!);
    box[3] = Math.max(box[3]!, sy[i]!);
  }
  const C = 20;
  const grid = cells(samples, box, C);

  // a piece that joins its neighbour (a landmark) counts in the group of the piece nearest to most of its boundary
  const groupOfPiece = asked.map((g) => (g === null || g === BORDERING ? free : gIndex.get(g)!));
  // (all pieces of one landmark vote together: they join one district)
  const joining = [...new Set(pieces.filter((_, i) => asked[i] === BORDERING).map((p) => p.properties.key))].sort();
  for (const key of joining) {
    const votes = new Map<number, number>();
    for (let s = 0; s < sx.length; s++) {
      if (asked[sp[s]!] !== BORDERING || pieces[sp[s]!]!.properties.key !== key) continue;
      let best = -1;
      let bestD = BORDER_REACH_M;
      grid.within(sx[s]!, sy[s]!, BORDER_REACH_M, (o, d) => {
        const other = asked[sp[o]!];
        if (other === BORDERING || other === null || d >= bestD) return;
        [bestD, best] = [d, groupOfPiece[sp[o]!]!];
      });
      if (best >= 0) votes.set(best, (votes.get(best) ?? 0) + 1);
    }
    const winner = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (winner) pieces.forEach((p, i) => p.properties.key === key && (groupOfPiece[i] = winner[0]));
  }
  const area = new Float64Array(G);
  planePieces.forEach((polys, i) => {
    for (const poly of polys) poly.forEach((ring, r) => (area[groupOfPiece[i]!]! += Math.abs(signedArea(ring)) * (r === 0 ? 1 : -1)));
  });
  const perimeter = new Float64Array(G);
  for (let s = 0; s < sx.length; s++) perimeter[groupOfPiece[sp[s]!]!]! += 1;

  // each street point: the groups whose samples come within `reach` of its nearest one, and their TRIED nearest samples
  const street = streetPoints(polysInMetres(outline).flat(), planePieces.flat(2), box, h);
  const fixed = new Float64Array(G);
  const pointOf: number[] = [];
  const start: number[] = [0];
  const candGroup: number[] = [];
  const tried: number[] = [];
  // per group: when last seen (the street point's number + 1), its HALF nearest samples where they
  // are and its HALF nearest once set back as far as they go (a corner's samples, set back, can come
  // nearer than the ones nearest before)
  const seenAt = new Int32Array(G);
  const topD = new Float64Array(G * TRIED);
  const topI = new Int32Array(G * TRIED);
  const keep = (at: number, d: number, o: number) => {
    for (let k = at; k < at + HALF; k++)
      if (d < topD[k]! || (d === topD[k]! && o < topI[k]!)) {
        for (let m = at + HALF - 1; m > k; m--) {
          topD[m] = topD[m - 1]!;
          topI[m] = topI[m - 1]!;
        }
        topD[k] = d;
        topI[k] = o;
        return;
      }
  };
  const seenGroups: number[] = [];
  for (let i = 0; i < street.x.length; i++) {
    const x = street.x[i]!;
    const y = street.y[i]!;
    const dmin = grid.nearest(x, y);
    seenGroups.length = 0;
    // a sample set back comes at most `reach` nearer: those up to dmin + 2·reach away may end up nearest
    grid.within(x, y, dmin + 2 * reach, (o, d) => {
      const g = groupOfPiece[sp[o]!]!;
      const at = g * TRIED;
      if (seenAt[g] !== i + 1) {
        seenAt[g] = i + 1;
        seenGroups.push(g);
        topD.fill(Infinity, at, at + TRIED);
        topI.fill(o, at, at + TRIED);
      }
      keep(at, d, o);
      const deep = Math.min(reach, sdepth[o]!);
      keep(at + HALF, Math.hypot(sx[o]! + snx[o]! * deep - x, sy[o]! + sny[o]! * deep - y), o);
    });
    const groups = seenGroups.filter((g) => topD[g * TRIED]! <= dmin + reach).sort((a, b) => a - b);
    if (groups.length === 1) {
      fixed[groups[0]!]! += h * h;
      continue;
    }
    pointOf.push(i);
    for (const g of groups) {
      candGroup.push(g);
      // fewer samples than HALF: the nearest stands in for the rest
      for (let k = 0; k < TRIED; k++) tried.push(topD[g * TRIED + k] === Infinity ? topI[g * TRIED]! : topI[g * TRIED + k]!);
    }
    start.push(candGroup.length);
  }
  const st = Int32Array.from(start);
  const cg = Int32Array.from(candGroup);
  // per tried sample: where it lies from the street point, its inward normal and its depth
  const n = tried.length;
  const [tx, ty, tnx, tny, tdepth] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  for (let p = 0; p < pointOf.length; p++)
    for (let k = st[p]! * TRIED; k < st[p + 1]! * TRIED; k++) {
      const o = tried[k]!;
      tx[k] = sx[o]! - street.x[pointOf[p]!]!;
      ty[k] = sy[o]! - street.y[pointOf[p]!]!;
      tnx[k] = snx[o]!;
      tny[k] = sny[o]!;
      tdepth[k] = sdepth[o]!;
    }
  const setback = new Float64Array(G);
  const added = new Float64Array(G);
  // A street point stands for an h × h cell; where the split line crosses the cell, the cell is
  // shared by where the line passes (half the difference of the two nearest distances from its
  // centre), so a strip narrower than the grid is still counted.
  const assign = () => {
    added.set(fixed);
    for (let p = 0; p < pointOf.length; p++) {
      let [best, second] = [-1, -1];
      let [bestV, secondV] = [Infinity, Infinity];
      for (let c = st[p]!; c < st[p + 1]!; c++) {
        const s = setback[cg[c]!]!;
        let v = Infinity;
        for (let k = c * TRIED; k < (c + 1) * TRIED; k++) {
          const d = Math.min(s, tdepth[k]!);
          const dx = tx[k]! + tnx[k]! * d;
          const dy = ty[k]! + tny[k]! * d;
          v = Math.min(v, dx * dx + dy * dy);
        }
        if (v < bestV) {
          [secondV, second] = [bestV, best];
          [bestV, best] = [v, cg[c]!];
        } else if (v < secondV) [secondV, second] = [v, cg[c]!];
      }
      const share = Math.min(1, 0.5 + (Math.sqrt(secondV) - Math.sqrt(bestV)) / (2 * h));
      added[best]! += h * h * share;
      added[second]! += h * h * (1 - share);
    }
  };
  const budget = (g: number, iou: number) => area[g]! * (1 / iou - 1);
  const givenUp = new Uint8Array(G);
  assign();
  const middle = added.slice();
  const limit = (g: number) => (givenUp[g] ? Math.max(middle[g]!, budget(g, opts.floor)) : budget(g, opts.aim));
  let best = { within: -1, mean: -Infinity, setback: setback.slice(), givenUp: [] as string[] };
  for (let round = 0; round < opts.rounds; round++) {
    for (let step = 0; step < opts.steps; step++) {
      assign();
      // the excess spread along the district's boundary (its sample count × 5 m) is the width to give back
      for (let g = 0; g < free; g++) setback[g] = Math.min(reach, Math.max(0, setback[g]! + (added[g]! - limit(g)) / (perimeter[g]! * 10)));
    }
    assign();
    let within = 0;
    let mean = 0;
    for (let g = 0; g < free; g++) {
      if (added[g]! <= budget(g, opts.target)) within++;
      mean += area[g]! / (area[g]! + added[g]!) / free;
    }
    if (within > best.within || (within === best.within && mean > best.mean))
      best = { within, mean, setback: setback.slice(), givenUp: names.filter((_, g) => givenUp[g]) };
    const excess = (g: number) => added[g]! - budget(g, opts.target);
    const failing = names.map((_, g) => g).filter((g) => !givenUp[g] && excess(g) > 0);
    if (failing.length === 0) break;
    // only a district set back as far as it goes is beyond help; the others are still on their way
    const hopeless = failing.filter((g) => setback[g]! >= reach).sort((a, b) => excess(b) - excess(a) || a - b);
    for (const g of hopeless.slice(0, opts.givenUpPerRound)) givenUp[g] = 1;
  }
  setback.set(best.setback);
  assign();
  const iou = new Map(names.map((g, i) => [g, area[i]! / (area[i]! + added[i]!)]));
  return { perPiece: groupOfPiece.map((g) => best.setback[g]!), givenUp: best.givenUp, iou, groups: groupOfPiece.map((g) => names[g] ?? null) };
}
