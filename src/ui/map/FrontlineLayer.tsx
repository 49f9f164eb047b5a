import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { MultiLineString } from 'geojson';
import { FRONTLINE } from '../../look/palette.ts';
import { FrontPath } from './frontPath.ts';
import { frontLines } from './frontLines.ts';

const PANE = 'frontline';
/** Below this map width (CSS px) the front is drawn at 60 % of its weight. */
export const SMALL_MAP_PX = 600;

interface Front {
  casing: L.Polyline;
  line: L.Polyline;
  /** The key of the line the paths show (null: none shown). */
  shown: string | null;
}

/**
 * The day's front: a dark line on a light casing, in a pane of its own above the districts, so
 * a new day does not repaint the district canvas. Mounted once, as two SVG paths: each day sets
 * their coordinates (the paths stay in the page; only their outline changes).
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
      const style = (color: string, weight: number, opacity: number): L.PolylineOptions => ({
        color,
        weight,
        opacity,
        lineCap: 'round',
        lineJoin: 'round',
        interactive: false,
        renderer,
        pane: PANE,
      });
      // Casing and line share each day's coordinates: projected and written out once (FrontPath).
      const casing = new FrontPath([], style(FRONTLINE.casing, FRONTLINE.casingWeight, 0.85));
      const line = new FrontPath([], style(FRONTLINE.color, FRONTLINE.weight, 1));
      // A thinner front on a small map (a phone), where the full weight would hide the districts along it.
      function fitWeight() {
        const scale = map.getSize().x < SMALL_MAP_PX ? 0.6 : 1;
        casing.setStyle({ weight: FRONTLINE.casingWeight * scale });
        line.setStyle({ weight: FRONTLINE.weight * scale });
      }
      fitWeight();
      map.on('resize', fitWeight);
      layers.current = { casing, line, shown: null };
      return function unmountFront() {
        map.off('resize', fitWeight);
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
      if (!visible || front.coordinates.length === 0) {
        f.casing.remove();
        f.line.remove();
        f.shown = null;
        return;
      }
      const { latLngs, key } = frontLines(front);
      // Most days' front is the day before's: nothing to draw.
      if (key === f.shown) return;
      f.shown = key;
      for (const path of [f.casing, f.line]) {
        path.setLatLngs(latLngs);
        // Added in order (casing under line) the first time, and after the front was hidden.
        if (!map.hasLayer(path)) path.addTo(map);
      }
    },
    [front, visible, map],
  );

  return null;
}
