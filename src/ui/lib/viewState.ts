import type { IsoDate, TimelineMode } from '../../types.ts';

/** The map layers a user can switch on and off. */
export const LAYER_KEYS = ['fill', 'front', 'labels', 'changes'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
export type Layers = Record<LayerKey, boolean>;

export type LabelLang = 'en' | 'ar';

/** The basemap: none, OpenStreetMap (or the build's own tile server), or a tile URL template. */
/** A template read from a link is `pending` until the reader agrees to load tiles from its host. */
export type Basemap = { kind: 'none' } | { kind: 'osm' } | { kind: 'custom'; url: string; pending?: boolean };

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

/** Everything a shared link restores. */
export interface ViewState {
  /** The shown day; null: the first day of the timeline. */
  date: IsoDate | null;
  /** The map's centre and zoom; null: fit the districts. */
  view: MapView | null;
  /** The selected district id, if any. */
  district: string | null;
  layers: Layers;
  labelLang: LabelLang;
  mode: TimelineMode;
  basemap: Basemap;
}

export const DEFAULT_LAYERS: Layers = { fill: true, front: true, labels: true, changes: true };

export const DEFAULT_VIEW_STATE: ViewState = {
  date: null,
  view: null,
  district: null,
  layers: DEFAULT_LAYERS,
  labelLang: 'en',
  mode: 'now',
  basemap: { kind: 'osm' },
};

export function sameView(a: MapView | null, b: MapView | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.lat - b.lat) < 1e-5 && Math.abs(a.lng - b.lng) < 1e-5 && Math.abs(a.zoom - b.zoom) < 1e-3;
}

export function sameBasemap(a: Basemap, b: Basemap): boolean {
  if (a.kind !== 'custom' || b.kind !== 'custom') return a.kind === b.kind;
  return a.url === b.url && !!a.pending === !!b.pending;
}

/** True when two states would write the same address. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return (
    a.date === b.date &&
    sameView(a.view, b.view) &&
    a.district === b.district &&
    LAYER_KEYS.every((k) => a.layers[k] === b.layers[k]) &&
    a.labelLang === b.labelLang &&
    a.mode === b.mode &&
    sameBasemap(a.basemap, b.basemap)
  );
}
