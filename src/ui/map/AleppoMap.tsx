import { useMemo } from 'react';
import L from 'leaflet';
import { MapContainer } from 'react-leaflet';
import type { DistrictCollection } from '../../frontline/topology.ts';
import type { ControlState, IsoDate } from '../../types.ts';
import { useFrontline } from '../hooks/useFrontline.ts';
import { BaseTiles } from './BaseTiles.tsx';
import { DistrictLayer } from './DistrictLayer.tsx';
import { FrontlineLayer } from './FrontlineLayer.tsx';
import { ExposeMap } from './ExposeMap.tsx';

export interface AleppoMapProps {
  districts: DistrictCollection;
  control: Record<string, ControlState>;
  date: IsoDate;
  /** Tile URL template; null draws no basemap. */
  tileUrl: string | null;
  /** Vector renderer; canvas by default, `L.svg()` where there is no canvas (jsdom). */
  renderer?: L.Renderer;
  exposeMap?: boolean;
}

export function AleppoMap({ districts, control, date, tileUrl, renderer, exposeMap = false }: AleppoMapProps) {
  const bounds = useMemo(() => L.geoJSON(districts).getBounds(), [districts]);
  const front = useFrontline(districts, control);
  const mapRenderer = useMemo(() => renderer ?? L.canvas({ padding: 0.5 }), [renderer]);

  return (
    <MapContainer
      className="map"
      bounds={bounds}
      boundsOptions={{ padding: [12, 12] }}
      minZoom={10}
      maxZoom={18}
      zoomSnap={0.25}
      renderer={mapRenderer}
    >
      {tileUrl && <BaseTiles url={tileUrl} />}
      <DistrictLayer districts={districts} control={control} />
      <FrontlineLayer key={date} front={front} />
      {exposeMap && <ExposeMap />}
    </MapContainer>
  );
}
