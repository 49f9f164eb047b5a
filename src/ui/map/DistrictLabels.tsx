import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { LabelLang } from '../lib/viewState.ts';
import type { LabelPoint } from '../../look/labelPoints.ts';
import { placeLabels } from '../../look/labelPlacement.ts';
import { labelMeasurer } from './labelMeasure.ts';
import { flatMarker } from './flatMarker.ts';

const PANE = 'labels';

/**
 * District names on the map, in English or Arabic, in a pane above the front. Labels are plain
 * positioned elements centred by CSS (not Leaflet tooltips, which misplace right-to-left text).
 * After each move only the labels that fit without colliding are on the page (bigger districts
 * and the selected one first), so a map of thousands of districts keeps a small DOM.
 */
export function DistrictLabels({
  points,
  lang,
  visible,
  selected,
}: {
  points: readonly LabelPoint[];
  lang: LabelLang;
  visible: boolean;
  selected: string | null;
}) {
  const map = useMap();
  const shown = useRef(new Map<string, L.Marker>());
  const measure = useMemo(() => labelMeasurer(lang), [lang]);

  useEffect(
    function placeLabelsOnMoves() {
      if (!map.getPane(PANE)) {
        const pane = map.createPane(PANE);
        pane.style.zIndex = '460';
        pane.style.pointerEvents = 'none';
      }
      const group = L.layerGroup().addTo(map);
      const current = shown.current;
      const byId = new Map(points.map((p) => [p.id, p]));

      function labelFor(p: LabelPoint): L.Marker {
        const el = document.createElement('span');
        el.className = 'district-label';
        el.dataset.id = p.id;
        if (lang === 'ar') {
          el.lang = 'ar';
          el.dir = 'rtl';
        }
        el.textContent = lang === 'ar' ? p.name_ar : p.name_en;
        const icon = L.divIcon({ className: 'district-label__anchor', html: el, iconSize: undefined });
        return flatMarker([p.lat, p.lng], { icon, interactive: false, keyboard: false, pane: PANE });
      }

      function place() {
        const size = map.getSize();
        const boxes = [];
        for (const p of points) {
          const at = map.latLngToContainerPoint([p.lat, p.lng]);
          const { w, h } = measure(lang === 'ar' ? p.name_ar : p.name_en);
          // Only names the map shows whole: none cut at its edge.
          if (at.x - w / 2 < 2 || at.y - h / 2 < 2 || at.x + w / 2 > size.x - 2 || at.y + h / 2 > size.y - 2) continue;
          boxes.push({ id: p.id, x: at.x, y: at.y, w, h, priority: p.id === selected ? Infinity : p.area });
        }
        const fit = visible ? placeLabels(boxes) : new Set<string>();
        for (const [id, marker] of current) {
          if (!fit.has(id)) {
            group.removeLayer(marker);
            current.delete(id);
          }
        }
        for (const id of fit) {
          if (!current.has(id)) current.set(id, labelFor(byId.get(id)!).addTo(group));
        }
      }

      place();
      void document.fonts?.ready.then(place);
      map.on('zoomend moveend', place);
      return function removeLabels() {
        map.off('zoomend moveend', place);
        group.remove();
        current.clear();
      };
    },
    [map, points, lang, visible, selected, measure],
  );

  return null;
}
