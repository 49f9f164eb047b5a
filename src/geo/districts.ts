import * as turf from '@turf/turf';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { Place } from '../types.ts';
import type { DistrictCollection, DistrictProps } from '../types.ts';
import { roundGeometry } from './round.ts';
import { voronoiCells, type Site, type Cell } from './voronoi.ts';
import type { Outline } from './outline.ts';

/** A hand-placed extra generator point for a district (geo/anchors.csv). */
export interface Anchor {
  id: string;
  lat: number;
  lon: number;
  note: string;
}

/** The neighbourhoods that get a polygon: kind neighbourhood with a point. */
export const placedDistricts = (places: Place[]): Place[] =>
  places.filter((p) => p.kind === 'neighbourhood' && p.point !== null);

function mergeCells(cells: Cell[]): Polygon | MultiPolygon {
  if (cells.length === 1) return cells[0]!.geometry;
  const merged = turf.union(turf.featureCollection(cells));
  if (!merged) throw new Error(`mergeCells: union of ${cells[0]?.properties.id} is empty`);
  return merged.geometry;
}

/**
 * One polygon per placed neighbourhood: the Voronoi cells of its point and of its anchors,
 * clipped to the outline and merged. Ids sorted, coordinates rounded to 1e-7°, outer rings
 * counter-clockwise (RFC 7946 right-hand rule).
 */
export function buildDistricts(places: Place[], outline: Outline, anchors: Anchor[] = []): DistrictCollection {
  const districts = placedDistricts(places).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sites: Site[] = [
    ...districts.map((p) => ({ id: p.id, lat: p.point!.lat, lon: p.point!.lon })),
    ...anchors.map((a) => ({ id: a.id, lat: a.lat, lon: a.lon })),
  ];
  const cells = voronoiCells(sites, outline);
  const features = districts.map((p): Feature<Polygon | MultiPolygon, DistrictProps> => {
    const own = cells.filter((c) => c.properties.id === p.id);
    if (own.length === 0) throw new Error(`buildDistricts: ${p.id} has no cell inside the outline`);
    const geometry = (turf.rewind(turf.feature(roundGeometry(mergeCells(own))), { reverse: false }) as Feature<Polygon | MultiPolygon>).geometry;
    return { type: 'Feature', properties: { id: p.id, name_en: p.name_en, name_ar: p.name_ar }, geometry };
  });
  return { type: 'FeatureCollection', features };
}
