import { useCallback, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type L from 'leaflet';
import type { Feature } from 'geojson';
import type { DistrictCollection, DistrictProps } from '../../frontline/topology.ts';
import type { ControlState } from '../../types.ts';
import { controllerOf, districtStyle, useDistrictStyle } from '../hooks/useDistrictStyle.ts';
import { sideOf } from '../lib/palette.ts';

type Control = Record<string, ControlState>;

/** Tooltip content: Arabic name (right to left), English name, and who holds it on the shown day. */
function tooltipFor(props: DistrictProps, state: ControlState): HTMLElement {
  const box = document.createElement('div');
  box.className = 'district-tooltip';
  const ar = box.appendChild(document.createElement('div'));
  ar.className = 'district-tooltip__ar';
  ar.dir = 'rtl';
  ar.lang = 'ar';
  ar.textContent = props.name_ar;
  const en = box.appendChild(document.createElement('div'));
  en.className = 'district-tooltip__en';
  en.textContent = props.name_en;
  const side = box.appendChild(document.createElement('div'));
  side.className = 'district-tooltip__side';
  side.textContent = sideOf(state).en;
  return box;
}

const OUTLINE = { color: '#1b1b1b', weight: 2.5 };
const NO_OUTLINE = { color: districtStyle('unknown').color, weight: districtStyle('unknown').weight };
// Hover outlines a district: only its border changes; the fill stays the day's.
const outlineDistrict = (event: L.LeafletMouseEvent) => (event.target as L.Path).setStyle(OUTLINE);
const unoutlineDistrict = (event: L.LeafletMouseEvent) => (event.target as L.Path).setStyle(NO_OUTLINE);

/** The district polygons, mounted once; the day's control only restyles them. */
export function DistrictLayer({ districts, control }: { districts: DistrictCollection; control: Control }) {
  const layer = useRef<L.GeoJSON>(null);
  const currentControl = useDistrictStyle(layer, control);
  // Stable, so react-leaflet never restyles on its own; the hook restyles when the day changes.
  const initialStyle = useCallback(
    (feature?: Feature) => districtStyle(controllerOf(currentControl.current, (feature?.properties as DistrictProps).id)),
    [currentControl],
  );

  return (
    <GeoJSON
      ref={layer}
      data={districts}
      style={initialStyle}
      onEachFeature={(feature, featureLayer) => {
        const props = feature.properties as DistrictProps;
        featureLayer.bindTooltip(() => tooltipFor(props, controllerOf(currentControl.current, props.id)), {
          sticky: true,
          direction: 'top',
          offset: [0, -8],
        });
        featureLayer.on({ mouseover: outlineDistrict, mouseout: unoutlineDistrict });
      }}
    />
  );
}
