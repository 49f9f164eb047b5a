import type { Position } from 'geojson';

/**
 * A local equirectangular projection centred on Aleppo. In it one unit is one degree of
 * latitude on both axes, so perpendicular bisectors (Voronoi edges) are true to distance,
 * which they are not in raw lon/lat (a degree of longitude is only ~0.81 of a degree of
 * latitude here). The map is affine, so straight lines stay straight both ways.
 */
export const ORIGIN = { lat: 36.2, lon: 37.15 } as const;
const K = Math.cos((ORIGIN.lat * Math.PI) / 180);
/** Metres per unit of the plane (one degree of latitude). */
export const METRES_PER_UNIT = 110_574;

export const toPlane = ([lon, lat]: Position): Position => [(lon! - ORIGIN.lon) * K, lat! - ORIGIN.lat];
export const fromPlane = ([x, y]: Position): Position => [x! / K + ORIGIN.lon, y! + ORIGIN.lat];
