// The marks the map and the exporter draw alike: district outlines, fills by age, and the textures
// (hatches, stipple, transition bands), described once here and drawn on a canvas, in the map's
// SVG and in the exported SVG.
import { FILL_OPACITY, sideOf } from './palette.ts';
import type { Age, Hatch, Look } from './districtLook.ts';

/** Fill opacity by the age of the last report: full for a recent one, lighter with age. */
export const AGE_FILL_OPACITY: Record<Age, number> = { fresh: FILL_OPACITY, aging: 0.5, stale: 0.3 };
/** Opacity of a fill that rests only on the baseline (stippled). */
export const BASELINE_FILL_OPACITY = 0.5;
/** Opacity of a district changing hands in a window (bands of both sides). */
export const TRANSITION_FILL_OPACITY = 0.75;
/** Kept for the legend's "faded" swatch: the stale fill. */
export const STALE_FILL_OPACITY = AGE_FILL_OPACITY.stale;
export const UNKNOWN_FILL_OPACITY = 0.45;

/** Outline of a district whose controller changed that day, and of the selected one. */
export const CHANGED_OUTLINE = { color: '#ffd21f', weight: 3.5 } as const;
/** A change that closes a date window: the same colour, dashed (it happened by this day). */
export const WINDOW_OUTLINE = { color: '#ffd21f', weight: 3, dashArray: '6 4' } as const;
export const SELECTED_OUTLINE = { color: '#0a3d91', weight: 4 } as const;

/** Stripe colour over the side's colour: purple for contested, white for a one-side claim. */
export const HATCH_STRIPE: Record<Exclude<Hatch, null>, string> = { contested: '#4b2d5c', claim: '#ffffff' };
/** Tile size and stripe width of the diagonal hatch, in CSS pixels. */
export const HATCH_TILE = 8;
export const HATCH_WIDTH = 2.5;
/** The stipple: a white dot of this radius in each tile. */
export const STIPPLE_TILE = 6;
export const STIPPLE_RADIUS = 1.1;

/**
 * One texture, as every renderer draws it: `diagonal` stripes of `ink` over `base`, `dots` of
 * `ink` over `base`, or horizontal `bands` (half `base`, half `ink`). `id` names it uniquely.
 */
export interface Texture {
  id: string;
  kind: 'diagonal' | 'dots' | 'bands';
  base: string;
  ink: string;
  size: number;
}

/** The texture a look is filled with, or null for its plain side colour. */
export function textureOf(look: Pick<Look, 'state' | 'hatch' | 'texture' | 'to'>): Texture | null {
  const base = sideOf(look.state).color;
  if (look.texture === 'transition' && look.to) {
    return { id: `bands-${look.state}-${look.to}`, kind: 'bands', base, ink: sideOf(look.to).color, size: HATCH_TILE };
  }
  if (look.hatch) return { id: `hatch-${look.state}-${look.hatch}`, kind: 'diagonal', base, ink: HATCH_STRIPE[look.hatch], size: HATCH_TILE };
  if (look.texture === 'stipple') return { id: `dots-${look.state}`, kind: 'dots', base, ink: '#ffffff', size: STIPPLE_TILE };
  return null;
}

/** The fill opacity of a look. */
export function fillOpacityOf(look: Pick<Look, 'state' | 'texture' | 'age'>): number {
  if (look.state === 'unknown') return UNKNOWN_FILL_OPACITY;
  if (look.texture === 'transition') return TRANSITION_FILL_OPACITY;
  if (look.texture === 'stipple') return BASELINE_FILL_OPACITY;
  return look.age ? AGE_FILL_OPACITY[look.age] : AGE_FILL_OPACITY.fresh;
}

/** The texture as SVG: a <pattern> with `id` (the same drawing as the canvas tile). */
export function svgPattern(t: Texture, id = t.id): string {
  const n = t.size;
  const body =
    t.kind === 'diagonal'
      ? `<rect width="${n}" height="${n}" fill="${t.base}"/><path d="M${-n},${n}L0,0M0,${n}L${n},0M${n},${n}L${2 * n},0" stroke="${t.ink}" stroke-width="${HATCH_WIDTH}"/>`
      : t.kind === 'dots'
        ? `<rect width="${n}" height="${n}" fill="${t.base}"/><circle cx="${n / 2}" cy="${n / 2}" r="${STIPPLE_RADIUS}" fill="${t.ink}"/>`
        : `<rect width="${n}" height="${n}" fill="${t.base}"/><rect y="${n / 2}" width="${n}" height="${n / 2}" fill="${t.ink}"/>`;
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${n}" height="${n}">${body}</pattern>`;
}

/** Draws one tile of the texture on a 2D context of `size` × `size`. */
export function drawTextureTile(
  ctx: {
    fillStyle: unknown;
    strokeStyle: unknown;
    lineWidth: number;
    fillRect(x: number, y: number, w: number, h: number): void;
    beginPath(): void;
    moveTo(x: number, y: number): void;
    lineTo(x: number, y: number): void;
    stroke(): void;
    arc(x: number, y: number, r: number, a: number, b: number): void;
    fill(): void;
  },
  t: Texture,
): void {
  const n = t.size;
  ctx.fillStyle = t.base;
  ctx.fillRect(0, 0, n, n);
  if (t.kind === 'diagonal') {
    ctx.strokeStyle = t.ink;
    ctx.lineWidth = HATCH_WIDTH;
    ctx.beginPath();
    for (const k of [-n, 0, n]) {
      ctx.moveTo(k, n);
      ctx.lineTo(k + n, 0);
    }
    ctx.stroke();
  } else if (t.kind === 'dots') {
    ctx.fillStyle = t.ink;
    ctx.beginPath();
    ctx.arc(n / 2, n / 2, STIPPLE_RADIUS, 0, Math.PI * 2);
    ctx.fill();
  } else {
    ctx.fillStyle = t.ink;
    ctx.fillRect(0, n / 2, n, n / 2);
  }
}
