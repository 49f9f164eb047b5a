import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type L from 'leaflet';

declare global {
  interface Window {
    __map?: L.Map;
  }
}

/** Puts the Leaflet map on `window.__map`, so browser tests can project coordinates to pixels. */
export function ExposeMap() {
  const map = useMap();
  useEffect(
    function exposeMap() {
      window.__map = map;
      return function hideMap() {
        if (window.__map === map) delete window.__map;
      };
    },
    [map],
  );
  return null;
}
