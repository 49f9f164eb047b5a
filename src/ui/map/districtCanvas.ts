import L from 'leaflet';
import { DOTS } from './stippleDots.ts';
import { PaintBatch } from './paintBatch.ts';

/**
 * The districts' canvas renderer: Leaflet's own, drawing each path from a Path2D built once per
 * projection (Leaflet makes a path's projected points, `_parts`, anew on every zoom and move), and
 * painting a repaint's paths a look at a time (PaintBatch: one fill per fill look, one stroke per
 * outline look, where Leaflet fills and strokes each path on its own). It draws the stipple of
 * baseline-only districts with their plain fill (`stipple` in a path's options: one tile of the
 * colour and the dots, one fill), so the dots need no canvas of their own. A restyle of a few
 * paths repaints only around those paths (Leaflet repaints the one rectangle around all of them: a
 * change in each corner of the city redraws it whole), and finds the paths there through a grid of
 * their bounds (Leaflet walks every path to test its bounds). Leaflet 1.9's `_draw`, `_clear`,
 * `_redraw`, `_extendRedrawBounds`, `_initPath`, `_removePath`, `_updatePath`, `_bringToFront`,
 * `_bringToBack`, `_reset`, `_onZoomEnd`, `_drawing`, `_drawFirst`, `_redrawBounds`, `_pxBounds`
 * and `_parts` are private (stable since 1.0).
 */

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface DrawnPath extends L.Path {
  _parts: L.Point[][];
  /** Its place in the draw order: a higher number is drawn over a lower one (brought to the front: a new highest; to the back: a new lowest). */
  _drawSeq?: number;
  _pxBounds?: { min: L.Point; max: L.Point };
  options: L.PathOptions & { _dashArray?: number[]; stipple?: CanvasPattern | null; stippleOpacity?: number };
}

interface Internals {
  _ctx: CanvasRenderingContext2D;
  _drawing: boolean;
  _redrawBounds: L.Bounds | null;
  _drawFirst: { layer: DrawnPath; next: Internals['_drawFirst'] } | null;
  /** The restyled paths' own bounds since the last repaint (null: too many, or none). */
  _rects: Rect[] | null;
  _rectCount: number;
  /** Stippled fills made so far, by colour and opacities. */
  _stippled?: Map<string, Map<number, Map<number, CanvasPattern | null>>>;
  /** The draw order's first and last numbers so far. */
  _seqTop: number;
  _seqBottom: number;
  /** The paths by the cells of a pixel grid their bounds touch (null: to be made again). */
  _grid: Map<number, DrawnPath[]> | null;
}

/** The grid's cell, in pixels: a partial repaint looks for its paths in the cells it covers. */
const CELL = 64;
/** Each path is filed under the cells its bounds touch with this margin (a wider outline grows its bounds without a new projection). */
const MARGIN = 16;
const cellKey = (cx: number, cy: number) => cx * 65536 + cy;

function gridOf(renderer: Internals): Map<number, DrawnPath[]> {
  if (renderer._grid) return renderer._grid;
  const grid = new Map<number, DrawnPath[]>();
  for (let order = renderer._drawFirst; order; order = order.next) {
    const b = order.layer._pxBounds;
    if (!b) continue;
    for (let cx = Math.floor((b.min.x - MARGIN) / CELL); cx <= Math.floor((b.max.x + MARGIN) / CELL); cx++)
      for (let cy = Math.floor((b.min.y - MARGIN) / CELL); cy <= Math.floor((b.max.y + MARGIN) / CELL); cy++) {
        const key = cellKey(cx, cy);
        const list = grid.get(key);
        if (list) list.push(order.layer);
        else grid.set(key, [order.layer]);
      }
  }
  return (renderer._grid = grid);
}

/** The paths whose bounds touch one of `rects`, in draw order, found through the grid. */
function pathsTouching(renderer: Internals, rects: Rect[]): DrawnPath[] {
  const grid = gridOf(renderer);
  const found = new Set<DrawnPath>();
  for (const r of rects)
    for (let cx = Math.floor(r.x0 / CELL); cx <= Math.floor(r.x1 / CELL); cx++)
      for (let cy = Math.floor(r.y0 / CELL); cy <= Math.floor(r.y1 / CELL); cy++) {
        const list = grid.get(cellKey(cx, cy));
        if (list) for (const layer of list) found.add(layer);
      }
  const out: DrawnPath[] = [];
  for (const layer of found) if (layer._pxBounds && touchesAny(rects, layer._pxBounds)) out.push(layer);
  return out.sort((a, b) => a._drawSeq! - b._drawSeq!);
}

/**
 * Up to this many restyled paths, the repaint clears and clips to their own rectangles and
 * redraws only the paths that touch one; beyond, Leaflet's one rectangle around them all (a clip
 * of hundreds of rectangles costs the rasteriser more than it saves).
 */
const MAX_RECTS = 48;

const NO_DASH: number[] = [];

/** Outlines per projection: `_parts` arrays are replaced whenever Leaflet projects again. */
const outlines = new WeakMap<L.Point[][], Path2D>();
function outlineOf(parts: L.Point[][], closed: boolean): Path2D {
  let path = outlines.get(parts);
  if (!path) {
    path = new Path2D();
    for (const ring of parts) {
      for (let j = 0; j < ring.length; j++) {
        const p = ring[j]!;
        if (j) path.lineTo(p.x, p.y);
        else path.moveTo(p.x, p.y);
      }
      if (closed) path.closePath();
    }
    outlines.set(parts, path);
  }
  return path;
}

/** The tile of a stippled district: its colour at its opacity with the dots over it. */
function stippledFill(renderer: Internals, color: string, opacity: number, dots: CanvasPattern, dotsOpacity: number): CanvasPattern | null {
  // By colour, then opacities: looked up for every stippled district a repaint draws (no key strings made).
  let byColor = (renderer._stippled ??= new Map()).get(color);
  if (!byColor) renderer._stippled.set(color, (byColor = new Map()));
  let byOpacity = byColor.get(opacity);
  if (!byOpacity) byColor.set(opacity, (byOpacity = new Map()));
  const made = byOpacity.get(dotsOpacity);
  if (made !== undefined) return made;
  const tile = document.createElement('canvas');
  tile.width = tile.height = DOTS.size;
  const ctx = tile.getContext('2d');
  let pattern: CanvasPattern | null = null;
  if (ctx) {
    ctx.globalAlpha = opacity;
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, DOTS.size, DOTS.size);
    ctx.globalAlpha = dotsOpacity;
    ctx.fillStyle = dots;
    ctx.fillRect(0, 0, DOTS.size, DOTS.size);
    pattern = renderer._ctx.createPattern(tile, 'repeat');
  }
  byOpacity.set(dotsOpacity, pattern);
  return pattern;
}

const Base = L.Canvas.prototype as unknown as {
  _clear(this: L.Canvas): void;
  _redraw(this: L.Canvas): void;
  _extendRedrawBounds(this: L.Canvas, layer: DrawnPath): void;
  _initPath(this: L.Canvas, layer: DrawnPath): void;
  _removePath(this: L.Canvas, layer: DrawnPath): void;
  _updatePath(this: L.Canvas, layer: DrawnPath): void;
  _bringToFront(this: L.Canvas, layer: DrawnPath): void;
  _bringToBack(this: L.Canvas, layer: DrawnPath): void;
  _reset(this: L.Canvas): void;
  _onZoomEnd(this: L.Canvas): void;
};

/** A path's fill and outline, into the batch of its looks. */
function gather(renderer: Internals, batch: PaintBatch, layer: DrawnPath, closed: boolean): void {
  if (!layer._parts.length) return;
  const path = outlineOf(layer._parts, closed);
  const o = layer.options;
  if (o.fill) {
    const color = o.fillColor || o.color || '#3388ff';
    const opacity = o.fillOpacity ?? 0.2;
    // The plain fill and the dots over it, as one tile: one pattern fill per district.
    const dotted = o.stipple && stippledFill(renderer, color, opacity, o.stipple, o.stippleOpacity ?? 1);
    batch.fill(path, dotted || color, dotted ? 1 : opacity, (o.fillRule || 'evenodd') as CanvasFillRule);
  }
  if (o.stroke && o.weight !== 0) {
    batch.stroke(
      path,
      o.color ?? '#3388ff',
      o.weight ?? 3,
      o.opacity ?? 1,
      o._dashArray || NO_DASH,
      (o.lineCap ?? 'round') as CanvasLineCap,
      (o.lineJoin ?? 'round') as CanvasLineJoin,
    );
  }
}

function touchesAny(rects: Rect[], b: { min: L.Point; max: L.Point }): boolean {
  const x0 = b.min.x;
  const y0 = b.min.y;
  const x1 = b.max.x;
  const y1 = b.max.y;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x0 <= r.x1 && x1 >= r.x0 && y0 <= r.y1 && y1 >= r.y0) return true;
  }
  return false;
}

export const DistrictCanvas = L.Canvas.extend({
  _rects: null,
  _rectCount: 0,
  _seqTop: 0,
  _seqBottom: 0,
  _grid: null,

  // The draw order as numbers (a partial repaint sorts the paths it found by them), and the grid
  // made again whenever a path comes, goes or is projected anew.
  _initPath(this: L.Canvas & Internals, layer: DrawnPath) {
    Base._initPath.call(this, layer);
    layer._drawSeq = ++this._seqTop;
    this._grid = null;
  },
  _removePath(this: L.Canvas & Internals, layer: DrawnPath) {
    Base._removePath.call(this, layer);
    this._grid = null;
  },
  _updatePath(this: L.Canvas & Internals, layer: DrawnPath) {
    Base._updatePath.call(this, layer);
    this._grid = null;
  },
  _bringToFront(this: L.Canvas & Internals, layer: DrawnPath) {
    Base._bringToFront.call(this, layer);
    layer._drawSeq = ++this._seqTop;
  },
  _bringToBack(this: L.Canvas & Internals, layer: DrawnPath) {
    Base._bringToBack.call(this, layer);
    layer._drawSeq = --this._seqBottom;
  },
  _reset(this: L.Canvas & Internals) {
    this._grid = null;
    Base._reset.call(this);
  },
  _onZoomEnd(this: L.Canvas & Internals) {
    this._grid = null;
    Base._onZoomEnd.call(this);
  },

  _extendRedrawBounds(this: L.Canvas & Internals, layer: DrawnPath) {
    Base._extendRedrawBounds.call(this, layer);
    const b = layer._pxBounds;
    if (!b) return;
    // Counted even past the limit: the rectangles are kept only while there are few.
    if (++this._rectCount > MAX_RECTS) {
      this._rects = null;
      return;
    }
    const pad = (layer.options.weight || 0) + 1;
    (this._rects ??= []).push({ x0: Math.floor(b.min.x - pad), y0: Math.floor(b.min.y - pad), x1: Math.ceil(b.max.x + pad), y1: Math.ceil(b.max.y + pad) });
  },

  _redraw(this: L.Canvas & Internals) {
    // No bounds: a full repaint (after a move or zoom), whatever rectangles were kept.
    if (!this._redrawBounds) this._rects = null;
    Base._redraw.call(this);
    this._rects = null;
    this._rectCount = 0;
  },

  _clear(this: L.Canvas & Internals) {
    const rects = this._redrawBounds && this._rects;
    if (!rects) return Base._clear.call(this);
    for (const r of rects) this._ctx.clearRect(r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0);
  },

  _draw(this: L.Canvas & Internals) {
    const bounds = this._redrawBounds;
    // The restyled paths' own rectangles, or Leaflet's one around them all, or (no bounds) the whole canvas.
    const rects: Rect[] | null = bounds && (this._rects ?? [{ x0: bounds.min!.x, y0: bounds.min!.y, x1: bounds.max!.x, y1: bounds.max!.y }]);
    const ctx = this._ctx;
    ctx.save();
    if (rects) {
      ctx.beginPath();
      for (const r of rects) ctx.rect(r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0);
      ctx.clip();
    }
    this._drawing = true;
    // In draw order, every path touching a cleared rectangle (the pixels of a full repaint there),
    // gathered by look and painted a look at a time.
    const batch = new PaintBatch();
    const draw = (layer: DrawnPath) => {
      if (layer instanceof L.Polyline) gather(this, batch, layer, layer instanceof L.Polygon);
      else {
        // Anything else (a marker drawn by Leaflet itself) keeps its place in the order.
        batch.paint(ctx);
        (layer as unknown as { _updatePath(): void })._updatePath();
      }
    };
    if (rects) for (const layer of pathsTouching(this, rects)) draw(layer);
    else for (let order = this._drawFirst; order; order = order.next) draw(order.layer);
    batch.paint(ctx);
    this._drawing = false;
    ctx.restore();
  },

  _updatePoly(this: L.Canvas & Internals, layer: DrawnPath, closed: boolean) {
    // Paths reach the canvas through _draw's batch; this is Leaflet's call for one path alone.
    if (!this._drawing) return;
    const batch = new PaintBatch();
    gather(this, batch, layer, closed);
    batch.paint(this._ctx);
  },
}) as unknown as new (
  options?: L.RendererOptions,
) => L.Canvas;

export const districtCanvas = (options?: L.RendererOptions): L.Canvas => new DistrictCanvas(options);

/** Whether a renderer draws the stipple with the fills (StyleOptions.stipple) rather than leaving it to StippleLayer. */
export const drawsStipple = (renderer: L.Renderer | undefined): boolean => renderer instanceof DistrictCanvas;
