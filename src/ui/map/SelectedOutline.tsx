import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { DistrictCollection } from '../../types.ts';
import { SELECTED_OUTLINE } from '../lib/districtStyle.ts';

const PANE = 'selection';

/** The selected district's outline, drawn above the front line so it is never hidden under it. */
export function SelectedOutline({ districts, selected }: { districts: DistrictCollection; selected: string | null }) {
  const map = useMap();
  useEffect(
    function outlineSelected() {
      if (!map.getPane(PANE)) {
        const pane = map.createPane(PANE);
        pane.style.zIndex = '455';
        pane.style.pointerEvents = 'none';
      }
      const feature = selected ? districts.features.find((f) => f.properties.id === selected) : undefined;
      if (!feature) return;
      const renderer = L.svg({ pane: PANE, padding: 0.1 });
      const line = (color: string, weight: number): L.PathOptions => ({ color, weight, fill: false, interactive: false, renderer, pane: PANE });
      const casing = L.geoJSON(feature, { style: () => line('#ffffff', SELECTED_OUTLINE.weight + 3), pane: PANE }).addTo(map);
      const outline = L.geoJSON(feature, { style: () => line(SELECTED_OUTLINE.color, SELECTED_OUTLINE.weight), pane: PANE }).addTo(map);
      return function removeOutline() {
        casing.remove();
        outline.remove();
      };
    },
    [map, districts, selected],
  );
  return null;
}
