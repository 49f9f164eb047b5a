import { area, pointOnFeature } from '@turf/turf';
import type { DistrictCollection } from '../types.ts';
import type { PlaceEntry } from '../types.ts';

export interface LabelPoint {
  id: string;
  lat: number;
  lng: number;
  name_en: string;
  name_ar: string;
  /** m², to place the labels of big districts first. */
  area: number;
}

/** Where each district's name goes: its gazetteer point when it has one, else a point inside it. */
export function labelPoints(districts: DistrictCollection, places: readonly PlaceEntry[] | null | undefined): LabelPoint[] {
  const points = new Map((places ?? []).filter((p) => p.point && p.kind === 'neighbourhood').map((p) => [p.id, p.point!]));
  return districts.features.map((f) => {
    const own = points.get(f.properties.id);
    const [lng, lat] = own ? [own.lon, own.lat] : (pointOnFeature(f).geometry.coordinates as [number, number]);
    return { id: f.properties.id, lat, lng, name_en: f.properties.name_en, name_ar: f.properties.name_ar, area: area(f) };
  });
}
