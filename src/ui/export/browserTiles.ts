import type { PlacedTile } from '../../export/scene.ts';
import { tileGrid, tileUrl } from '../../export/tiles.ts';
import type { MapView, Rect } from '../../export/view.ts';

export interface LoadedTile extends PlacedTile {
  bitmap: ImageBitmap;
}

export interface TileResult {
  tiles: LoadedTile[];
  wanted: number;
  /** No tile had loaded within the first-tile wait: the export went on without the basemap. */
  gaveUp: boolean;
}

/** How long an export waits for its first tile before it goes on without the basemap. */
export const FIRST_TILE_MS = 1500;

/** Tiles already fetched, by address: a second export of the same area fetches nothing. */
const fetched = new Map<string, { href: string; bitmap: ImageBitmap }>();
const KEPT_TILES = 600;

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
export async function loadTiles(
  template: string,
  view: MapView,
  rect: Rect,
  scale: number,
  signal: AbortSignal,
  timeoutMs = 8000,
  firstTileMs = FIRST_TILE_MS,
): Promise<TileResult> {
  const slots = tileGrid(view, rect, scale);
  const timeout = AbortSignal.timeout(timeoutMs);
  // Offline, or a server that does not answer: no tile within firstTileMs, and the export goes on without them.
  const noTiles = new AbortController();
  let arrived = 0;
  const waiting = setTimeout(() => arrived === 0 && noTiles.abort(), firstTileMs);
  const both = AbortSignal.any([signal, timeout, noTiles.signal]);
  const loaded = await Promise.all(
    slots.map(async (slot): Promise<LoadedTile | null> => {
      const url = tileUrl(template, slot);
      const kept = fetched.get(url);
      if (kept) {
        arrived += 1;
        return { ...kept, x: slot.left, y: slot.top, size: slot.size };
      }
      try {
        const response = await fetch(url, { mode: 'cors', signal: both });
        if (!response.ok) return null;
        arrived += 1;
        const blob = await response.blob();
        const [bitmap, href] = await Promise.all([createImageBitmap(blob), dataUrl(blob)]);
        if (fetched.size >= KEPT_TILES) fetched.delete(fetched.keys().next().value!);
        fetched.set(url, { href, bitmap });
        return { href, bitmap, x: slot.left, y: slot.top, size: slot.size };
      } catch {
        return null;
      }
    }),
  );
  clearTimeout(waiting);
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
  return { tiles: loaded.filter((t): t is LoadedTile => t !== null), wanted: slots.length, gaveUp: noTiles.signal.aborted };
}
