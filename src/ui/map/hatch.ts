import type { Look } from '../../look/districtLook.ts';
import { drawTextureTile, svgPattern, textureOf, type Texture } from '../../look/marks.ts';

export { HATCH_STRIPE, HATCH_TILE, HATCH_WIDTH } from '../../look/marks.ts';

type Textured = Pick<Look, 'state' | 'hatch' | 'texture' | 'to'>;

/** Canvas patterns, made once per texture. Null where there is no 2D canvas (jsdom). */
export function canvasTextures(): (look: Textured) => CanvasPattern | null {
  const cache = new Map<string, CanvasPattern | null>();
  return (look) => {
    const t = textureOf(look);
    if (!t) return null;
    if (!cache.has(t.id)) {
      const tile = document.createElement('canvas');
      tile.width = tile.height = t.size;
      const ctx = tile.getContext('2d');
      if (ctx) drawTextureTile(ctx, t);
      cache.set(t.id, ctx ? ctx.createPattern(tile, 'repeat') : null);
    }
    return cache.get(t.id)!;
  };
}

const SVG = 'http://www.w3.org/2000/svg';
export const textureDomId = (t: Texture) => `aleppo-${t.id}`;

/** Puts a texture's pattern into an SVG renderer's <defs> (once); the fill then says `url(#id)`. */
export function addSvgTexture(svg: SVGSVGElement, t: Texture): string {
  const id = textureDomId(t);
  let defs = svg.querySelector('defs[data-hatches]');
  if (!defs) {
    defs = svg.insertBefore(document.createElementNS(SVG, 'defs'), svg.firstChild);
    defs.setAttribute('data-hatches', '');
  }
  if (!defs.querySelector(`#${id}`)) {
    const holder = document.createElementNS(SVG, 'svg');
    holder.innerHTML = svgPattern(t, id);
    defs.append(...Array.from(holder.childNodes));
  }
  return `url(#${id})`;
}

/** The same texture as CSS, for legend swatches. */
export function cssTexture(look: Textured): string {
  const t = textureOf(look);
  if (!t) return '';
  if (t.kind === 'dots') return `radial-gradient(circle, ${t.ink} 0 1.1px, transparent 1.6px) 0 0 / ${t.size}px ${t.size}px, ${t.base}`;
  if (t.kind === 'bands') return `repeating-linear-gradient(180deg, ${t.base} 0 ${t.size / 2}px, ${t.ink} ${t.size / 2}px ${t.size}px)`;
  const p = t.size / Math.SQRT2;
  return `repeating-linear-gradient(-45deg, ${t.base} 0 ${p - 2.5}px, ${t.ink} ${p - 2.5}px ${p}px)`;
}

/** The diagonal hatch of a side as CSS (legend swatches). */
export const cssHatch = (state: Look['state'], hatch: Exclude<Look['hatch'], null>) => cssTexture({ state, hatch, texture: null, to: null });
