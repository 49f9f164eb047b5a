import type { IsoDate } from '../../types.ts';
import { isIsoDate } from '../../calendar.ts';

export const DEFAULT_TILE_URL = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface UrlOptions {
  /** `?date=YYYY-MM-DD`, if well-formed. */
  date: IsoDate | null;
  /** Tile URL template, or null for no basemap (`?tiles=none`). */
  tileUrl: string | null;
  /** Expose the Leaflet map as `window.__map` (dev builds, or `?debug`). */
  exposeMap: boolean;
}

export function readUrlOptions(search: string, env: { tileUrl?: string; dev: boolean }): UrlOptions {
  const params = new URLSearchParams(search);
  const date = params.get('date');
  return {
    date: isIsoDate(date) ? date : null,
    tileUrl: params.get('tiles') === 'none' ? null : env.tileUrl || DEFAULT_TILE_URL,
    exposeMap: env.dev || params.has('debug'),
  };
}

/** The current URL with `date` set, for history.replaceState. */
export function urlWithDate(href: string, date: IsoDate): string {
  const url = new URL(href);
  url.searchParams.set('date', date);
  return url.toString();
}
