// The export command (src/cli/export.ts runs it; tests call it in this process):
// npm run export -- --date 2016-12-06 --out map.png [--width --height --scale | --paper a4-landscape]
//                   [--format png|svg|gif|zip] [--from 2016-11-15 --to 2016-12-22] [--title --caption --credit TEXT]
// Draws the same SVG as the app's Export action, from public/data/, and rasterises it with resvg.
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildData } from './buildData.ts';
import { checkDate, type ExportData } from '../export/data.ts';
import { checkDistricts, checkEvents, checkFrontlines, checkPlacesJson, checkStates, checkTimeline } from '../schema/index.ts';
import { framesBetween } from '../export/frames.ts';
import { parseExportArgs, UsageError } from '../export/node/options.ts';
import { gifFor, pngFor, svgFor, zipFor, type Progress } from '../export/node/render-node.ts';
import type { RasterFonts } from '../export/node/rasterize.ts';
import { pixelSize } from '../export/sizes.ts';
import { districtLabels } from '../export/build-scene.ts';
import { checkLandmarks } from '../geo/landmarks.ts';

const NEEDED = ['districts.geojson', 'timeline.json', 'frontlines.geojson', 'events.json'];
const FONT_DIRS = ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/noto', '/usr/local/share/fonts'];
const FONT_FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-SemiBold.ttf', 'NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf'];

/** Noto Sans and Noto Sans Arabic when installed (fonts-noto-core); otherwise the system's fonts. */
function findFonts(): RasterFonts {
  const extra = process.env.EXPORT_FONT_DIR ? [process.env.EXPORT_FONT_DIR] : [];
  const files = [...extra, ...FONT_DIRS].flatMap((dir) => FONT_FILES.map((f) => join(dir, f))).filter((f) => existsSync(f));
  return { files: [...new Set(files)] };
}

/** Where the command reports: process.stderr, or a test's collector. */
export interface Stderr {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Runs the pipeline when the default data folder lacks a file, as `npm start` does. */
function ensureData(dir: string, isDefault: boolean, stderr: Stderr): void {
  const missing = NEEDED.filter((f) => !existsSync(join(dir, f)));
  if (missing.length === 0) return;
  if (!isDefault) throw new UsageError(`--data ${dir}: missing ${missing.join(', ')} (run \`npm run pipeline -- --out ${dir}\`)`);
  stderr.write(`export: ${dir}/ lacks ${missing.join(', ')}; running the pipeline first\n`);
  try {
    buildData({ articles: 'articles', geo: 'geo', out: dir });
  } catch (e) {
    const errors = e instanceof AggregateError ? e.errors : [e];
    throw new Error(`the pipeline failed; fix it, then run the export again:\n${errors.map((x) => (x as Error).message).join('\n')}`);
  }
}

function readJson(dir: string, name: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (e) {
    throw new Error(`${join(dir, name)}: ${(e as Error).message}`);
  }
}

/** The data folder's files; --mode then reads the as-known-then states and front lines (it needs them). */
function loadExportData(dir: string, mode: 'now' | 'then'): ExportData {
  const statesFile = `states-${mode}.json`;
  const frontsFile = mode === 'then' ? 'frontlines-then.geojson' : 'frontlines.geojson';
  if (mode === 'then') {
    const missing = [statesFile, frontsFile].filter((f) => !existsSync(join(dir, f)));
    if (missing.length) throw new UsageError(`--mode then: ${dir} has no ${missing.join(' or ')} (run \`npm run pipeline\`)`);
  }
  return {
    districts: checkDistricts(readJson(dir, 'districts.geojson'), join(dir, 'districts.geojson')),
    timeline: checkTimeline(readJson(dir, 'timeline.json'), join(dir, 'timeline.json')),
    fronts: checkFrontlines(readJson(dir, frontsFile), join(dir, frontsFile)),
    extraction: checkEvents(readJson(dir, 'events.json'), join(dir, 'events.json')),
    states: existsSync(join(dir, statesFile)) ? checkStates(readJson(dir, statesFile), join(dir, statesFile)) : null,
    places: existsSync(join(dir, 'places.json')) ? checkPlacesJson(readJson(dir, 'places.json'), join(dir, 'places.json')) : null,
    landmarks: existsSync(join(dir, 'landmarks.geojson')) ? checkLandmarks(readJson(dir, 'landmarks.geojson'), join(dir, 'landmarks.geojson')) : null,
  };
}

/** Fails before any drawing when --out cannot be written. */
function checkWritable(out: string): void {
  const dir = dirname(resolve(out));
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) throw new UsageError(`--out ${out}: the folder ${dir} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out ${out}: is a folder, not a file`);
  try {
    accessSync(existsSync(out) ? out : dir, constants.W_OK);
  } catch {
    throw new UsageError(`--out ${out}: cannot write there (permission denied)`);
  }
}

const progressOn =
  (stderr: Stderr): Progress =>
  (done, total, date) => {
    const line = `export: frame ${done}/${total} ${date}`;
    if (stderr.isTTY) stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else stderr.write(`${line}\n`);
  };

function main(argv: readonly string[], stderr: Stderr): void {
  const progress = progressOn(stderr);
  const o = parseExportArgs(argv);
  checkWritable(o.out);
  ensureData(o.data, o.data === 'public/data', stderr);
  const data = loadExportData(o.data, o.mode);
  const job = {
    data,
    size: o.size,
    fonts: findFonts(),
    labels: districtLabels(data, o.labels),
    publication: { title: o.title, caption: o.caption, credit: o.credit },
  };
  let bytes: Uint8Array | string;
  let what: string;
  if (o.format === 'png' || o.format === 'svg') {
    const problem = checkDate(data, o.date!);
    if (problem) throw new UsageError(`--date: ${problem}`);
    bytes = o.format === 'svg' ? svgFor(job, o.date!) : pngFor(job, o.date!);
    what = o.date!;
  } else {
    const dates = framesBetween(data, o.from, o.to);
    bytes = o.format === 'gif' ? gifFor(job, dates, o.frameMs, progress) : zipFor(job, dates, progress);
    what = `${dates.length} days, ${dates[0]} … ${dates.at(-1)}`;
  }
  try {
    writeFileSync(o.out, bytes);
  } catch (e) {
    throw new UsageError(`--out ${o.out}: ${(e as Error).message}`);
  }
  const px = pixelSize(o.size);
  stderr.write(`export: ${o.out} (${o.format.toUpperCase()}, ${px.width}×${px.height}, ${what})\n`);
}

/** Runs `npm run export` with `argv`; returns the exit code (1 with every error on stderr, no stack). */
export function exportCommand(argv: readonly string[], stderr: Stderr): number {
  try {
    main(argv, stderr);
    return 0;
  } catch (e) {
    for (const line of String((e as Error)?.message ?? e).split('\n')) stderr.write(`error: ${line}\n`);
    return 1;
  }
}
