// Web Mercator (EPSG:3857) the way Leaflet places it: at zoom z the world is 256·2^z pixels
// square, x grows east, y grows south. Fractional zooms are allowed (Leaflet's zoomSnap 0.25).

export interface LonLat {
  lon: number;
  lat: number;
}

/** Leaflet clamps latitude here (the square world). */
const MAX_LAT = 85.0511287798;

/** A point in world pixels at zoom 0 (0…256 on both axes). */
export function world0(p: LonLat): { x: number; y: number } {
  const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, p.lat));
  const s = Math.sin((lat * Math.PI) / 180);
  return {
    x: 256 * (0.5 + p.lon / 360),
    y: 256 * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)),
  };
}

/** The inverse of world0. */
export function unworld0(x: number, y: number): LonLat {
  const lon = (x / 256 - 0.5) * 360;
  const n = Math.PI - (2 * Math.PI * y) / 256;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return { lon, lat };
}

/** Ground metres per map pixel at a latitude and zoom (the equator is 40 075 016.686 m round). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);
}
