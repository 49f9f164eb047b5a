import { TileLayer } from 'react-leaflet';

/** A transparent 1×1 GIF: a tile that fails to load shows the map background, not a broken image. */
const TRANSPARENT = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** Basemap tiles; `custom` marks a user's own tile server, credited as such. */
export function BaseTiles({ url, custom = false }: { url: string; custom?: boolean }) {
  return (
    <TileLayer
      key={url}
      url={url}
      attribution={custom ? 'Basemap: custom tile server' : OSM_ATTRIBUTION}
      crossOrigin
      errorTileUrl={TRANSPARENT}
      maxZoom={19}
    />
  );
}
