import { useEffect, useRef, useState } from 'react';
import { TileLayer, useMap } from 'react-leaflet';

/** A transparent 1×1 GIF: a tile that fails to load shows the map background, not a broken image. */
const TRANSPARENT = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
/** How long the map waits for a first tile before it keeps the plain map (offline, or a dead server). */
export const FIRST_TILE_MS = 1500;

export type BasemapStatus = 'loading' | 'loaded' | 'failed';

/**
 * Basemap tiles; `custom` marks a user's own tile server, credited as such. The provider is
 * credited only once one of its tiles has loaded; when none has within FIRST_TILE_MS, the tile
 * layer is taken off and the map stays plain (offline it never asks again).
 */
export function BaseTiles({ url, custom = false }: { url: string; custom?: boolean }) {
  return <ProbedTiles key={url} url={url} custom={custom} />;
}

function ProbedTiles({ url, custom }: { url: string; custom: boolean }) {
  const map = useMap();
  const [status, setStatus] = useState<BasemapStatus>('loading');
  const credited = useRef<string | null>(null);
  const attribution = custom ? 'Basemap: custom tile server' : OSM_ATTRIBUTION;

  useEffect(
    function giveUpWithoutTiles() {
      const container = map.getContainer();
      container.dataset.basemap = 'loading';
      const timer = setTimeout(() => setStatus((s) => (s === 'loading' ? 'failed' : s)), FIRST_TILE_MS);
      return function stopWaiting() {
        clearTimeout(timer);
        if (credited.current) map.attributionControl?.removeAttribution(credited.current);
        credited.current = null;
        delete container.dataset.basemap;
      };
    },
    [map],
  );

  useEffect(
    function showStatus() {
      map.getContainer().dataset.basemap = status;
      if (status === 'loaded' && !credited.current) {
        map.attributionControl?.addAttribution(attribution);
        credited.current = attribution;
      }
    },
    [map, status, attribution],
  );

  if (status === 'failed') return null;
  return (
    <TileLayer
      url={url}
      crossOrigin
      errorTileUrl={TRANSPARENT}
      maxZoom={19}
      // A failed tile is replaced by the transparent one, whose load fires `tileload` too: not a tile of the provider.
      eventHandlers={{ tileload: (e) => (e.tile as HTMLImageElement).getAttribute('src') !== TRANSPARENT && setStatus('loaded') }}
    />
  );
}
