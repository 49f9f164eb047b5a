/**
 * Outlines gathered by look and painted a look at a time: one fill per fill look (colour or
 * pattern, opacity, rule) and one stroke per outline look. A day of a city has a handful of looks
 * and thousands of districts, and a canvas pays per call: a fill or stroke each costs the same
 * set-up, rasterised later, whatever its size.
 *
 * The districts form a coverage (no two overlap), so the order of their fills does not show.
 * Outlines go on after every fill: first the look most districts share (the plain white border),
 * then the others in the order they first came (highlighted and hovered districts, which the
 * layer draws last so their outlines lie over their neighbours').
 */

interface FillGroup {
  style: string | CanvasPattern;
  alpha: number;
  rule: CanvasFillRule;
  path: Path2D;
}

interface StrokeGroup {
  color: string;
  width: number;
  alpha: number;
  dash: readonly number[];
  cap: CanvasLineCap;
  join: CanvasLineJoin;
  path: Path2D;
  count: number;
}

const sameDash = (a: readonly number[], b: readonly number[]) => a === b || (a.length === b.length && a.every((v, i) => v === b[i]));

const strokes = (g: StrokeGroup, color: string, width: number, alpha: number, dash: readonly number[], cap: CanvasLineCap, join: CanvasLineJoin) =>
  g.color === color && g.width === width && g.alpha === alpha && g.cap === cap && g.join === join && sameDash(g.dash, dash);

export class PaintBatch {
  private fills: FillGroup[] = [];
  private strokes: StrokeGroup[] = [];
  private lastFill: FillGroup | null = null;
  private lastStroke: StrokeGroup | null = null;

  fill(outline: Path2D, style: string | CanvasPattern, alpha: number, rule: CanvasFillRule): void {
    let g = this.lastFill;
    // Neighbours in the draw order mostly share a look: the last group first, then the others.
    if (!g || g.style !== style || g.alpha !== alpha || g.rule !== rule) {
      g = null;
      for (const f of this.fills) if (f.style === style && f.alpha === alpha && f.rule === rule) g = f;
      if (!g) this.fills.push((g = { style, alpha, rule, path: new Path2D() }));
      this.lastFill = g;
    }
    g.path.addPath(outline);
  }

  stroke(outline: Path2D, color: string, width: number, alpha: number, dash: readonly number[], cap: CanvasLineCap, join: CanvasLineJoin): void {
    let g = this.lastStroke;
    if (!g || !strokes(g, color, width, alpha, dash, cap, join)) {
      g = null;
      for (const s of this.strokes) if (strokes(s, color, width, alpha, dash, cap, join)) g = s;
      if (!g) this.strokes.push((g = { color, width, alpha, dash, cap, join, path: new Path2D(), count: 0 }));
      this.lastStroke = g;
    }
    g.path.addPath(outline);
    g.count++;
  }

  /** Paints what was gathered and empties the batch (the context's state is left as the last look set it). */
  paint(ctx: CanvasRenderingContext2D): void {
    for (const g of this.fills) {
      ctx.globalAlpha = g.alpha;
      ctx.fillStyle = g.style;
      ctx.fill(g.path, g.rule);
    }
    let common: StrokeGroup | null = null;
    for (const g of this.strokes) if (!common || g.count > common.count) common = g;
    if (common) {
      for (const g of [common, ...this.strokes.filter((s) => s !== common)]) {
        ctx.globalAlpha = g.alpha;
        ctx.strokeStyle = g.color;
        ctx.lineWidth = g.width;
        ctx.lineCap = g.cap;
        ctx.lineJoin = g.join;
        ctx.setLineDash(g.dash as number[]);
        ctx.stroke(g.path);
      }
    }
    this.fills = [];
    this.strokes = [];
    this.lastFill = this.lastStroke = null;
  }
}
