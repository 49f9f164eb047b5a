import type { PlacedTile } from '../../export/scene.ts';
import { tileGrid, tileUrl } from '../../export/tiles.ts';
import type { MapView, Rect } from '../../export/view.ts';

export interface LoadedTile extends PlacedTile {
  bitmap: ImageBitmap;
}

export interface TileResult {
  tiles: LoadedTile[];
  wanted: number;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as string);
    reader.onerror = () => fail(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * Fetches the basemap tiles under the map box with CORS (so they can go into a canvas and an SVG).
 * Tiles that fail or take longer than `timeoutMs` are left out: the image then shows the plain
 * map background there, never a broken or tainted image.
 */
export async function loadTiles(template: string, view: MapView, rect: Rect, scale: number, signal: AbortSignal, timeoutMs = 8000): Promise<TileResult> {
  const slots = tileGrid(view, rect, scale);
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const loaded = await Promise.all(
    slots.map(async (slot): Promise<LoadedTile | null> => {
      try {
        const response = await fetch(tileUrl(template, slot), { mode: 'cors', signal: both });
        if (!response.ok) return null;
        const blob = await response.blob();
        const [bitmap, href] = await Promise.all([createImageBitmap(blob), dataUrl(blob)]);
        return { href, bitmap, x: slot.left, y: slot.top, size: slot.size };
      } catch {
        return null;
      }
    }),
  );
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
  return { tiles: loaded.filter((t): t is LoadedTile => t !== null), wanted: slots.length };
}
