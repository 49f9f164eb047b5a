import { useCallback, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type L from 'leaflet';
import type { Feature } from 'geojson';
import type { DistrictCollection, DistrictProps } from '../../frontline/topology.ts';
import type { ControlState } from '../../types.ts';
import { useDistrictStyle } from '../hooks/useDistrictStyle.ts';
import { controllerOf, districtStyle } from '../lib/districtStyle.ts';
import { outlineDistrict, tooltipFor, unoutlineDistrict } from '../lib/districtInteraction.ts';

type Control = Record<string, ControlState>;

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
