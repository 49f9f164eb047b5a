import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import type { ControlState, IsoDate, PlaceId } from '../types.ts';
import type { DistrictTopology } from './topology.ts';
import { frontline, territory } from './frontline.ts';

export type DayFeature =
  | Feature<MultiPolygon, { kind: 'territory'; date: IsoDate; controller: ControlState; districts: PlaceId[] }>
  | Feature<MultiLineString, { kind: 'frontline'; date: IsoDate }>;

export type DayCollection = FeatureCollection<DayFeature['geometry'], DayFeature['properties']>;

const ORDER: ControlState[] = ['government', 'opposition', 'kurdish', 'contested', 'unknown'];

/**
 * One day as GeoJSON (RFC 7946): each controller's territory (its districts merged, exterior rings
 * counter-clockwise) and the front line between them.
 */
export function dayCollection(topo: DistrictTopology, date: IsoDate, control: Record<PlaceId, ControlState>): DayCollection {
  const features: DayFeature[] = [];
  for (const controller of ORDER) {
    const districts = Object.keys(control)
      .filter((id) => control[id] === controller)
      .sort();
    if (districts.length === 0) continue;
    const merged = territory(topo, control, controller);
    if (merged.coordinates.length === 0) continue;
    const geometry = (turf.rewind(turf.feature(merged), { reverse: false }) as Feature<MultiPolygon>).geometry;
    features.push({ type: 'Feature', properties: { kind: 'territory', date, controller, districts }, geometry });
  }
  features.push({ type: 'Feature', properties: { kind: 'frontline', date }, geometry: frontline(topo, control) });
  return { type: 'FeatureCollection', features };
}
