import { useCallback, useMemo, useRef } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type L from 'leaflet';
import type { Feature } from 'geojson';
import type { DistrictCollection, DistrictProps } from '../../types.ts';
import { idOfLayer, useDistrictStyle, type Restyle } from '../hooks/useDistrictStyle.ts';
import { lookStyle, type HatchPaint } from '../lib/districtStyle.ts';
import { tooltipFor, HOVER_OUTLINE } from '../lib/districtInteraction.ts';
import { hatchPaintFor } from './hatchPaint.ts';
import { drawsStipple } from './districtCanvas.ts';
import { dotsPattern } from './stippleDots.ts';
import { PLAIN_LOOK } from '../../look/districtLook.ts';

export interface DistrictLayerProps extends Restyle {
  districts: DistrictCollection;
  /** The boundary source, for the map's attribution. */
  credit: string;
  onSelect: (id: string) => void;
}

/** The district polygons, mounted once; the day, the selection and the layer switches restyle them. */
export function DistrictLayer({ districts, credit, onSelect, ...restyle }: DistrictLayerProps) {
  const map = useMap();
  const layer = useRef<L.GeoJSON>(null);
  const paint = useRef<HatchPaint | null>(null);
  const renderer = map.options.renderer ?? (map as unknown as { _renderer: L.Renderer })._renderer;
  paint.current ??= hatchPaintFor(renderer, map);
  // The dots of baseline-only districts, drawn with their fills where the renderer can (else StippleLayer draws them).
  const stipple = useRef<CanvasPattern | null | undefined>(undefined);
  if (stipple.current === undefined && drawsStipple(renderer)) stipple.current = dotsPattern();
  const current = useRef(restyle);
  current.current = restyle;
  const select = useRef(onSelect);
  select.current = onSelect;
  const styles = useDistrictStyle(layer, restyle, paint, stipple);

  // Stable, so react-leaflet never restyles on its own; useDistrictStyle restyles in place.
  const initialStyle = useCallback((feature?: Feature) => {
    const { looks, selected, fill, changes } = current.current;
    const id = (feature?.properties as DistrictProps).id;
    const look = looks.get(id) ?? PLAIN_LOOK;
    return lookStyle(look, { fill, changes, selected: id === selected, stipple: stipple.current }, paint.current!);
  }, []);

  const onEachFeature = useMemo(
    () =>
      function bindDistrict(feature: Feature, featureLayer: L.Layer) {
        const props = feature.properties as DistrictProps;
        featureLayer.bindTooltip(() => tooltipFor(props, current.current.looks.get(props.id)), {
          sticky: true,
          direction: 'top',
          offset: [0, -8],
        });
        featureLayer.on({
          mouseover: (e: L.LeafletMouseEvent) => (e.target as L.Path).setStyle(HOVER_OUTLINE),
          mouseout: (e: L.LeafletMouseEvent) => {
            const style = styles.styleOf(idOfLayer(e.target as L.Path));
            if (style) (e.target as L.Path).setStyle({ color: style.color, weight: style.weight, opacity: style.opacity });
          },
          click: () => select.current(props.id),
        });
      },
    [styles],
  );

  // The boundary source is credited in the map's attribution while the layer is on the map.
  return <GeoJSON ref={layer} data={districts} style={initialStyle} onEachFeature={onEachFeature} attribution={credit} />;
}
