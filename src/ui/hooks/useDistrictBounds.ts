import { useMemo } from 'react';
import L from 'leaflet';
import type { DistrictCollection } from '../../types.ts';

/** The bounds of one or more districts, to fly to. */
export function useDistrictBounds(districts: DistrictCollection) {
  return useMemo(() => {
    const byId = new Map(districts.features.map((f) => [f.properties.id, f]));
    return (ids: readonly string[]): L.LatLngBounds | null => {
      const features = ids.map((id) => byId.get(id)).filter((f) => f !== undefined);
      return features.length ? L.geoJSON({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection).getBounds() : null;
    };
  }, [districts]);
}
