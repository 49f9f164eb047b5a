import { isIsoDate } from '../../calendar.ts';
import { DEFAULT_VIEW_STATE, LAYER_KEYS, type Basemap, type LayerKey, type Layers, type MapView, type ViewState } from './viewState.ts';

// The address of a view: ?date=2016-12-06&view=36.2091,37.1854,14.25&district=al-shaar
//   &layers=fill,front,labels,changes&labels=ar&mode=then&tiles=none|osm|<template>
// Parameters it does not know (debug, data) are kept as they are.

const DISTRICT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function readView(value: string | null): MapView | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lat, lng, zoom] = parts as [number, number, number];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || zoom < 0 || zoom > 22) return null;
  return { lat, lng, zoom };
}

function readLayers(value: string | null): Layers {
  if (value === null) return DEFAULT_VIEW_STATE.layers;
  const on = new Set(value.split(',').map((s) => s.trim()));
  return Object.fromEntries(LAYER_KEYS.map((k) => [k, on.has(k)])) as Layers;
}

/** A tile URL template a link may carry: http(s), with {z}, {x} and {y}. */
export function isTileTemplate(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url) && ['{z}', '{x}', '{y}'].every((p) => url.includes(p));
}

/** A template from a link is only offered: tiles come from it once the reader says yes (TilesPrompt). */
function readBasemap(value: string | null): Basemap {
  if (value === 'none') return { kind: 'none' };
  if (value && value !== 'osm' && isTileTemplate(value)) return { kind: 'custom', url: value, pending: true };
  return { kind: 'osm' };
}

/** The view a query string asks for; anything malformed falls back to the default. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const date = params.get('date');
  const district = params.get('district');
  const mode = params.get('mode');
  return {
    date: isIsoDate(date) ? date : null,
    view: readView(params.get('view')),
    district: district && DISTRICT_ID.test(district) ? district : null,
    layers: readLayers(params.get('layers')),
    labelLang: params.get('labels') === 'ar' ? 'ar' : 'en',
    mode: mode === 'then' ? 'then' : 'now',
    basemap: readBasemap(params.get('tiles')),
  };
}

const fixed = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** `href` with the view written into its query; other parameters are kept. */
export function writeViewState(href: string, state: ViewState): string {
  const url = new URL(href);
  const p = url.searchParams;
  const set = (key: string, value: string | null) => (value === null ? p.delete(key) : p.set(key, value));
  set('date', state.date);
  set('view', state.view ? [fixed(state.view.lat, 5), fixed(state.view.lng, 5), fixed(state.view.zoom, 2)].join(',') : null);
  set('district', state.district);
  set('layers', LAYER_KEYS.filter((k: LayerKey) => state.layers[k]).join(','));
  set('labels', state.labelLang);
  set('mode', state.mode);
  set('tiles', state.basemap.kind === 'custom' ? state.basemap.url : state.basemap.kind);
  // URLSearchParams encodes {} and commas; keep the address readable where it is safe.
  url.search = p.toString().replace(/%2C/g, ',').replace(/%7B/g, '{').replace(/%7D/g, '}');
  return url.toString();
}
