// Output sizes: screen multiples, and print formats at 300 dpi. A print format is laid out at
// the page's size in CSS pixels (96 per inch) and drawn at 300/96 of that, so type sizes are
// those of a printed page.

export interface OutputSize {
  /** Logical (CSS) pixels. */
  width: number;
  height: number;
  /** Output pixels per logical pixel. */
  scale: number;
  /** Pixels per inch written into the PNG (pHYs), when the size is meant for print. */
  dpi: number | null;
}

export const PRINT_DPI = 300;
const CSS_DPI = 96;

export const PAPERS = {
  'a4-landscape': { mm: [297, 210], label: 'A4 landscape, 300 dpi' },
  'a4-portrait': { mm: [210, 297], label: 'A4 portrait, 300 dpi' },
  'a3-landscape': { mm: [420, 297], label: 'A3 landscape, 300 dpi' },
  'a3-portrait': { mm: [297, 420], label: 'A3 portrait, 300 dpi' },
} as const;
export type Paper = keyof typeof PAPERS;

export function isPaper(s: string): s is Paper {
  return Object.hasOwn(PAPERS, s);
}

/** A paper format at 300 dpi: A4 landscape is 3508 × 2480 pixels. */
export function paperSize(paper: Paper): OutputSize {
  const [wmm, hmm] = PAPERS[paper].mm;
  const px = (mm: number) => Math.round((mm / 25.4) * PRINT_DPI);
  const scale = PRINT_DPI / CSS_DPI;
  return { width: px(wmm) / scale, height: px(hmm) / scale, scale, dpi: PRINT_DPI };
}

/** The image's pixel size. */
export function pixelSize(s: Pick<OutputSize, 'width' | 'height' | 'scale'>): { width: number; height: number } {
  return { width: Math.round(s.width * s.scale), height: Math.round(s.height * s.scale) };
}

/** Limits that keep an export in memory: at most 12 000 px a side and 80 megapixels. */
export const MAX_SIDE = 12_000;
export const MAX_PIXELS = 80e6;

/** Checks a requested size; the message names what is wrong. */
export function checkSize(s: Pick<OutputSize, 'width' | 'height' | 'scale'>): string | null {
  if (!Number.isFinite(s.width) || s.width < 200) return `width must be a number ≥ 200 (got ${s.width})`;
  if (!Number.isFinite(s.height) || s.height < 150) return `height must be a number ≥ 150 (got ${s.height})`;
  if (!Number.isFinite(s.scale) || s.scale <= 0 || s.scale > 8) return `scale must be a number in (0, 8] (got ${s.scale})`;
  const px = pixelSize(s);
  if (px.width > MAX_SIDE || px.height > MAX_SIDE) return `${px.width}×${px.height} px is too large (at most ${MAX_SIDE} px a side)`;
  if (px.width * px.height > MAX_PIXELS) return `${px.width}×${px.height} px is too large (at most ${MAX_PIXELS / 1e6} megapixels)`;
  return null;
}
