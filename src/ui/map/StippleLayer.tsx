import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { DistrictCollection } from '../../types.ts';
import { STIPPLE_TILE, drawTextureTile } from '../../look/marks.ts';
import { addSvgTexture } from './hatch.ts';

const PANE = 'stipple';
/** The white dots over the districts only the baseline speaks for (their fill is drawn plain, lighter). */
const DOTS = { id: 'dots-overlay', kind: 'dots', base: 'none', ink: '#ffffff', size: STIPPLE_TILE } as const;
export const STIPPLE_OPACITY = 0.85;

/** The dots as a canvas pattern on a transparent tile. */
function dotsPattern(): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = tile.height = DOTS.size;
  const ctx = tile.getContext('2d');
  if (!ctx) return null;
  drawTextureTile(ctx, { ...DOTS, base: 'rgba(0,0,0,0)' });
  return ctx.createPattern(tile, 'repeat');
}

/**
 * The stipple of baseline-only districts, in an SVG pane of its own above the district canvas: a
 * step of the slider adds and removes only the districts that joined or left the set (rarely
 * any), so the canvas repaints plain fills only and the dots are not redrawn.
 */
export function StippleLayer({ districts, ids, idsKey, visible }: { districts: DistrictCollection; ids: readonly string[]; idsKey: string; visible: boolean }) {
  const map = useMap();
  // `made`: every path drawn so far, kept to be added again when its district rejoins the set.
  const layer = useRef<{
    group: L.LayerGroup;
    renderer: L.Renderer;
    shown: Map<string, L.Path>;
    made: Map<string, L.Path>;
    pattern: CanvasPattern | null;
  } | null>(null);
  const byId = useMemo(() => new Map(districts.features.map((f) => [f.properties.id, f])), [districts]);

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
      layer.current = { group, renderer, shown: new Map(), made: new Map(), pattern: onCanvas ? dotsPattern() : null };
      return function unmountStipple() {
        group.remove();
        layer.current = null;
      };
    },
    [map, byId],
  );

  useEffect(
    function drawStipple() {
      const current = layer.current;
      if (!current) return;
      const wanted = new Set(visible ? ids : []);
      for (const [id, path] of current.shown) {
        if (!wanted.has(id)) {
          current.group.removeLayer(path);
          current.shown.delete(id);
        }
      }
      const added: L.Path[] = [];
      for (const id of wanted) {
        if (current.shown.has(id)) continue;
        const f = byId.get(id);
        if (!f) continue;
        let path = current.made.get(id);
        if (!path) {
          const fillColor = (current.pattern ?? '#ffffff') as unknown as string; // Leaflet hands it to the canvas as fillStyle
          path = L.geoJSON(f, {
            style: () =>
              ({ renderer: current.renderer, stroke: false, fillOpacity: STIPPLE_OPACITY, fillColor, interactive: false, pane: PANE }) as L.PathOptions,
          }).getLayers()[0] as L.Path;
          current.made.set(id, path);
        }
        current.group.addLayer(path);
        current.shown.set(id, path);
        added.push(path);
      }
      const svg = current.pattern ? null : (added[0]?.getElement() as SVGElement | undefined)?.ownerSVGElement;
      if (svg) {
        const fill = addSvgTexture(svg, DOTS);
        for (const p of added) p.setStyle({ fillColor: fill });
      }
    },
    // idsKey stands for ids: only a new set is drawn.
    [idsKey, visible, byId, map],
  );

  return null;
}
