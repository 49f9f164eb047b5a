import {
  marksOverDays,
  districtBounds,
  districtLabels,
  type LabelLang,
  type PublicationTexts,
  sceneForDay,
  ATTRIBUTION_TILES,
} from '../../export/build-scene.ts';
import type { ExportData } from '../../export/data.ts';
import { GifWriter } from '../../export/gif.ts';
import { planScene, renderSvg } from '../../export/render-svg.ts';
import { pixelSize, type OutputSize } from '../../export/sizes.ts';
import type { Bounds } from '../../export/view.ts';
import { zipFrames } from '../../export/zip.ts';
import type { IsoDate } from '../../types.ts';
import { loadTiles, type LoadedTile } from './browserTiles.ts';
import { basemapCanvas, canvasOf, drawFrame } from './canvas.ts';
import { canvasPng, checkAborted, recordWebm, yieldToPage } from './encode.ts';

export type ExportKind = 'png' | 'svg' | 'gif' | 'webm' | 'zip';
export const ANIMATED: readonly ExportKind[] = ['gif', 'webm', 'zip'];

export interface ExportRequest {
  kind: ExportKind;
  /** One day for png/svg; the days of the animation otherwise. */
  dates: IsoDate[];
  size: OutputSize;
  /** What must be visible (the map's current bounds); null = every district. */
  bounds: Bounds | null;
  tileUrl: string | null;
  frameMs: number;
  /** District names on the map. */
  labels: LabelLang;
  /** The publisher's title, caption and credit line. */
  publication?: PublicationTexts;
}

export interface ExportResult {
  blob: Blob;
  filename: string;
  /** Milliseconds from the start to the finished file. */
  ms: number;
  tiles: { loaded: number; wanted: number; gaveUp: boolean };
}

export type ProgressFn = (done: number, total: number, label: string) => void;

const MIME: Record<ExportKind, string> = { png: 'image/png', svg: 'image/svg+xml', gif: 'image/gif', webm: 'video/webm', zip: 'application/zip' };
const POINTS_CREDIT = 'District points after Columbia CSR and OCHA';

const bytesBlob = (bytes: Uint8Array, type: string) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type });

function filename(kind: ExportKind, dates: IsoDate[]): string {
  const span = dates.length === 1 ? dates[0] : `${dates[0]}_${dates.at(-1)}`;
  return `east-aleppo-${span}.${kind}`;
}

/** Draws and encodes an export: the same SVG as the command line, over the basemap tiles that load. */
export async function runExport(req: ExportRequest, data: ExportData, progress: ProgressFn, signal: AbortSignal): Promise<ExportResult> {
  const started = performance.now();
  if (req.dates.length === 0) throw new Error('No days to export');
  const { size, dates } = req;
  const px = pixelSize(size);
  const bounds = req.bounds ?? districtBounds(data);
  const legendMarks = marksOverDays(data, dates);
  const base = {
    width: size.width,
    height: size.height,
    scale: size.scale,
    bounds,
    legendMarks,
    labels: districtLabels(data, req.labels),
    publication: req.publication,
  };
  const plan = planScene(sceneForDay(data, dates[0]!, base));

  performance.mark('export-planned');
  let tiles: LoadedTile[] = [];
  let wanted = 0;
  let gaveUp = false;
  if (req.tileUrl) {
    progress(0, dates.length, 'Loading basemap tiles…');
    ({ tiles, wanted, gaveUp } = await loadTiles(req.tileUrl, plan.view, plan.layout.map, size.scale, signal));
  }
  const credit = tiles.length > 0 ? `${ATTRIBUTION_TILES} · ${POINTS_CREDIT}` : POINTS_CREDIT;
  const svgOf = (date: IsoDate, withTiles: boolean) =>
    renderSvg(sceneForDay(data, date, { ...base, credit, ...(withTiles ? { tiles } : { mapBackground: null }) }), plan);
  const done = (blob: Blob): ExportResult => ({
    blob,
    filename: filename(req.kind, dates),
    ms: performance.now() - started,
    tiles: { loaded: tiles.length, wanted, gaveUp },
  });

  if (req.kind === 'svg') return done(new Blob([svgOf(dates[0]!, true)], { type: MIME.svg }));

  const basemap = basemapCanvas(px.width, px.height, size.scale, plan.layout.map, tiles);
  const canvas = canvasOf(px.width, px.height);
  const dpi = size.dpi ?? Math.round(96 * size.scale);

  if (req.kind === 'png') {
    performance.mark('export-png-start');
    const svg = svgOf(dates[0]!, false);
    performance.mark('export-png-svg');
    await drawFrame(canvas, basemap, svg);
    performance.mark('export-png-drawn');
    const png = await canvasPng(canvas, dpi);
    performance.mark('export-png-encoded');
    return done(bytesBlob(png, MIME.png));
  }

  if (req.kind === 'gif') {
    const gif = new GifWriter(px.width, px.height, req.frameMs);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    for (const [i, date] of dates.entries()) {
      checkAborted(signal);
      await drawFrame(canvas, basemap, svgOf(date, false));
      gif.add(ctx.getImageData(0, 0, px.width, px.height).data);
      progress(i + 1, dates.length, `Frame ${i + 1} of ${dates.length}: ${date}`);
      await yieldToPage();
    }
    return done(bytesBlob(gif.finish(), MIME.gif));
  }

  if (req.kind === 'zip') {
    const frames: { date: string; png: Uint8Array }[] = [];
    for (const [i, date] of dates.entries()) {
      checkAborted(signal);
      await drawFrame(canvas, basemap, svgOf(date, false));
      frames.push({ date, png: await canvasPng(canvas, dpi) });
      progress(i + 1, dates.length, `Frame ${i + 1} of ${dates.length}: ${date}`);
    }
    return done(bytesBlob(zipFrames(frames), MIME.zip));
  }

  // WebM: recorded in real time, each frame held for frameMs.
  const blob = await recordWebm(
    canvas,
    async (frame) => {
      for (const [i, date] of dates.entries()) {
        if (signal.aborted) return;
        const t = performance.now();
        await drawFrame(canvas, basemap, svgOf(date, false));
        await frame();
        progress(i + 1, dates.length, `Recording ${i + 1} of ${dates.length}: ${date}`);
        const hold = i === dates.length - 1 ? req.frameMs * 2 : req.frameMs;
        await new Promise((r) => setTimeout(r, Math.max(0, hold - (performance.now() - t))));
      }
    },
    signal,
  );
  return done(blob);
}
