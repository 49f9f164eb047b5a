import { SIDES } from '../look/palette.ts';
import { MARK_ITEMS as LOOK_MARKS, MARK_ORDER } from '../look/legendMarks.ts';
import { textWidth, wrapText } from './fonts.ts';
import type { MarkKind } from './scene.ts';
import type { Rect } from './view.ts';

/** One legend entry: a swatch (or a line) and its English and Arabic labels. */
export interface LegendItem {
  key: string;
  en: string;
  ar: string;
}

export const FRONT_ITEM: LegendItem = { key: 'frontline', en: 'Front line', ar: 'خط التماس' };
export const MARK_ITEMS: Record<MarkKind, LegendItem> = Object.fromEntries(
  MARK_ORDER.map((k) => [k, { key: k, en: LOOK_MARKS[k].short, ar: LOOK_MARKS[k].ar }]),
) as Record<MarkKind, LegendItem>;

/** The sides, the front line, then the marks in use, in a fixed order. */
export function legendItems(marks: readonly MarkKind[]): LegendItem[] {
  const sides = SIDES.map((s) => ({ key: s.state, en: s.en, ar: s.ar }));
  const used = MARK_ORDER.filter((m) => marks.includes(m)).map((m) => MARK_ITEMS[m]);
  return [...sides, FRONT_ITEM, ...used];
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

/** Where everything goes in an image, in logical pixels. `u` is the type and spacing unit. */
export interface Layout {
  u: number;
  header: Rect;
  title: Rect;
  date: Rect;
  /** The caption's lines and where they go (none when there is no caption). */
  caption: Rect;
  captionLines: string[];
  map: Rect;
  footer: Rect;
  legend: Rect;
  legendItems: PlacedLegendItem[];
  note: Rect;
  attribution: Rect;
  /** The bottom-left corner the scale bar sits on, inside the map. */
  scaleBar: Rect;
}

/** The width a legend entry takes: swatch, English, Arabic, and the gap to the next. */
export function legendItemWidth(item: LegendItem, u: number): number {
  return 18 * u + textWidth(item.en, 12 * u) + (item.ar ? 6 * u + textWidth(item.ar, 12 * u) : 0) + 18 * u;
}

/** The most of the image's height the footer may take; a longer legend is made shorter. */
const FOOTER_SHARE = 0.34;

/**
 * The legend entries that fit: all of them when they do; else without their Arabic; else the
 * marks dropped from the end (the sides and the front line are always kept).
 */
function fittingLegend(items: LegendItem[], width: number, maxRows: number, u: number, rowH: number, pad: number) {
  const rowsOf = (list: LegendItem[]) => flowLegend(list, pad, 0, width - 2 * pad, u, rowH);
  let list = items;
  if (rowsOf(list).rows <= maxRows) return rowsOf(list);
  list = items.map((i) => ({ ...i, ar: '' }));
  const keep = SIDES.length + 1;
  while (list.length > keep && rowsOf(list).rows > maxRows) list = list.slice(0, -1);
  return rowsOf(list);
}

/** Flows the legend entries into rows that fit `width`. */
function flowLegend(items: LegendItem[], x0: number, y0: number, width: number, u: number, rowHeight: number) {
  const placed: PlacedLegendItem[] = [];
  let x = x0;
  let y = y0;
  for (const item of items) {
    const w = legendItemWidth(item, u);
    if (x > x0 && x + w - 18 * u > x0 + width) {
      x = x0;
      y += rowHeight;
    }
    placed.push({ ...item, x, y });
    x += w;
  }
  return { placed, rows: Math.round((y - y0) / rowHeight) + 1 };
}

/**
 * A header band (title left, date right), the map, and a footer band (legend, source note,
 * attribution). The unit `u` grows with the image so a print page and a social card both read well.
 */
/** The caption's type size and line height, in units of `u`. */
export const CAPTION_SIZE = 12.5;
export const CAPTION_LINE = 18;
/**
 * Type sizes and baselines of the header, in units of `u`. Noto Sans Arabic's line box is 2.1 em
 * tall (ascent 1.29, descent 0.82): its lines sit lower and smaller, so no two texts' boxes meet.
 */
export const HEADER = { titleSize: 21, dateSize: 20, enBaseline: 18, arSize: 13, arBaseline: 42.8, height: 64 } as const;
/** The legend's Arabic type size and its row height when any entry has Arabic (2.11 em box). */
export const LEGEND_AR_SIZE = 10.5;

export function layout(width: number, height: number, items: LegendItem[], caption = ''): Layout {
  if (!(width >= 200 && height >= 150)) throw new Error(`layout: ${width}×${height} is too small for an image (at least 200×150)`);
  const u = Math.max(0.7, Math.min(1.8, Math.min(width / 1000, height / 700)));
  const pad = 14 * u;
  const captionLines = caption ? wrapText(caption, CAPTION_SIZE * u, width - 2 * pad, height >= 500 ? 3 : 2) : [];
  const titleH = HEADER.height * u;
  const captionH = captionLines.length * CAPTION_LINE * u + (captionLines.length ? 6 * u : 0);
  const headerH = titleH + captionH;
  const rowH = (items.some((i) => i.ar) ? Math.max(20, LEGEND_AR_SIZE * 2.15) : 20) * u;
  const fixedFooter = 10 * u + 4 * u + 18 * u + 16 * u + 8 * u;
  const maxRows = Math.max(1, Math.floor((height * FOOTER_SHARE - fixedFooter) / rowH));
  const { placed, rows } = fittingLegend(items, width, maxRows, u, rowH, pad);
  const footerH = fixedFooter + rows * rowH;
  const footerY = height - footerH;
  const mapRect = { x: 0, y: headerH, width, height: footerY - headerH };
  const legendY = footerY + 10 * u;
  const dateW = Math.min(width * 0.42, 300 * u);
  return {
    u,
    header: { x: 0, y: 0, width, height: headerH },
    title: { x: pad, y: 8 * u, width: width - 2 * pad - dateW - 10 * u, height: titleH - 14 * u },
    date: { x: width - pad - dateW, y: 8 * u, width: dateW, height: titleH - 14 * u },
    caption: { x: pad, y: titleH - 2 * u, width: width - 2 * pad, height: captionH },
    captionLines,
    map: mapRect,
    footer: { x: 0, y: footerY, width, height: footerH },
    legend: { x: pad, y: legendY, width: width - 2 * pad, height: rows * rowH },
    legendItems: placed.map((p) => ({ ...p, y: p.y + legendY })),
    note: { x: pad, y: legendY + rows * rowH + 4 * u, width: width - 2 * pad, height: 18 * u },
    attribution: { x: pad, y: legendY + rows * rowH + 22 * u, width: width - 2 * pad, height: 16 * u },
    scaleBar: { x: mapRect.x + pad * 0.7, y: mapRect.y + mapRect.height - 38 * u, width: 150 * u, height: 30 * u },
  };
}
