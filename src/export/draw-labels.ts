import { placeLabels } from '../look/labelPlacement.ts';
import { FONT_ARABIC, FONT_LATIN, textWidth } from './fonts.ts';
import type { ExportScene } from './scene.ts';
import { el, esc } from './svg.ts';
import type { Project, Rect } from './view.ts';

const SIZE = 11;
const ARABIC = /[\u0600-\u06ff]/;

/**
 * District names with a white halo, as the map prints them: only those inside the map box that
 * do not collide with a bigger district's name (the map's own greedy placement).
 */
export function drawLabels(scene: ExportScene, project: Project, rect: Rect): string {
  if (!scene.labels?.length) return '';
  const boxes = scene.labels.flatMap((l) => {
    const { x, y } = project({ lon: l.lon, lat: l.lat });
    // Bold Arabic runs wider than the layout estimate; Latin a little narrower.
    const w = textWidth(l.text, SIZE) * (ARABIC.test(l.text) ? 1.4 : 0.92);
    const inside = x - w / 2 >= rect.x + 2 && x + w / 2 <= rect.x + rect.width - 2 && y - SIZE >= rect.y && y + SIZE <= rect.y + rect.height;
    return inside ? [{ id: l.id, x, y, w, h: SIZE * 1.3, priority: l.priority, text: l.text }] : [];
  });
  const shown = placeLabels(boxes);
  const texts = boxes
    .filter((b) => shown.has(b.id))
    .map((b) =>
      el('text', {
        x: b.x, y: b.y + SIZE * 0.35, 'text-anchor': 'middle', 'font-size': SIZE, 'font-weight': 600, 'font-family': ARABIC.test(b.text) ? FONT_ARABIC : FONT_LATIN,
        fill: '#1c1c1c', stroke: '#ffffff', 'stroke-width': 2.6, 'stroke-linejoin': 'round', 'paint-order': 'stroke', 'data-id': b.id,
      }, esc(b.text)),
    );
  return el('g', { 'data-layer': 'labels' }, texts.join(''));
}
