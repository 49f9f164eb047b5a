import L from 'leaflet';

/**
 * An SVG polyline that remembers, per set of coordinates, what Leaflet computed for it: the
 * projected rings for a zoom and pixel origin, and the path data for a view. The front's casing
 * and line share their coordinates, and scrubbing revisits days: each day's front is projected
 * and written out once per view, not twice per step. Leaflet 1.9's `_project`, `_update`,
 * `_rings`, `_rawPxBounds`, `_updateBounds`, `_renderer._bounds`, `_renderer._setPath` and
 * `_path` are private (stable since 1.0).
 */

interface Internals {
  _map: L.Map | null;
  /** The coordinates as given (what is remembered by), and as Leaflet keeps them. */
  _given: L.LatLng[][];
  _latlngs: L.LatLng[][];
  _bounds: L.LatLngBounds;
  _rings: L.Point[][];
  _rawPxBounds?: L.Bounds;
  _path?: SVGPathElement;
  _renderer: { _bounds: L.Bounds; _setPath(layer: unknown, d: string): void };
  _updateBounds(): void;
}

interface Remembered {
  latlngs: L.LatLng[][];
  bounds: L.LatLngBounds;
  /** Zoom and pixel origin the rings were projected for. */
  projection: string;
  rings: L.Point[][];
  rawPxBounds?: L.Bounds;
  /** The renderer's bounds the path data was clipped to, and the data. */
  view: string;
  d: string | null;
}

const remembered = new WeakMap<L.LatLng[][], Remembered>();

const base = L.Polyline.prototype as unknown as {
  _setLatLngs(this: unknown, latlngs: L.LatLng[][]): void;
  _project(this: unknown): void;
  _update(this: unknown): void;
};

const boundsKey = (b: L.Bounds) => `${b.min!.x},${b.min!.y},${b.max!.x},${b.max!.y}`;

export const FrontPath = L.Polyline.extend({
  _setLatLngs(this: Internals, latlngs: L.LatLng[][]) {
    this._given = latlngs;
    const known = remembered.get(latlngs);
    if (known) {
      this._latlngs = known.latlngs;
      this._bounds = known.bounds;
      return;
    }
    base._setLatLngs.call(this, latlngs);
    remembered.set(latlngs, { latlngs: this._latlngs, bounds: this._bounds, projection: '', rings: [], view: '', d: null });
  },

  _project(this: Internals) {
    const map = this._map!;
    const origin = map.getPixelOrigin();
    const projection = `${map.getZoom()}|${origin.x},${origin.y}`;
    const known = remembered.get(this._given);
    if (known?.projection === projection) {
      this._rings = known.rings;
      if (known.rawPxBounds) {
        this._rawPxBounds = known.rawPxBounds;
        this._updateBounds();
      }
      return;
    }
    base._project.call(this);
    if (known) Object.assign(known, { projection, rings: this._rings, rawPxBounds: this._rawPxBounds, view: '', d: null });
  },

  _update(this: Internals) {
    if (!this._map) return;
    const known = remembered.get(this._given);
    const view = boundsKey(this._renderer._bounds);
    if (known && known.d !== null && known.view === view) {
      this._renderer._setPath(this, known.d);
      return;
    }
    base._update.call(this);
    if (known?.projection && this._path) {
      known.view = view;
      known.d = this._path.getAttribute('d') ?? '';
    }
  },
}) as unknown as new (
  latlngs: L.LatLng[][],
  options?: L.PolylineOptions,
) => L.Polyline;
