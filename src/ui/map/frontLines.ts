import L from 'leaflet';
import type { MultiLineString } from 'geojson';
import { DISPLAY_TOLERANCE_M, simplifyArc } from '../../geo/simplify.ts';

export interface FrontLines {
  latLngs: L.LatLng[][];
  /** The coordinates as text: equal for two days whose fronts are the same line. */
  key: string;
}

/**
 * A day's front as the map draws it: each line simplified like the border it lies on
 * (DISPLAY_TOLERANCE_M, about half the points to project and draw) and as Leaflet coordinates.
 * Made once per line (about a millisecond for a day of the city; days are revisited while
 * scrubbing, and prepared ahead while the browser is idle).
 */
const made = new WeakMap<MultiLineString, FrontLines>();
export function frontLines(front: MultiLineString): FrontLines {
  let c = made.get(front);
  if (!c) {
    const lines = front.coordinates.map((line) => simplifyArc(line, DISPLAY_TOLERANCE_M));
    made.set(front, (c = { latLngs: L.GeoJSON.coordsToLatLngs(lines, 1) as L.LatLng[][], key: JSON.stringify(lines) }));
  }
  return c;
}
