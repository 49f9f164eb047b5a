import L from 'leaflet';
import { SIDES } from '../../look/palette.ts';
import type { HatchPaint } from '../lib/districtStyle.ts';
import { addSvgHatches, canvasHatches, hatchId } from './hatch.ts';

/**
 * How hatches are painted with a renderer: canvas patterns on a canvas, `url(#…)` fills with
 * patterns in the SVG's <defs> otherwise.
 */
export function hatchPaintFor(renderer: L.Renderer, map: L.Map): HatchPaint {
  if (renderer instanceof L.Canvas) {
    const pattern = canvasHatches();
    return (state, hatch) => pattern(state, hatch);
  }
  return (state, hatch) => {
    const svg = map.getPanes().overlayPane.querySelector('svg');
    if (!svg) return null;
    addSvgHatches(svg, SIDES.map((s) => s.state));
    return `url(#${hatchId(state, hatch)})`;
  };
}
