import { world0 } from './mercator.ts';
import type { MapView, Rect } from './view.ts';

/** One basemap tile the image needs, and where it goes (logical pixels). */
export interface TileSlot {
  z: number;
  x: number;
  y: number;
  left: number;
  top: number;
  size: number;
}

/**
 * The tiles that cover `rect` for `view`, at the zoom whose tiles are as sharp as the output
 * (zoom + log2(scale), so a 2× export uses the next zoom's tiles instead of blurring these).
 */
export function tileGrid(view: MapView, rect: Rect, scale: number, maxZoom = 19): TileSlot[] {
  const z = Math.max(0, Math.min(maxZoom, Math.round(view.zoom + Math.log2(scale))));
  const size = 256 * 2 ** (view.zoom - z);
  const k = 2 ** view.zoom;
  const c = world0(view.center);
  // The rect's top-left corner in world pixels at the view's zoom.
  const wx = c.x * k - rect.width / 2;
  const wy = c.y * k - rect.height / 2;
  const n = 2 ** z;
  const slots: TileSlot[] = [];
  const x0 = Math.floor(wx / size);
  const y0 = Math.floor(wy / size);
  const x1 = Math.floor((wx + rect.width) / size);
  const y1 = Math.floor((wy + rect.height) / size);
  for (let ty = Math.max(0, y0); ty <= Math.min(n - 1, y1); ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      slots.push({ z, x: ((tx % n) + n) % n, y: ty, left: rect.x + tx * size - wx, top: rect.y + ty * size - wy, size });
    }
  }
  return slots;
}

/** Fills a Leaflet-style URL template: {s} (a/b/c), {z}, {x}, {y}, {r}. */
export function tileUrl(template: string, t: Pick<TileSlot, 'z' | 'x' | 'y'>, subdomains = 'abc'): string {
  return template
    .replace('{s}', subdomains[Math.abs(t.x + t.y) % subdomains.length]!)
    .replace('{z}', String(t.z))
    .replace('{x}', String(t.x))
    .replace('{y}', String(t.y))
    .replace('{r}', '');
}
