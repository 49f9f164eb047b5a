import type { Polygon, MultiPolygon, Position } from 'geojson';
import { toPlane, METRES_PER_UNIT as M } from '../project.ts';

/** A point of the local plane in metres (src/geo/project.ts, scaled). */
export type XY = [number, number];

export const toMetres = (p: Position): XY => {
  const [x, y] = toPlane(p);
  return [x! * M, y! * M];
};

/** A polygon or multipolygon's rings, in metres: polygons, each its outer ring then its holes. */
export const polysInMetres = (g: Polygon | MultiPolygon): XY[][][] =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => poly.map((ring) => ring.map(toMetres)));

/** A closed ring's signed area (shoelace): positive when counter-clockwise. */
export function signedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return s / 2;
}
