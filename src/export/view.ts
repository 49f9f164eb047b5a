import { unworld0, world0, type LonLat } from './mercator.ts';

/** A geographic box: west, south, east, north in degrees. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** What the map shows: its centre and (fractional) zoom, as Leaflet's map.getCenter()/getZoom(). */
export interface MapView {
  center: LonLat;
  zoom: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The view that fits `bounds` inside a box of `width` × `height` pixels, with `padding` on each side. */
export function fitBounds(bounds: Bounds, width: number, height: number, padding = 0): MapView {
  const a = world0({ lon: bounds.west, lat: bounds.north });
  const b = world0({ lon: bounds.east, lat: bounds.south });
  const dx = Math.max(b.x - a.x, 1e-9);
  const dy = Math.max(b.y - a.y, 1e-9);
  const w = Math.max(width - 2 * padding, 1);
  const h = Math.max(height - 2 * padding, 1);
  const zoom = Math.log2(Math.min(w / dx, h / dy));
  return { center: unworld0((a.x + b.x) / 2, (a.y + b.y) / 2), zoom };
}

/** The geographic box a view shows in a box of `width` × `height` pixels. */
export function boundsOf(view: MapView, width: number, height: number): Bounds {
  const k = 2 ** view.zoom;
  const c = world0(view.center);
  const nw = unworld0(c.x - width / 2 / k, c.y - height / 2 / k);
  const se = unworld0(c.x + width / 2 / k, c.y + height / 2 / k);
  return { west: nw.lon, north: nw.lat, east: se.lon, south: se.lat };
}

export type Project = (p: LonLat) => { x: number; y: number };

/** Longitude/latitude → pixels inside `rect`, with the view's centre at the rect's centre. */
export function projection(view: MapView, rect: Rect): Project {
  const k = 2 ** view.zoom;
  const c = world0(view.center);
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return (p) => {
    const w = world0(p);
    return { x: cx + (w.x - c.x) * k, y: cy + (w.y - c.y) * k };
  };
}
