import { parseArgs } from 'node:util';
import { isIsoDate } from '../../calendar.ts';
import { checkSize, isPaper, paperSize, PAPERS, type OutputSize } from '../sizes.ts';
import { TEXT_LIMITS } from '../build-scene.ts';

export type ExportFormat = 'png' | 'svg' | 'gif' | 'zip';
const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'gif', 'zip'];

export interface ExportOptions {
  format: ExportFormat;
  out: string;
  /** The day of a still image. */
  date: string | null;
  /** The days of an animation (GIF, ZIP of frames), inclusive; null = the timeline's ends. */
  from: string | null;
  to: string | null;
  size: OutputSize;
  frameMs: number;
  data: string;
  /** now: every report (hindsight); then: on each day only the reports published by then. */
  mode: 'now' | 'then';
  /** District names on the map: English, Arabic, or none. */
  labels: 'en' | 'ar' | 'none';
  /** The publisher's title, caption and credit line. */
  title?: string;
  caption?: string;
  credit?: string;
}

/** A bad command line; the message names the flag and the value. */
export class UsageError extends Error {}

export const USAGE = `usage: npm run export -- --out FILE [--date YYYY-MM-DD] [--format png|svg|gif|zip]
       [--width 1280 --height 800 --scale 1 | --paper ${Object.keys(PAPERS).join('|')}]
       [--from YYYY-MM-DD --to YYYY-MM-DD] [--frame-ms 700] [--mode now|then] [--labels en|ar|none] [--data public/data]
       [--title TEXT] [--caption TEXT] [--credit TEXT]`;

function number(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${flag} ${JSON.stringify(value)} is not a number`);
  return n;
}

function isoFlag(flag: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isIsoDate(value)) throw new UsageError(`--${flag} ${JSON.stringify(value)} is not a date written YYYY-MM-DD`);
  return value;
}

/** Reads the export command line. Dates are checked against the timeline later, once it is loaded. */
export function parseExportArgs(argv: readonly string[]): ExportOptions {
  const read = () =>
    parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string' },
        date: { type: 'string' },
        format: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        scale: { type: 'string' },
        paper: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'frame-ms': { type: 'string' },
        data: { type: 'string' },
        mode: { type: 'string' },
        labels: { type: 'string' },
        title: { type: 'string' },
        caption: { type: 'string' },
        credit: { type: 'string' },
      },
      strict: true,
    }).values;
  let values: ReturnType<typeof read>;
  try {
    values = read();
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.out) throw new UsageError(`--out is required (the file to write)\n${USAGE}`);
  const ext = /\.([a-z0-9]+)$/i.exec(values.out)?.[1]?.toLowerCase();
  const format = (values.format ?? ext ?? 'png') as ExportFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      values.format
        ? `--format ${JSON.stringify(values.format)} is not one of ${FORMATS.join(', ')}`
        : `--out ${JSON.stringify(values.out)}: cannot tell the format from the extension; add --format ${FORMATS.join('|')}`,
    );
  }
  const date = isoFlag('date', values.date);
  const from = isoFlag('from', values.from);
  const to = isoFlag('to', values.to);
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const still = format === 'png' || format === 'svg';
  if (still && !date) throw new UsageError(`--date is required for a ${format.toUpperCase()} image (e.g. --date 2016-12-06)`);
  let size: OutputSize;
  if (values.paper !== undefined) {
    if (!isPaper(values.paper)) throw new UsageError(`--paper ${JSON.stringify(values.paper)} is not one of ${Object.keys(PAPERS).join(', ')}`);
    if (values.width ?? values.height ?? values.scale) throw new UsageError(`--paper ${values.paper} sets the size; leave out --width, --height and --scale`);
    size = paperSize(values.paper);
  } else {
    const [w, h] = still ? [1280, 800] : [800, 600];
    size = { width: number('width', values.width, w), height: number('height', values.height, h), scale: number('scale', values.scale, 1), dpi: null };
    const problem = checkSize(size);
    if (problem) {
      const flag = problem.startsWith('width')
        ? 'width'
        : problem.startsWith('height')
          ? 'height'
          : problem.startsWith('scale')
            ? 'scale'
            : 'width/--height/--scale';
      throw new UsageError(`--${flag}: ${problem}`);
    }
  }
  const frameMs = number('frame-ms', values['frame-ms'], 700);
  if (frameMs < 20 || frameMs > 60_000) throw new UsageError(`--frame-ms ${frameMs} must be between 20 and 60000`);
  const mode = values.mode ?? 'now';
  if (mode !== 'now' && mode !== 'then') throw new UsageError(`--mode ${JSON.stringify(mode)} is not now or then`);
  const labels = values.labels ?? 'en';
  if (labels !== 'en' && labels !== 'ar' && labels !== 'none') throw new UsageError(`--labels ${JSON.stringify(labels)} is not en, ar or none`);
  const texts: Pick<ExportOptions, 'title' | 'caption' | 'credit'> = {};
  for (const key of ['title', 'caption', 'credit'] as const) {
    const value = values[key];
    if (value === undefined) continue;
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) throw new UsageError(`--${key}: holds a control character`);
    if (value.length > TEXT_LIMITS[key]) throw new UsageError(`--${key}: ${value.length} characters; at most ${TEXT_LIMITS[key]}`);
    texts[key] = value;
  }
  return { format, out: values.out, date, from, to, size, frameMs, data: values.data ?? 'public/data', mode, labels, ...texts };
}
