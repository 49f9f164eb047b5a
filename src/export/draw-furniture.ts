import { FRONTLINE, sideOf, FILL_OPACITY } from '../look/palette.ts';
import type { ControlState } from '../types.ts';
import { FONT_ARABIC, FONT_LATIN, fitText, textWidth } from './fonts.ts';
import { CAPTION_LINE, CAPTION_SIZE, HEADER, LEGEND_AR_SIZE, type Layout } from './layout.ts';
import type { ScaleBar } from './scalebar.ts';
import type { SceneTexts } from './scene.ts';
import { CHANGED_OUTLINE, fillOpacityOf, textureOf } from '../look/marks.ts';
import { MARK_ITEMS, type MarkItem } from '../look/legendMarks.ts';
import { el, esc } from './svg.ts';

const INK = '#1b1b1b';
const MUTED = '#555555';

const text = (x: number, y: number, size: number, content: string, extra: Record<string, string | number> = {}) =>
  el('text', { x, y, 'font-size': size, 'font-family': FONT_LATIN, fill: INK, ...extra }, esc(content));

const arabic = (x: number, y: number, size: number, content: string, extra: Record<string, string | number> = {}) =>
  el('text', { x, y, 'font-size': size, 'font-family': FONT_ARABIC, fill: INK, ...extra }, esc(content));

/** Title (English, Arabic under it) on the left, the date (English, Arabic under it) on the right. */
export function drawHeader(l: Layout, t: SceneTexts): string {
  const { u, title, date } = l;
  const right = date.x + date.width;
  return el(
    'g',
    { 'data-layer': 'header' },
    el('rect', { ...l.header, fill: '#ffffff' }) +
      el('rect', { x: 0, y: l.header.height - 1.5 * u, width: l.header.width, height: 1.5 * u, fill: INK }) +
      el(
        'g',
        { 'data-layer': 'title' },
        text(title.x, title.y + HEADER.enBaseline * u, HEADER.titleSize * u, fitText(t.title, HEADER.titleSize * u, title.width), { 'font-weight': 700 }),
      ) +
      (t.titleAr
        ? arabic(title.x, title.y + HEADER.arBaseline * u, HEADER.arSize * u, fitText(t.titleAr, HEADER.arSize * u, title.width), { fill: MUTED })
        : '') +
      (l.captionLines.length
        ? el(
            'g',
            { 'data-layer': 'caption' },
            l.captionLines.map((line, i) => text(l.caption.x, l.caption.y + (i + 1) * CAPTION_LINE * u - 4 * u, CAPTION_SIZE * u, line)).join(''),
          )
        : '') +
      el(
        'g',
        { 'data-layer': 'date' },
        text(right, date.y + HEADER.enBaseline * u, HEADER.dateSize * u, t.dateEn, { 'font-weight': 700, 'text-anchor': 'end' }) +
          arabic(right, date.y + HEADER.arBaseline * u, HEADER.arSize * u, t.dateAr, { 'text-anchor': 'end', 'font-weight': 700 }),
      ),
  );
}

function swatch(key: string, x: number, y: number, u: number): string {
  if (key === 'frontline') {
    return el('rect', { x, y: y - 2.5 * u, width: 14 * u, height: 5 * u, rx: 2 * u, fill: FRONTLINE.color });
  }
  const box = { x, y: y - 6 * u, width: 14 * u, height: 12 * u, rx: 2 * u };
  const solid = Math.min(1, FILL_OPACITY + 0.15);
  const mark = (MARK_ITEMS as Record<string, MarkItem | undefined>)[key];
  if (mark?.outline) {
    return el('rect', {
      ...box,
      fill: 'none',
      stroke: CHANGED_OUTLINE.color,
      'stroke-width': 2.5 * u,
      'stroke-dasharray': mark.outline === 'dashed' ? `${3 * u} ${2 * u}` : undefined,
    });
  }
  if (mark) {
    const t = textureOf(mark.swatch);
    return el('rect', {
      ...box,
      fill: t ? `url(#${t.id})` : sideOf(mark.swatch.state).color,
      'fill-opacity': fillOpacityOf(mark.swatch),
      stroke: '#bbbbbb',
      'stroke-width': 0.8 * u,
    });
  }
  const state = key as ControlState;
  const t = state === 'contested' ? textureOf({ state, hatch: 'contested', texture: null, to: null }) : null;
  return el('rect', { ...box, fill: t ? `url(#${t.id})` : sideOf(state).color, 'fill-opacity': state === 'unknown' ? 0.6 : solid });
}

/** The legend rows, the source note and the attribution. */
export function drawFooter(l: Layout, t: SceneTexts): string {
  const { u } = l;
  const items = l.legendItems.map((it) => {
    const cy = it.y + 10 * u;
    const enX = it.x + 20 * u;
    const arX = enX + textWidth(it.en, 12 * u) + 6 * u;
    return el(
      'g',
      { 'data-key': it.key },
      swatch(it.key, it.x, cy, u) +
        text(enX, cy + 4.2 * u, 12 * u, it.en) +
        (it.ar ? arabic(arX, cy + 4.2 * u, LEGEND_AR_SIZE * u, it.ar, { fill: MUTED }) : ''),
    );
  });
  return el(
    'g',
    { 'data-layer': 'footer' },
    el('rect', { ...l.footer, fill: '#ffffff' }) +
      el('rect', { x: 0, y: l.footer.y, width: l.footer.width, height: 1 * u, fill: '#bbbbbb' }) +
      el('g', { 'data-layer': 'legend' }, items.join('')) +
      el('g', { 'data-layer': 'source-note' }, text(l.note.x, l.note.y + 13 * u, 11.5 * u, fitText(t.sourceNote, 11.5 * u, l.note.width))) +
      el(
        'g',
        { 'data-layer': 'attribution' },
        text(l.attribution.x, l.attribution.y + 12 * u, 10 * u, fitText(t.attribution, 10 * u, l.attribution.width), { fill: MUTED }),
      ),
  );
}

/** The scale bar's plate, as a box a district name must keep clear of. */
export function scaleBarBox(l: Layout, bar: ScaleBar): { id: string; x: number; y: number; w: number; h: number; priority: number } {
  const { u, scaleBar: r } = l;
  const w = Math.max(bar.pixels, textWidth(bar.label, 11 * u)) + 16 * u;
  return { id: 'scale-bar', x: r.x + w / 2, y: r.y + r.height / 2, w, h: r.height, priority: Infinity };
}

/** A bar with end ticks and its length, on a light plate in the map's bottom-left corner. */
export function drawScaleBar(l: Layout, bar: ScaleBar): string {
  const { u, scaleBar: r } = l;
  const x0 = r.x + 8 * u;
  const y = r.y + r.height - 7 * u;
  const labelW = textWidth(bar.label, 11 * u);
  const plateW = Math.max(bar.pixels, labelW) + 16 * u;
  const stroke = { stroke: INK, 'stroke-width': 1.6 * u, 'stroke-linecap': 'square' };
  return el(
    'g',
    { 'data-layer': 'scale-bar' },
    el('rect', { x: r.x, y: r.y, width: plateW, height: r.height, rx: 3 * u, fill: '#ffffff', 'fill-opacity': 0.82 }) +
      el('path', { d: `M${x0} ${y - 5 * u}V${y}H${x0 + bar.pixels}V${y - 5 * u}`, fill: 'none', ...stroke }) +
      text(x0, r.y + 13 * u, 11 * u, bar.label, { 'font-weight': 600 }),
  );
}
