import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { LabelLang } from '../lib/viewState.ts';
import type { LabelPoint } from '../lib/labelPoints.ts';
import { placeLabels } from '../lib/labelPlacement.ts';

const PANE = 'labels';

/**
 * District names on the map, in English or Arabic, in a pane above the front. Labels are plain
 * positioned elements centred by CSS (not Leaflet tooltips, which misplace right-to-left text),
 * and only those that do not collide are shown, bigger districts and the selected one first.
 */
export function DistrictLabels({ points, lang, visible, selected }: { points: readonly LabelPoint[]; lang: LabelLang; visible: boolean; selected: string | null }) {
  const map = useMap();
  const markers = useRef(new Map<string, { marker: L.Marker; el: HTMLElement; w: number; h: number }>());

  useEffect(
    function mountLabels() {
      if (!map.getPane(PANE)) {
        const pane = map.createPane(PANE);
        pane.style.zIndex = '460';
        pane.style.pointerEvents = 'none';
      }
      if (!visible) return;
      const group = L.layerGroup().addTo(map);
      for (const p of points) {
        const el = document.createElement('span');
        el.className = 'district-label';
        el.dataset.id = p.id;
        if (lang === 'ar') {
          el.lang = 'ar';
          el.dir = 'rtl';
        }
        el.textContent = lang === 'ar' ? p.name_ar : p.name_en;
        const icon = L.divIcon({ className: 'district-label__anchor', html: el, iconSize: undefined });
        const marker = L.marker([p.lat, p.lng], { icon, interactive: false, keyboard: false, pane: PANE }).addTo(group);
        markers.current.set(p.id, { marker, el, w: 0, h: 0 });
      }

      return function unmountLabels() {
        group.remove();
        markers.current.clear();
      };
    },
    [map, points, lang, visible],
  );

  useEffect(
    function declutterLabels() {
      if (!visible) return;
      const area = new Map(points.map((p) => [p.id, p.area]));
      function place() {
        const size = map.getSize();
        // Show all, measure all (one layout: the font may have loaded since), then hide the clashes.
        for (const m of markers.current.values()) m.el.hidden = false;
        for (const m of markers.current.values()) {
          m.w = m.el.offsetWidth || (m.el.textContent ?? '').length * 7;
          m.h = m.el.offsetHeight || 14;
        }
        const boxes = [];
        for (const [id, { marker, el, w, h }] of markers.current) {
          const at = map.latLngToContainerPoint(marker.getLatLng());
          const onScreen = at.x > -50 && at.y > -20 && at.x < size.x + 50 && at.y < size.y + 20;
          if (!onScreen) {
            el.hidden = true;
            continue;
          }
          boxes.push({ id, x: at.x, y: at.y, w, h, priority: id === selected ? Infinity : area.get(id) ?? 0 });
        }
        const shown = placeLabels(boxes);
        for (const b of boxes) markers.current.get(b.id)!.el.hidden = !shown.has(b.id);
      }
      place();
      void document.fonts?.ready.then(place);
      map.on('zoomend moveend', place);
      return function stopDecluttering() {
        map.off('zoomend moveend', place);
      };
    },
    [map, points, lang, visible, selected],
  );

  return null;
}
