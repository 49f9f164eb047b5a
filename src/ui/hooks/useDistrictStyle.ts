import { useEffect, useRef, type RefObject } from 'react';
import type L from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import type { DistrictProps } from '../../frontline/topology.ts';
import type { ControlState } from '../../types.ts';
import { controllerOf, districtStyle } from '../lib/districtStyle.ts';

type Control = Record<string, ControlState>;
type DistrictFeature = Feature<Geometry, DistrictProps>;

/**
 * Restyles the mounted districts layer whenever the day's control changes (react-leaflet's
 * <GeoJSON> never re-reads `data`, so the layer stays mounted and only its style moves).
 * Returns a ref to the current control, for tooltips opened later.
 */
export function useDistrictStyle(layer: RefObject<L.GeoJSON | null>, control: Control): RefObject<Control> {
  const current = useRef(control);

  useEffect(
    function restyleDistricts() {
      current.current = control;
      const group = layer.current;
      if (!group) return;
      group.setStyle((feature) => districtStyle(controllerOf(control, (feature as DistrictFeature).properties.id)));
      group.eachLayer(function refreshOpenTooltip(l) {
        if (l.isTooltipOpen()) l.getTooltip()?.update();
      });
    },
    [layer, control],
  );

  return current;
}
