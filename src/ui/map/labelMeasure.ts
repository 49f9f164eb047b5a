import type { LabelLang } from '../lib/viewState.ts';

/** Label text sizes as styles.css sets them (.district-label), for placing labels before drawing them. */
const FONTS: Record<LabelLang, { font: string; height: number }> = {
  en: { font: "600 11px 'Noto Sans', 'DejaVu Sans', sans-serif", height: 15 },
  ar: { font: "600 12.5px 'Noto Naskh Arabic', 'Noto Sans Arabic', sans-serif", height: 20 },
};

/** Measures label text with a canvas (no layout); a rough width where there is no canvas (jsdom). */
export function labelMeasurer(lang: LabelLang): (text: string) => { w: number; h: number } {
  const { font, height } = FONTS[lang];
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = document.createElement('canvas').getContext('2d');
  } catch {
    ctx = null;
  }
  if (ctx) ctx.font = font;
  const cache = new Map<string, { w: number; h: number }>();
  return (text) => {
    let size = cache.get(text);
    if (!size) {
      size = { w: Math.ceil((ctx ? ctx.measureText(text).width : text.length * 6.5) + 4), h: height };
      // Sizes taken before the web fonts load would be the fallback font's: not kept.
      if (document.fonts?.status === 'loaded') cache.set(text, size);
    }
    return size;
  };
}
