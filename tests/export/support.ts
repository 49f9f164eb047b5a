// Shared by the export tests: the pipeline's output in a temporary folder, the export CLI as a
// child process, and small readers for the files it writes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decode } from 'fast-png';
import { exportCommand } from '../../src/cli/exportCommand.ts';
import type { ExportData } from '../../src/export/data.ts';
import { checkDistricts, checkEvents, checkFrontlines, checkTimeline } from '../../src/schema/index.ts';
import { FILL_OPACITY, MAP_BACKGROUND } from '../../src/look/palette.ts';
import type { Rect } from '../../src/export/view.ts';
import type { StatesFile } from '../../src/types.ts';
import { checkLandmarks } from '../../src/geo/landmarks.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const AL_SHAAR = { lat: 36.20904, lon: 37.18544 };
/** New Aleppo's point (geo/places.csv): a large west Aleppo district no report of articles/ names. */
export const NEW_ALEPPO = { lat: 36.2005, lon: 37.09389 };

/** The pipeline's files over the committed articles, in a temporary folder (written once per test worker). */
export { corpusFolder } from '../support/corpus.ts';

export function readData(dir: string): ExportData {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  let states: StatesFile | null = null;
  try {
    states = read('states-now.json');
  } catch {
    states = null;
  }
  return {
    districts: checkDistricts(read('districts.geojson')),
    timeline: checkTimeline(read('timeline.json')),
    fronts: checkFrontlines(read('frontlines.geojson')),
    extraction: checkEvents(read('events.json')),
    states: Array.isArray(states?.days) ? states : null,
    places: read('places.json'),
    landmarks: existsSync(join(dir, 'landmarks.geojson')) ? checkLandmarks(read('landmarks.geojson')) : null,
  };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run export -- …args`, run in this process (exportCommand): what it writes to stderr and its exit code. */
export function exportCli(args: string[]): CliRun {
  let stderr = '';
  const status = exportCommand(args, { write: (text: string) => (stderr += text) });
  return { status, stdout: '', stderr };
}

/** `npm run export -- …args`, as a child process: the real command line, exit code and all. */
export function exportCliProcess(args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export type Rgb = [number, number, number];

export interface Raster {
  width: number;
  height: number;
  /** RGBA */
  data: Uint8Array;
}

export function readPng(file: string): Raster {
  const png = decode(readFileSync(file));
  if (png.depth !== 8 || (png.channels !== 4 && png.channels !== 3)) throw new Error(`unexpected PNG: depth ${png.depth}, ${png.channels} channels`);
  const data = png.channels === 4 ? new Uint8Array(png.data) : toRgba(new Uint8Array(png.data));
  return { width: png.width, height: png.height, data };
}

function toRgba(rgb: Uint8Array): Uint8Array {
  const out = new Uint8Array((rgb.length / 3) * 4);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) out.set([rgb[i]!, rgb[i + 1]!, rgb[i + 2]!, 255], j);
  return out;
}

export function pixel(r: Raster, x: number, y: number): Rgb {
  const i = (Math.round(y) * r.width + Math.round(x)) * 4;
  return [r.data[i]!, r.data[i + 1]!, r.data[i + 2]!];
}

export const hex = (color: string): Rgb => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as Rgb;
/** A side's fill as drawn over the plain map background. */
export const blended = (color: string, opacity = FILL_OPACITY): Rgb => {
  const [fg, bg] = [hex(color), hex(MAP_BACKGROUND)];
  return fg.map((c, i) => Math.round(c * opacity + bg[i]! * (1 - opacity))) as Rgb;
};

/** The pixels of a square of side 2r+1 around (x, y). */
export function patch(r: Raster, x: number, y: number, radius = 4): Rgb[] {
  const out: Rgb[] = [];
  for (let dy = -radius; dy <= radius; dy++) for (let dx = -radius; dx <= radius; dx++) out.push(pixel(r, x + dx, y + dy));
  return out;
}

/** The share of `colours` within `tolerance` of `target`. */
export const shareNear = (colours: Rgb[], target: Rgb, tolerance = 14) => colours.filter((c) => distance(c, target) < tolerance).length / colours.length;
export const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** How many pixels in `rect` (logical pixels × scale) differ clearly from the rect's background colour. */
export function inkedShare(r: Raster, rect: Rect, scale: number, background: Rgb = [255, 255, 255]): number {
  let inked = 0;
  let total = 0;
  const x0 = Math.floor(rect.x * scale);
  const y0 = Math.floor(rect.y * scale);
  const x1 = Math.min(r.width, Math.ceil((rect.x + rect.width) * scale));
  const y1 = Math.min(r.height, Math.ceil((rect.y + rect.height) * scale));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      total += 1;
      if (distance(pixel(r, x, y), background) > 60) inked += 1;
    }
  }
  return total === 0 ? 0 : inked / total;
}
