import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { sameView, type MapView } from '../lib/viewState.ts';

/** Reports the map's view after each move, and moves the map when the view is set from outside (back/forward). */
export function ViewSync({ view, onView }: { view: MapView | null; onView: (view: MapView) => void }) {
  const map = useMap();
  const report = useRef(onView);
  report.current = onView;

  useMapEvents({
    moveend() {
      const c = map.getCenter();
      report.current({ lat: c.lat, lng: c.lng, zoom: map.getZoom() });
    },
  });

  useEffect(
    function followView() {
      if (!view) return;
      const c = map.getCenter();
      if (!sameView(view, { lat: c.lat, lng: c.lng, zoom: map.getZoom() })) map.setView([view.lat, view.lng], view.zoom, { animate: false });
    },
    [map, view],
  );
  return null;
}
