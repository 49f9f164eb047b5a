import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { DistrictCollection } from '../../types.ts';
import { addSvgTexture } from './hatch.ts';
import { DOTS, STIPPLE_OPACITY, dotsPattern } from './stippleDots.ts';

const PANE = 'stipple';

/**
 * A set of districts as one byte per district (in the order of `districts`), made once per id
 * list: the day models keep their lists, so scrubbing back over a day reuses its mask.
 */
function stippleMasks(districts: DistrictCollection) {
  const indexOf = new Map(districts.features.map((f, i) => [f.properties.id, i]));
  const made = new WeakMap<readonly string[], Uint8Array>();
  const none = new Uint8Array(districts.features.length);
  return {
    none,
    of(ids: readonly string[]): Uint8Array {
      let mask = made.get(ids);
      if (!mask) {
        mask = new Uint8Array(districts.features.length);
        for (const id of ids) {
          const i = indexOf.get(id);
          if (i !== undefined) mask[i] = 1;
        }
        made.set(ids, mask);
      }
      return mask;
    },
  };
}

/**
 * The stipple of baseline-only districts where the map's renderer does not draw it with the fills
 * (SVG in jsdom, a plain Leaflet canvas; the app's DistrictCanvas does), in a pane of its own: a
 * step of the slider adds and removes only the districts that joined or left the set (rarely
 * any), so the canvas repaints plain fills only and the dots are not redrawn.
 */
export function StippleLayer({ districts, ids, idsKey, visible }: { districts: DistrictCollection; ids: readonly string[]; idsKey: string; visible: boolean }) {
  const map = useMap();
  // `shown`: which districts (by their index in `districts`) are stippled now; `made`: every path
  // drawn so far, kept to be added again when its district rejoins the set.
  const layer = useRef<{
    group: L.LayerGroup;
    renderer: L.Renderer;
    shown: Uint8Array;
    made: (L.Path | undefined)[];
    pattern: CanvasPattern | null;
  } | null>(null);
  const masks = useMemo(() => stippleMasks(districts), [districts]);

  useEffect(
    function mountStipple() {
      if (!map.getPane(PANE)) {
        const pane = map.createPane(PANE);
        pane.style.zIndex = '405';
        pane.style.pointerEvents = 'none';
        // A compositing layer of its own: a repaint of the district canvas under it does not repaint the dots.
        pane.style.willChange = 'transform';
      }
      // A canvas of its own where the map draws on canvas (a change repaints only its region), SVG otherwise (jsdom).
      const onCanvas = (map.options.renderer ?? (map as unknown as { _renderer?: L.Renderer })._renderer) instanceof L.Canvas;
      const renderer = onCanvas ? L.canvas({ pane: PANE, padding: 0.1 }) : L.svg({ pane: PANE, padding: 0.1 });
      const group = L.layerGroup([], { pane: PANE }).addTo(map);
      layer.current = { group, renderer, shown: masks.none, made: [], pattern: onCanvas ? dotsPattern() : null };
      return function unmountStipple() {
        group.remove();
        layer.current = null;
      };
    },
    [map, masks],
  );

  useEffect(
    function drawStipple() {
      const current = layer.current;
      if (!current) return;
      // A day's set against the one shown, district by district: a few thousand byte compares,
      // and paths added or removed only where the two differ.
      const wanted = visible ? masks.of(ids) : masks.none;
      const shown = current.shown;
      const added: L.Path[] = [];
      for (let i = 0; i < wanted.length; i++) {
        if (wanted[i] === shown[i]) continue;
        let path = current.made[i];
        if (!wanted[i]) {
          if (path) current.group.removeLayer(path);
          continue;
        }
        if (!path) {
          const fillColor = (current.pattern ?? '#ffffff') as unknown as string; // Leaflet hands it to the canvas as fillStyle
          path = L.geoJSON(districts.features[i]!, {
            style: () =>
              ({ renderer: current.renderer, stroke: false, fillOpacity: STIPPLE_OPACITY, fillColor, interactive: false, pane: PANE }) as L.PathOptions,
          }).getLayers()[0] as L.Path;
          current.made[i] = path;
        }
        current.group.addLayer(path);
        added.push(path);
      }
      current.shown = wanted;
      const svg = current.pattern ? null : (added[0]?.getElement() as SVGElement | undefined)?.ownerSVGElement;
      if (svg) {
        const fill = addSvgTexture(svg, DOTS);
        for (const p of added) p.setStyle({ fillColor: fill });
      }
    },
    // idsKey stands for ids: only a new set is drawn.
    [idsKey, visible, masks, map],
  );

  return null;
}
