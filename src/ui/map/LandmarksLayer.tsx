import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Feature, Point } from 'geojson';
import type { LandmarkCollection, LandmarkProps } from '../../geo/landmarks.ts';
import type { LabelLang } from '../lib/viewState.ts';
import { flatMarker } from './flatMarker.ts';

const PANE = 'landmarks';

/**
 * The Citadel's polygon lies inside a district (CSR's own polygon for it is folded into al-A'ajam),
 * but it was held by the government throughout: it is drawn over in a neutral fill, so it never
 * takes the district's side. Other outlines are lines only.
 */
export const landmarkFill = (id: string | undefined) => (id === 'citadel-outline' ? { fill: true, fillColor: '#f4f1ea', fillOpacity: 0.9 } : { fill: false });

/** A landmark's marker: a small CSS symbol and its name, drawn as page elements (no tiles, no canvas). */
function markerFor(f: Feature<Point, LandmarkProps>, lang: LabelLang): L.Marker {
  const el = document.createElement('span');
  el.className = `landmark landmark--${f.properties.symbol}`;
  el.dataset.id = f.properties.id;
  const symbol = document.createElement('span');
  symbol.className = 'landmark__symbol';
  symbol.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.className = 'landmark__name';
  name.textContent = lang === 'ar' ? f.properties.name_ar : f.properties.name_en;
  if (lang === 'ar') {
    name.lang = 'ar';
    name.dir = 'rtl';
  }
  el.append(symbol, name);
  const [lon, lat] = f.geometry.coordinates as [number, number];
  return flatMarker([lat, lon], {
    icon: L.divIcon({ className: 'landmark__anchor', html: el, iconSize: undefined }),
    interactive: false,
    keyboard: false,
    pane: PANE,
  });
}

/**
 * City context with no tile server: the Old City's and the Citadel's outlines (dashed, in an SVG
 * renderer of their own, so a day's restyle of the district canvas never redraws them) and the
 * landmark symbols with their names, each from the zoom at which it fits.
 */
export function LandmarksLayer({ landmarks, lang, visible }: { landmarks: LandmarkCollection | null | undefined; lang: LabelLang; visible: boolean }) {
  const map = useMap();
  useEffect(
    function drawLandmarks() {
      if (!landmarks || !visible) return;
      if (!map.getPane(PANE)) {
        const pane = map.createPane(PANE);
        pane.style.zIndex = '455';
        pane.style.pointerEvents = 'none';
      }
      const outlines = L.geoJSON(
        { type: 'FeatureCollection', features: landmarks.features.filter((f) => f.properties.symbol === 'outline') } as never,
        // L.geoJSON hands its options to each path it makes, renderer included (the types omit it).
        {
          pane: PANE,
          renderer: L.svg({ pane: PANE }),
          interactive: false,
          style: (f) => ({ color: '#2b2b2b', weight: 1.6, opacity: 0.85, dashArray: '5 4', ...landmarkFill(f?.properties.id) }),
        } as L.GeoJSONOptions,
      ).addTo(map);
      const points = landmarks.features
        .filter((f): f is Feature<Point, LandmarkProps> => f.geometry.type === 'Point')
        .map((f) => ({ minZoom: f.properties.minZoom, marker: markerFor(f, lang) }));
      const group = L.layerGroup().addTo(map);
      function showWhatFits() {
        const zoom = map.getZoom();
        for (const p of points) {
          const on = zoom >= p.minZoom;
          if (on && !group.hasLayer(p.marker)) group.addLayer(p.marker);
          if (!on && group.hasLayer(p.marker)) group.removeLayer(p.marker);
        }
      }
      showWhatFits();
      map.on('zoomend', showWhatFits);
      return function removeLandmarks() {
        map.off('zoomend', showWhatFits);
        group.remove();
        outlines.remove();
      };
    },
    [map, landmarks, lang, visible],
  );
  return null;
}
