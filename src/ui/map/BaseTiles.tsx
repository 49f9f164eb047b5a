import { TileLayer } from 'react-leaflet';

/** A transparent 1×1 GIF: a tile that fails to load shows the map background, not a broken image. */
const TRANSPARENT = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

export function BaseTiles({ url }: { url: string }) {
  return (
    <TileLayer
      url={url}
      attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
      crossOrigin
      errorTileUrl={TRANSPARENT}
      maxZoom={19}
    />
  );
}
