import { MAP_BACKGROUND } from '../../look/palette.ts';
import type { Rect } from '../../export/view.ts';
import type { LoadedTile } from './browserTiles.ts';

/** An SVG document as a decoded image (it has no external references, so it never taints a canvas). */
export async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasOf(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** The basemap alone (plain background, then the tiles that loaded), drawn once per export. */
export function basemapCanvas(width: number, height: number, scale: number, map: Rect, tiles: readonly LoadedTile[]): HTMLCanvasElement {
  const canvas = canvasOf(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(map.x * scale, map.y * scale, map.width * scale, map.height * scale);
  ctx.clip();
  ctx.fillStyle = MAP_BACKGROUND;
  ctx.fillRect(map.x * scale, map.y * scale, map.width * scale, map.height * scale);
  ctx.imageSmoothingQuality = 'high';
  for (const t of tiles) {
    // Whole pixels, a hair larger: no seams between tiles.
    const x = Math.floor(t.x * scale);
    const y = Math.floor(t.y * scale);
    const s = Math.ceil(t.size * scale) + 1;
    ctx.drawImage(t.bitmap, x, y, s, s);
  }
  ctx.restore();
  return canvas;
}

/** One frame: the basemap, then the SVG (districts, front line, texts) over it. */
export async function drawFrame(target: HTMLCanvasElement, basemap: HTMLCanvasElement, svg: string): Promise<void> {
  const image = await svgImage(svg);
  const ctx = target.getContext('2d', { willReadFrequently: false })!;
  ctx.drawImage(basemap, 0, 0);
  ctx.drawImage(image, 0, 0, target.width, target.height);
}
