import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { MultiLineString } from 'geojson';
import { FRONTLINE } from '../../look/palette.ts';
import { flushCanvas } from './flushCanvas.ts';

const PANE = 'frontline';
/** Below this map width (CSS px) the front is drawn at 60 % of its weight. */
export const SMALL_MAP_PX = 600;

interface Front {
  casing: L.GeoJSON;
  line: L.GeoJSON;
  renderer: L.Renderer;
}

/**
 * The day's front: a dark line on a light casing, in a pane of its own above the districts, so
 * a new day does not repaint the district canvas. Mounted once; each day replaces its data.
 */
export function FrontlineLayer({ front, visible }: { front: MultiLineString; visible: boolean }) {
  const map = useMap();
  const layers = useRef<Front | null>(null);

  useEffect(
    function mountFront() {
      if (!map.getPane(PANE)) {
        const pane = map.createPane(PANE);
        pane.style.zIndex = '450';
        pane.style.pointerEvents = 'none'; // its canvas must not take the districts' clicks and hovers
      }
      // SVG: two paths a day, painted off the main thread; a second canvas would cost a full
      // bitmap upload on every step.
      const renderer = L.svg({ pane: PANE, padding: 0.1 });
      const style = (color: string, weight: number, opacity: number): L.PathOptions => ({
        color,
        weight,
        opacity,
        lineCap: 'round',
        lineJoin: 'round',
        interactive: false,
        renderer,
        pane: PANE,
      });
      // A thinner front on a small map (a phone), where the full weight would hide the districts along it.
      const thin = () => map.getSize().x < SMALL_MAP_PX;
      const casing = L.geoJSON(undefined, {
        style: () => style(FRONTLINE.casing, thin() ? FRONTLINE.casingWeight * 0.6 : FRONTLINE.casingWeight, 0.85),
        pane: PANE,
      }).addTo(map);
      const line = L.geoJSON(undefined, { style: () => style(FRONTLINE.color, thin() ? FRONTLINE.weight * 0.6 : FRONTLINE.weight, 1), pane: PANE }).addTo(map);
      layers.current = { casing, line, renderer };
      return function unmountFront() {
        casing.remove();
        line.remove();
        layers.current = null;
      };
    },
    [map],
  );

  useEffect(
    function drawFront() {
      const f = layers.current;
      if (!f) return;
      f.casing.clearLayers();
      f.line.clearLayers();
      if (visible && front.coordinates.length > 0) {
        f.casing.addData(front);
        f.line.addData(front);
      }
      flushCanvas(f.renderer);
    },
    [front, visible, map],
  );

  return null;
}
