import { topology } from 'topojson-server';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';

export type DistrictProps = { id: string; name_en: string; name_ar: string };
export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
export type DistrictTopology = Topology<{ districts: GeometryCollection<DistrictProps> }>;

const PRECISION = 1e7;
const round = (p: Position): Position => p.map((v) => Math.round(v * PRECISION) / PRECISION);

function roundGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(round)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(round))) };
}

/**
 * Builds the district topology once. Coordinates are rounded to 1e-7° first so that
 * borders computed separately for two neighbours meet exactly and become shared arcs.
 */
export function buildTopology(districts: DistrictCollection): DistrictTopology {
  const rounded: DistrictCollection = {
    type: 'FeatureCollection',
    features: districts.features.map((f) => ({ ...f, geometry: roundGeometry(f.geometry) })),
  };
  return topology({ districts: rounded }) as unknown as DistrictTopology;
}
