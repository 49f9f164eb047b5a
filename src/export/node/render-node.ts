import { marksOverDays, sceneForDay, type PublicationTexts, type SceneOptions } from '../build-scene.ts';
import type { ExportData } from '../data.ts';
import { GifWriter } from '../gif.ts';
import { withDpi } from '../png-dpi.ts';
import { renderSvg } from '../render-svg.ts';
import type { MapLabel } from '../scene.ts';
import type { OutputSize } from '../sizes.ts';
import { zipFrames } from '../zip.ts';
import { rasterize, type RasterFonts } from './rasterize.ts';

/** Who the CLI credits: no basemap is drawn, so the points' sources rather than OpenStreetMap. */
export const CLI_CREDIT = 'District points after Columbia CSR and OCHA';

export type Progress = (done: number, total: number, date: string) => void;

/** What every frame of one export shares. */
export interface NodeExport {
  data: ExportData;
  size: OutputSize;
  fonts: RasterFonts;
  labels?: readonly MapLabel[];
  /** The publisher's title, caption and credit line. */
  publication?: PublicationTexts;
}

type Extra = Pick<SceneOptions, 'legendMarks'>;

export function svgFor(x: Omit<NodeExport, 'fonts'>, date: string, extra: Extra = {}): string {
  return renderSvg(sceneForDay(x.data, date, { ...x.size, credit: CLI_CREDIT, labels: x.labels, publication: x.publication, ...extra }));
}

/** A PNG of one day, with its density (96 dpi × scale, or the print format's 300 dpi). */
export function pngFor(x: NodeExport, date: string, extra: Extra = {}): Uint8Array {
  const image = rasterize(svgFor(x, date, extra), x.size, x.fonts);
  return withDpi(image.png(), x.size.dpi ?? Math.round(96 * x.size.scale));
}

/** An animated GIF, one frame per day, each captioned with its date; the legend is the same on every frame. */
export function gifFor(x: NodeExport, dates: readonly string[], frameMs: number, progress?: Progress): Uint8Array {
  let gif: GifWriter | null = null;
  const legendMarks = marksOverDays(x.data, dates);
  dates.forEach((date, i) => {
    const image = rasterize(svgFor(x, date, { legendMarks }), x.size, x.fonts);
    gif ??= new GifWriter(image.width, image.height, frameMs);
    gif.add(image.pixels);
    progress?.(i + 1, dates.length, date);
  });
  if (!gif) throw new Error('no days to draw');
  return (gif as GifWriter).finish();
}

/** A ZIP of one PNG per day. */
export function zipFor(x: NodeExport, dates: readonly string[], progress?: Progress): Uint8Array {
  const legendMarks = marksOverDays(x.data, dates);
  const frames = dates.map((date, i) => {
    const png = pngFor(x, date, { legendMarks });
    progress?.(i + 1, dates.length, date);
    return { date, png };
  });
  return zipFrames(frames);
}
