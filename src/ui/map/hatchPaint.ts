import L from 'leaflet';
import { textureOf } from '../../look/marks.ts';
import type { HatchPaint } from '../lib/districtStyle.ts';
import { addSvgTexture, canvasTextures } from './hatch.ts';

/**
 * How textures (hatches, stipple, transition bands) are painted with a renderer: canvas patterns
 * on a canvas, `url(#…)` fills with patterns in the SVG's <defs> otherwise.
 */
export function hatchPaintFor(renderer: L.Renderer, map: L.Map): HatchPaint {
  if (renderer instanceof L.Canvas) return canvasTextures();
  return (look) => {
    const t = textureOf(look);
    const svg = map.getPanes().overlayPane.querySelector('svg');
    if (!t || !svg) return null;
    return addSvgTexture(svg, t);
  };
}
