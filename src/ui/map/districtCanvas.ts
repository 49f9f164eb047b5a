import L from 'leaflet';

/**
 * The districts' canvas renderer: Leaflet's own, drawing each path from a Path2D built once per
 * projection (Leaflet makes a path's projected points, `_parts`, anew on every zoom and move) and
 * setting the context's fill and stroke state only when it differs from the path before's (a
 * day's redraw paints hundreds of paths in a few styles). It also draws the stipple of
 * baseline-only districts over their plain fill (`stipple` in a path's options), so the dots need
 * no canvas of their own. Leaflet 1.9's `_draw`, `_updatePoly`, `_drawing` and `_parts` are
 * private (stable since 1.0).
 */

interface DrawnPath extends L.Path {
  _parts: L.Point[][];
  options: L.PathOptions & { _dashArray?: number[]; stipple?: CanvasPattern | null; stippleOpacity?: number };
}

/** The context state last set in this redraw (null: unknown, set it). */
interface State {
  alpha: number | null;
  fill: string | CanvasPattern | null;
  stroke: string | null;
  width: number | null;
  cap: string | null;
  join: string | null;
  dash: number[] | null;
}

interface Internals {
  _ctx: CanvasRenderingContext2D;
  _drawing: boolean;
  _state?: State;
}

const unknownState = (): State => ({ alpha: null, fill: null, stroke: null, width: null, cap: null, join: null, dash: null });
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

const baseDraw = (L.Canvas.prototype as unknown as { _draw(this: L.Canvas): void })._draw;

export const DistrictCanvas = L.Canvas.extend({
  _draw(this: L.Canvas & Internals) {
    // Leaflet's draw saves and restores the context around the paths: what was set before is unknown.
    this._state = unknownState();
    baseDraw.call(this);
  },

  _updatePoly(this: L.Canvas & Internals, layer: DrawnPath, closed: boolean) {
    if (!this._drawing || !layer._parts.length) return;
    const path = outlineOf(layer._parts, closed);
    const ctx = this._ctx;
    const s = (this._state ??= unknownState());
    const o = layer.options;
    const rule = (o.fillRule || 'evenodd') as CanvasFillRule;
    const alpha = (a: number) => {
      if (s.alpha !== a) ctx.globalAlpha = s.alpha = a;
    };
    const fill = (style: string | CanvasPattern) => {
      if (s.fill !== style) ctx.fillStyle = s.fill = style;
    };
    if (o.fill) {
      alpha(o.fillOpacity ?? 0.2);
      fill(o.fillColor || o.color || '#3388ff');
      ctx.fill(path, rule);
      // The dots of a district only the baseline speaks for, over its plain fill.
      if (o.stipple) {
        alpha(o.stippleOpacity ?? 1);
        fill(o.stipple);
        ctx.fill(path, rule);
      }
    }
    if (o.stroke && o.weight !== 0) {
      const dash = o._dashArray || NO_DASH;
      if (s.dash !== dash) ctx.setLineDash((s.dash = dash));
      alpha(o.opacity ?? 1);
      const width = o.weight ?? 3;
      if (s.width !== width) ctx.lineWidth = s.width = width;
      const color = o.color ?? '#3388ff';
      if (s.stroke !== color) ctx.strokeStyle = s.stroke = color;
      const cap = (o.lineCap ?? 'round') as CanvasLineCap;
      if (s.cap !== cap) ctx.lineCap = s.cap = cap;
      const join = (o.lineJoin ?? 'round') as CanvasLineJoin;
      if (s.join !== join) ctx.lineJoin = s.join = join;
      ctx.stroke(path);
    }
  },
}) as unknown as new (
  options?: L.RendererOptions,
) => L.Canvas;

export const districtCanvas = (options?: L.RendererOptions): L.Canvas => new DistrictCanvas(options);

/** Whether a renderer draws the stipple with the fills (StyleOptions.stipple) rather than leaving it to StippleLayer. */
export const drawsStipple = (renderer: L.Renderer | undefined): boolean => renderer instanceof DistrictCanvas;
