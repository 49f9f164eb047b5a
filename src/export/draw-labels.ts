import { placeLabelChoices, type LabelBox } from '../look/labelPlacement.ts';
import { FONT_ARABIC, FONT_LATIN, textWidth } from './fonts.ts';
import type { ExportScene } from './scene.ts';
import { el, esc } from './svg.ts';
import type { Project, Rect } from './view.ts';

const SIZE = 11;
const ARABIC = /[\u0600-\u06ff]/;

/** A shorter form of a district's name: without its parenthesis ("Sheikh Najjar (industrial city)" → "Sheikh Najjar"). */
export function shortName(text: string): string {
  return text.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** The width a label's text takes: the conservative estimate, wider for bold Arabic. */
const widthOf = (text: string) => textWidth(text, SIZE) * (ARABIC.test(text) ? 1.4 : 1);

/**
 * District names with a white halo, as the map prints them: only those inside the map box that
 * collide neither with another name nor with the other texts drawn over the map (`obstacles`:
 * the scale bar). The day's changes go first, then bigger districts; a name that does not fit
 * tries its short form, then is left out.
 */
export function drawLabels(scene: ExportScene, project: Project, rect: Rect, obstacles: readonly LabelBox[] = []): string {
  if (!scene.labels?.length) return '';
  // Line boxes: Noto Sans 1.37 em, Noto Sans Arabic 2.11 em.
  const heightOf = (t: string) => SIZE * (ARABIC.test(t) ? 2.15 : 1.4);
  const candidates = scene.labels.flatMap((l) => {
    const { x, y } = project({ lon: l.lon, lat: l.lat });
    const texts = [...new Set([l.text, shortName(l.text)])].filter((t) => {
      const [w, h] = [widthOf(t), heightOf(t)];
      return x - w / 2 >= rect.x + 2 && x + w / 2 <= rect.x + rect.width - 2 && y - h / 2 >= rect.y && y + h / 2 <= rect.y + rect.height;
    });
    if (texts.length === 0) return [];
    const changed = scene.marks?.get(l.id)?.changed ? 1e12 : 0;
    return [{ id: l.id, x, y, texts, sizes: texts.map((t) => ({ w: widthOf(t), h: heightOf(t) })), priority: changed + l.priority }];
  });
  const chosen = placeLabelChoices(candidates, obstacles);
  const texts = candidates
    .filter((c) => chosen.has(c.id))
    .map((c) => {
      const t = c.texts[chosen.get(c.id)!]!;
      return el(
        'text',
        {
          x: c.x,
          y: c.y + SIZE * 0.35,
          'text-anchor': 'middle',
          'font-size': SIZE,
          'font-weight': 600,
          'font-family': ARABIC.test(t) ? FONT_ARABIC : FONT_LATIN,
          fill: '#1c1c1c',
          stroke: '#ffffff',
          'stroke-width': 2.6,
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
          'data-id': c.id,
        },
        esc(t),
      );
    });
  return el('g', { 'data-layer': 'labels' }, texts.join(''));
}
