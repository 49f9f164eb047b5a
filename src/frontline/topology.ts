import { topology } from 'topojson-server';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { roundGeometry } from '../geometry/round.ts';

import type { DistrictCollection, DistrictProps } from '../types.ts';

export type { DistrictCollection, DistrictProps } from '../types.ts';
export type DistrictTopology = Topology<{ districts: GeometryCollection<DistrictProps> }>;

/**
 * Builds the district topology once. Coordinates are rounded to 1e-7° first (as geo/
 * writes them) so that borders computed separately for two neighbours meet exactly and
 * become shared arcs, even for shapes a user supplies.
 */
export function buildTopology(districts: DistrictCollection): DistrictTopology {
  const rounded: DistrictCollection = {
    type: 'FeatureCollection',
    features: districts.features.map((f) => ({ ...f, geometry: roundGeometry(f.geometry) })),
  };
  return topology({ districts: rounded }) as unknown as DistrictTopology;
}
