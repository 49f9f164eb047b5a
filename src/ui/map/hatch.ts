import type { ControlState } from '../../types.ts';
import type { Hatch } from '../../look/districtLook.ts';
import { sideOf } from '../../look/palette.ts';

import { HATCH_STRIPE, HATCH_TILE, HATCH_WIDTH } from '../../look/marks.ts';

export { HATCH_STRIPE, HATCH_TILE, HATCH_WIDTH };

export const hatchId = (state: ControlState, hatch: Exclude<Hatch, null>) => `aleppo-hatch-${state}-${hatch}`;

/** Draws one hatch tile: the side's colour with a diagonal stripe that repeats seamlessly. */
function drawTile(ctx: CanvasRenderingContext2D, base: string, stripe: string) {
  const n = HATCH_TILE;
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, n, n);
  ctx.strokeStyle = stripe;
  ctx.lineWidth = HATCH_WIDTH;
  ctx.beginPath();
  for (const k of [-n, 0, n]) {
    ctx.moveTo(k, n);
    ctx.lineTo(k + n, 0);
  }
  ctx.stroke();
}

/** Canvas patterns, made once per (side, hatch). Null where there is no 2D canvas (jsdom). */
export function canvasHatches(): ((state: ControlState, hatch: Exclude<Hatch, null>) => CanvasPattern | null) {
  const cache = new Map<string, CanvasPattern | null>();
  return (state, hatch) => {
    const id = hatchId(state, hatch);
    if (!cache.has(id)) {
      const tile = document.createElement('canvas');
      tile.width = tile.height = HATCH_TILE;
      const ctx = tile.getContext('2d');
      if (ctx) drawTile(ctx, sideOf(state).color, HATCH_STRIPE[hatch]);
      cache.set(id, ctx ? ctx.createPattern(tile, 'repeat') : null);
    }
    return cache.get(id)!;
  };
}

const SVG = 'http://www.w3.org/2000/svg';

/** Puts the hatch patterns into an SVG renderer's <defs>, once; fills then say `url(#id)`. */
export function addSvgHatches(svg: SVGSVGElement, states: readonly ControlState[]) {
  if (svg.querySelector('defs[data-hatches]')) return;
  const defs = svg.insertBefore(document.createElementNS(SVG, 'defs'), svg.firstChild);
  defs.setAttribute('data-hatches', '');
  for (const state of states) {
    for (const hatch of ['contested', 'claim'] as const) {
      const pattern = defs.appendChild(document.createElementNS(SVG, 'pattern'));
      pattern.id = hatchId(state, hatch);
      pattern.setAttribute('patternUnits', 'userSpaceOnUse');
      pattern.setAttribute('width', String(HATCH_TILE));
      pattern.setAttribute('height', String(HATCH_TILE));
      const rect = pattern.appendChild(document.createElementNS(SVG, 'rect'));
      rect.setAttribute('width', String(HATCH_TILE));
      rect.setAttribute('height', String(HATCH_TILE));
      rect.setAttribute('fill', sideOf(state).color);
      const line = pattern.appendChild(document.createElementNS(SVG, 'path'));
      const n = HATCH_TILE;
      line.setAttribute('d', `M${-n},${n}L0,0M0,${n}L${n},0M${n},${n}L${2 * n},0`);
      line.setAttribute('stroke', HATCH_STRIPE[hatch]);
      line.setAttribute('stroke-width', String(HATCH_WIDTH));
    }
  }
}

/** The same hatch as CSS, for legend swatches. */
export function cssHatch(state: ControlState, hatch: Exclude<Hatch, null>): string {
  const c = sideOf(state).color;
  const s = HATCH_STRIPE[hatch];
  const w = HATCH_WIDTH;
  const p = HATCH_TILE / Math.SQRT2;
  return `repeating-linear-gradient(-45deg, ${c} 0 ${p - w}px, ${s} ${p - w}px ${p}px)`;
}
