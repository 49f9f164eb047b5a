import type { IsoDate } from '../../types.ts';
import { isIsoDate } from '../../calendar.ts';
import { readViewState } from './permalink.ts';
import type { ViewState } from './viewState.ts';

export const DEFAULT_TILE_URL = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface UrlOptions {
  /** `?date=YYYY-MM-DD`, if well-formed. */
  date: IsoDate | null;
  /** Tile URL template, or null for no basemap (`?tiles=none`). */
  tileUrl: string | null;
  /** Expose the Leaflet map as `window.__map` (dev builds, or `?debug`). */
  exposeMap: boolean;
  /** The default basemap's URL template (OpenStreetMap, or the build's VITE_TILE_URL). */
  baseTileUrl?: string;
  /** Everything else the address holds (view, district, layers, mode, basemap). */
  view?: ViewState;
  /** `?data=sub/dir/`: load data/ from there instead (same origin only), e.g. a synthetic data set. */
  dataPath?: string | null;
}

/** A relative path of plain segments (no scheme, no `..`, no leading slash), ending in `/`. */
function readDataPath(value: string | null): string | null {
  if (!value || !/^([A-Za-z0-9_-]+\/)+$/.test(value)) return null;
  return value;
}

export function readUrlOptions(search: string, env: { tileUrl?: string; dev: boolean }): UrlOptions {
  const params = new URLSearchParams(search);
  const date = params.get('date');
  return {
    date: isIsoDate(date) ? date : null,
    tileUrl: params.get('tiles') === 'none' ? null : env.tileUrl || DEFAULT_TILE_URL,
    exposeMap: env.dev || params.has('debug'),
    baseTileUrl: env.tileUrl || DEFAULT_TILE_URL,
    view: readViewState(search),
    dataPath: readDataPath(params.get('data')),
  };
}

/** The current URL with `date` set, for history.replaceState. */
export function urlWithDate(href: string, date: IsoDate): string {
  const url = new URL(href);
  url.searchParams.set('date', date);
  return url.toString();
}
