import { marksOverDays, sceneForDay } from '../build-scene.ts';
import type { MarkKind } from '../scene.ts';
import type { ExportData } from '../data.ts';
import { GifWriter } from '../gif.ts';
import { withDpi } from '../png-dpi.ts';
import { renderSvg } from '../render-svg.ts';
import type { OutputSize } from '../sizes.ts';
import { zipFrames } from '../zip.ts';
import { rasterize, type RasterFonts } from './rasterize.ts';

/** Who the CLI credits: no basemap is drawn, so the points' sources rather than OpenStreetMap. */
export const CLI_CREDIT = 'District points after Columbia CSR and OCHA';

export type Progress = (done: number, total: number, date: string) => void;

export function svgFor(data: ExportData, date: string, size: OutputSize, legendMarks?: readonly MarkKind[]): string {
  return renderSvg(sceneForDay(data, date, { ...size, credit: CLI_CREDIT, legendMarks }));
}

/** A PNG of one day, with its density (96 dpi × scale, or the print format's 300 dpi). */
export function pngFor(data: ExportData, date: string, size: OutputSize, fonts: RasterFonts, legendMarks?: readonly MarkKind[]): Uint8Array {
  const image = rasterize(svgFor(data, date, size, legendMarks), size, fonts);
  return withDpi(image.png(), size.dpi ?? Math.round(96 * size.scale));
}

/** An animated GIF, one frame per day, each captioned with its date. */
export function gifFor(data: ExportData, dates: readonly string[], size: OutputSize, frameMs: number, fonts: RasterFonts, progress?: Progress): Uint8Array {
  let gif: GifWriter | null = null;
  const marks = marksOverDays(data, dates);
  dates.forEach((date, i) => {
    const image = rasterize(svgFor(data, date, size, marks), size, fonts);
    gif ??= new GifWriter(image.width, image.height, frameMs);
    gif.add(image.pixels);
    progress?.(i + 1, dates.length, date);
  });
  if (!gif) throw new Error('no days to draw');
  return (gif as GifWriter).finish();
}

/** A ZIP of one PNG per day. */
export function zipFor(data: ExportData, dates: readonly string[], size: OutputSize, fonts: RasterFonts, progress?: Progress): Uint8Array {
  const marks = marksOverDays(data, dates);
  const frames = dates.map((date, i) => {
    const png = pngFor(data, date, size, fonts, marks);
    progress?.(i + 1, dates.length, date);
    return { date, png };
  });
  return zipFrames(frames);
}
