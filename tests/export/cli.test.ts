// `npm run export`: the files it writes, opened and read back.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parseGIF, decompressFrames } from 'gifuct-js';
import { sideOf } from '../../src/look/palette.ts';
import { sceneForDay } from '../../src/export/build-scene.ts';
import { planScene } from '../../src/export/render-svg.ts';
import { CLI_CREDIT } from '../../src/export/node/render-node.ts';
import { readDpi } from '../../src/export/png-dpi.ts';
import { framesBetween } from '../../src/export/frames.ts';
import type { ExportData } from '../../src/export/data.ts';
import { AL_SHAAR, blended, distance, exportCli, exportCliProcess, corpusFolder, inkedShare, patch, pixel, readData, readPng, shareNear } from './support.ts';
import { BASELINE_FILL_OPACITY } from '../../src/look/marks.ts';

let dataDir: string;
let out: string;
let data: ExportData;

beforeAll(() => {
  dataDir = corpusFolder();
  data = readData(dataDir);
  out = mkdtempSync(join(tmpdir(), 'export-out-'));
}, 60_000);

/** Exports one PNG and returns it with where al-Shaar falls in it. */
function exportDay(date: string, size: { width: number; height: number; scale: number }, file: string) {
  const run = exportCli([
    '--data',
    dataDir,
    '--date',
    date,
    '--labels',
    'none',
    '--out',
    join(out, file),
    '--width',
    String(size.width),
    '--height',
    String(size.height),
    '--scale',
    String(size.scale),
  ]);
  expect(run.stderr).not.toMatch(/error/);
  expect(run.status).toBe(0);
  const plan = planScene(sceneForDay(data, date, { ...size, credit: CLI_CREDIT }));
  const at = plan.project(AL_SHAAR);
  return { png: readPng(join(out, file)), at: { x: at.x * size.scale, y: at.y * size.scale }, plan };
}

describe('npm run export: PNG', () => {
  it('writes a 1600×1000 PNG for --width 800 --height 500 --scale 2, with al-Shaar in the government colour on 6 December', () => {
    const { png, at } = exportDay('2016-12-06', { width: 800, height: 500, scale: 2 }, 'dec6.png');
    expect([png.width, png.height]).toEqual([1600, 1000]);
    const colour = pixel(png, at.x, at.y);
    expect(distance(colour, blended(sideOf('government').color)), `pixel ${colour}`).toBeLessThan(12);
  });

  it('paints al-Shaar on 5 December in the opposition colour, lighter and stippled: no report has named it since the baseline', () => {
    const { png, at } = exportDay('2016-12-05', { width: 1280, height: 800, scale: 1 }, 'dec5.png');
    expect([png.width, png.height]).toEqual([1280, 800]);
    const around = patch(png, at.x, at.y, 6);
    expect(shareNear(around, blended(sideOf('opposition').color, BASELINE_FILL_OPACITY)), 'the lighter fill').toBeGreaterThan(0.6);
    expect(around.filter((c) => c[0] > 215 && c[1] > 215 && c[2] > 215).length, 'the white dots of the stipple').toBeGreaterThan(3);
  });

  it('draws the date, the legend, the source note and the scale bar (those areas are not blank)', () => {
    const { png, plan } = exportDay('2016-12-06', { width: 1280, height: 800, scale: 1 }, 'areas.png');
    const l = plan.layout;
    expect(inkedShare(png, l.date, 1)).toBeGreaterThan(0.03);
    expect(inkedShare(png, l.legend, 1)).toBeGreaterThan(0.03);
    expect(inkedShare(png, l.note, 1)).toBeGreaterThan(0.03);
    expect(inkedShare(png, l.title, 1)).toBeGreaterThan(0.03);
    // …and an empty strip of the header between title and date is white: the test can tell ink from paper.
    expect(inkedShare(png, { x: l.title.x + l.title.width * 0.75, y: l.date.y, width: 20, height: l.date.height }, 1)).toBe(0);
  });

  it('writes A4 landscape at 300 dpi: 3508×2480 pixels with a 300 dpi pHYs chunk', () => {
    const file = join(out, 'a4.png');
    const run = exportCli(['--data', dataDir, '--date', '2016-12-06', '--paper', 'a4-landscape', '--out', file]);
    expect(run.status, run.stderr).toBe(0);
    const bytes = readFileSync(file);
    // The size from the header (IHDR): decoding 8.7 million pixels would add seconds and check nothing more here.
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([3508, 2480]);
    expect(readDpi(new Uint8Array(bytes))).toBe(300);
  });
});

describe('npm run export: SVG', () => {
  it("writes an SVG that parses and holds the day's front line as a path, and the districts as vectors", () => {
    const file = join(out, 'map.svg');
    const run = exportCli(['--data', dataDir, '--date', '2016-12-06', '--out', file]);
    expect(run.status, run.stderr).toBe(0);
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') errors.push(msg);
      },
    }).parseFromString(readFileSync(file, 'utf8'), 'image/svg+xml');
    expect(errors).toEqual([]);
    const svg = doc.documentElement!;
    expect(svg.tagName).toBe('svg');
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1280', '800']);
    const front = doc.getElementById('frontline');
    expect(front?.tagName).toBe('path');
    expect(front!.getAttribute('d')!.match(/M/g)!.length).toBeGreaterThan(3);
    const paths = Array.from(doc.getElementsByTagName('path'));
    const shaar = paths.find((p) => p.getAttribute('data-id') === 'al-shaar');
    expect(shaar?.getAttribute('data-controller')).toBe('government');
    expect(shaar?.getAttribute('fill')).toBe(sideOf('government').color);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('6 December 2016');
    expect(texts).toContain('٦ كانون الأول ٢٠١٦');
    expect(texts.some((t) => t?.includes('Based on 5 reports'))).toBe(true);
    // District names, English by default, as many as fit without colliding (the map's placement).
    const labels = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('data-layer') === 'labels');
    const names = Array.from(labels?.getElementsByTagName('text') ?? []).map((t) => t.textContent);
    expect(names).toContain('Sheikh Maqsoud');
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names).size).toBe(names.length);
    // The districts that changed hands that day are outlined.
    const outlined = paths.filter((p) => p.getAttribute('data-changed')).map((p) => p.getAttribute('data-changed'));
    expect(outlined).toContain('al-shaar');
  });
});

describe('npm run export: animations', () => {
  it('spans the whole timeline without --from and --to: 38 days, 15 November to 22 December', () => {
    const days = framesBetween(data, null, null);
    expect([days.length, days[0], days.at(-1)]).toEqual([38, '2016-11-15', '2016-12-22']);
  });

  it('writes a GIF with one frame per day, each captioned with its own date', () => {
    const [W, H] = [320, 200]; // small frames, six days: the test reads captions, not detail
    const file = join(out, 'battle.gif');
    const run = exportCli([
      '--data',
      dataDir,
      '--out',
      file,
      '--from',
      '2016-12-01',
      '--to',
      '2016-12-06',
      '--width',
      String(W),
      '--height',
      String(H),
      '--frame-ms',
      '300',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/frame 6\/6 2016-12-06/);
    const gif = parseGIF(new Uint8Array(readFileSync(file)).buffer);
    const frames = decompressFrames(gif, true);
    expect(frames).toHaveLength(6);
    expect(frames.every((f) => f.dims.width === W && f.dims.height === H)).toBe(true);
    expect(frames[0]!.delay).toBe(300);
    // The date area changes from frame to frame: every frame is captioned with its own date.
    const plan = planScene(sceneForDay(data, '2016-11-15', { width: W, height: H, scale: 1, credit: CLI_CREDIT }));
    const d = plan.layout.date;
    const crop = (p: Uint8ClampedArray) => {
      const rows: number[] = [];
      for (let y = Math.floor(d.y); y < d.y + d.height; y++) for (let x = Math.floor(d.x); x < d.x + d.width; x++) rows.push(p[(y * W + x) * 4]!);
      return rows.join(',');
    };
    const captions = new Set(frames.map((f) => crop(f.patch)));
    expect(captions.size).toBe(6);
  });

  it('writes a ZIP of PNG frames for --from … --to', () => {
    const file = join(out, 'frames.zip');
    const run = exportCli(['--data', dataDir, '--out', file, '--from', '2016-12-04', '--to', '2016-12-06', '--width', '400', '--height', '300']);
    expect(run.status, run.stderr).toBe(0);
    const bytes = readFileSync(file);
    const names = [...bytes.toString('latin1').matchAll(/frame-\d{3}-\d{4}-\d{2}-\d{2}\.png/g)].map((m) => m[0]);
    expect([...new Set(names)]).toEqual(['frame-001-2016-12-04.png', 'frame-002-2016-12-05.png', 'frame-003-2016-12-06.png']);
  });
});

describe('npm run export: bad input', () => {
  it.each([
    [['--date', '2016-10-01'], /--date: "2016-10-01" is not a day of the timeline \(2016-11-15 … 2016-12-22\)/],
    [['--date', '6/12/2016'], /--date "6\/12\/2016" is not a date written YYYY-MM-DD/],
    [['--date', '2016-12-06', '--width', 'wide'], /--width "wide" is not a number/],
    [['--date', '2016-12-06', '--width', '50'], /--width: width must be a number ≥ 200 \(got 50\)/],
    [['--date', '2016-12-06', '--scale', '40'], /--scale: scale must be a number in \(0, 8\] \(got 40\)/],
    [['--date', '2016-12-06', '--paper', 'letter'], /--paper "letter" is not one of a4-landscape/],
    [['--date', '2016-12-06', '--format', 'bmp'], /--format "bmp" is not one of png, svg, gif, zip/],
    [['--from', '2016-12-10', '--to', '2016-12-01', '--format', 'gif'], /--from 2016-12-10 is after --to 2016-12-01/],
    [['--format', 'png'], /--date is required for a PNG image/],
  ])('%j fails with a message naming the flag, exit 1', (args, message) => {
    const file = join(out, 'never.png');
    const run = exportCli(['--data', dataDir, '--out', file, ...args]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(file)).toBe(false);
  });

  it('exits 1 from the real command line too, with the message on stderr and nothing on stdout', () => {
    const file = join(out, 'never.png');
    const run = exportCliProcess(['--data', dataDir, '--out', file, '--date', '2016-10-01']);
    expect([run.status, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toBe('error: --date: "2016-10-01" is not a day of the timeline (2016-11-15 … 2016-12-22)\n');
    expect(existsSync(file)).toBe(false);
  });

  it('names --out when the folder does not exist, and writes nothing', () => {
    const run = exportCli(['--data', dataDir, '--date', '2016-12-06', '--out', join(out, 'no-such-folder', 'map.png')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--out .*no-such-folder.*: the folder .* does not exist/);
  });
});
