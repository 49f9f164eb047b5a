// The Export action in the built app, in Chromium: the files it downloads, opened and read back.
// Runs only under vitest.browser.config.ts (BROWSER_TESTS=1), after `vite build`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { decompressFrames, parseGIF } from 'gifuct-js';
import { MAP_BACKGROUND, sideOf } from '../../src/look/palette.ts';
import { marksOverDays, sceneForDay } from '../../src/export/build-scene.ts';
import { planScene } from '../../src/export/render-svg.ts';
import { readDpi } from '../../src/export/png-dpi.ts';
import type { Bounds } from '../../src/export/view.ts';
import { AL_SHAAR, NEW_ALEPPO, blended, distance, inkedShare, patch, pixel, readData, readPng, ROOT, shareNear } from '../export/support.ts';
import { BASELINE_FILL_OPACITY } from '../../src/look/marks.ts';
import { startPreview, type Preview } from './preview.ts';
import { downloadBytes, launch, openApp, openTour, type OpenOptions, type Tour } from './support.ts';

describe.skipIf(process.env.BROWSER_TESTS !== '1')('Export in the built app', () => {
  let preview: Preview;
  let browser: Browser;
  let context: BrowserContext;
  /** The page most tests share, moved between states by `tour.go` (support.ts). */
  let tour: Tour;
  const problems: string[] = [];
  const dist = resolve(ROOT, process.env.APP_DIST ?? 'dist');

  /** Opens the app in a page of its own (support.ts: no tiles unless asked for) with the Export dialog open. */
  async function openPage(query: string, tiles?: OpenOptions['tiles']): Promise<Page> {
    const { page } = await openApp(context, `${preview.url}${query}`, { tiles, ready: 'export-open', problems });
    await page.getByTestId('export-open').click();
    return page;
  }

  /** The shared page (no tiles) moved to the state `query` names, with the Export dialog open. */
  async function tourPage(query: string): Promise<Page> {
    const p = await tour.go(query);
    if (!(await p.getByTestId('export-form').isVisible())) await p.getByTestId('export-open').click();
    return p;
  }

  /** Chooses the options, clicks Export and returns the downloaded file's bytes and name. */
  async function exportFile(p: Page, options: Record<string, string>): Promise<{ bytes: Buffer; name: string }> {
    for (const [name, value] of Object.entries(options)) {
      const field = p.locator(`[data-testid="export-form"] [name="${name}"]`);
      if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    const [download] = await Promise.all([p.waitForEvent('download', { timeout: 60_000 }), p.getByTestId('export-go').click()]);
    return { bytes: await downloadBytes(download), name: download.suggestedFilename() };
  }

  /** The map's bounds and size on screen, as the exporter reads them. */
  const mapView = (p: Page) =>
    p.evaluate(() => {
      const m = window.__map!;
      const b = m.getBounds();
      const s = m.getSize();
      return { bounds: { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }, width: s.x, height: s.y };
    });

  /** Where al-Shaar falls in an export of `date` from that view, by the shared drawing core. */
  function planFor(date: string, view: { bounds: Bounds; width: number; height: number }, scale: number) {
    const data = readData(resolve(dist, 'data'));
    const scene = sceneForDay(data, date, { width: view.width, height: view.height, scale, bounds: view.bounds, legendMarks: marksOverDays(data, [date]) });
    return planScene(scene);
  }

  beforeAll(async () => {
    preview = await startPreview(ROOT, process.env.APP_DIST ?? 'dist');
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
    tour = await openTour(context, `${preview.url}?date=2016-12-06&debug`, { problems });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('exports a 2× PNG of the current view with al-Shaar in the government colour on 6 December, and the date and legend drawn', async () => {
    const p = await tourPage('?date=2016-12-06&debug');
    const view = await mapView(p);
    const { bytes, name } = await exportFile(p, { format: 'png', size: 'view-2', labels: 'none' });
    expect(name).toBe('east-aleppo-2016-12-06.png');
    const file = resolve(ROOT, '.tmp/export-browser-2x.png');
    (await import('node:fs')).writeFileSync(file, bytes);
    const png = readPng(file);
    expect([png.width, png.height]).toEqual([view.width * 2, view.height * 2]);
    expect(readDpi(new Uint8Array(bytes))).toBe(192);
    const plan = planFor('2016-12-06', view, 2);
    const at = plan.project(AL_SHAAR);
    const colour = pixel(png, at.x * 2, at.y * 2);
    expect(distance(colour, blended(sideOf('government').color)), `pixel ${colour}`).toBeLessThan(14);
    expect(inkedShare(png, plan.layout.date, 2)).toBeGreaterThan(0.03);
    expect(inkedShare(png, plan.layout.legend, 2)).toBeGreaterThan(0.03);
    expect(inkedShare(png, plan.layout.note, 2)).toBeGreaterThan(0.03);
    await expect(p.getByTestId('export-status').getAttribute('data-state')).resolves.toBe('done');
  });

  // New Aleppo: a large district no report names, 2.5 km from any landmark symbol, so only the baseline
  // speaks for it (al-Shaar, first used here, is a few pixels wide at 1× with the surveyed shapes and lies on the front).
  it('exports 5 December with New Aleppo in the government colour, lighter and stippled (only the baseline speaks for it)', async () => {
    const p = await tourPage('?date=2016-12-05&debug');
    const view = await mapView(p);
    const { bytes } = await exportFile(p, { format: 'png', size: 'view-1', labels: 'none' });
    const file = resolve(ROOT, '.tmp/export-browser-1x.png');
    (await import('node:fs')).writeFileSync(file, bytes);
    const png = readPng(file);
    const at = planFor('2016-12-05', view, 1).project(NEW_ALEPPO);
    const around = patch(png, at.x, at.y, 6);
    expect(shareNear(around, blended(sideOf('government').color, BASELINE_FILL_OPACITY)), 'the lighter fill').toBeGreaterThan(0.6);
    expect(around.filter((c) => c.every((v) => v > 215)).length, 'the white dots of the stipple').toBeGreaterThan(3);
  });

  it('exports A4 landscape at 300 dpi: 3508×2480 pixels, pHYs 300', async () => {
    const p = await tourPage('?date=2016-12-06&debug');
    const { bytes } = await exportFile(p, { format: 'png', size: 'a4-landscape' });
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([3508, 2480]);
    expect(readDpi(new Uint8Array(bytes))).toBe(300);
  });

  it('exports an SVG that parses, with the front line as a path, the tiles that loaded, and OpenStreetMap credited', async () => {
    const p = await openPage('?date=2016-12-06&debug', 'stub');
    const { bytes, name } = await exportFile(p, { format: 'svg', size: 'view-1' });
    expect(name).toBe('east-aleppo-2016-12-06.svg');
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') errors.push(msg);
      },
    }).parseFromString(bytes.toString('utf8'), 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(doc.getElementById('frontline')?.getAttribute('d')?.length).toBeGreaterThan(100);
    expect(doc.getElementsByTagName('image').length).toBeGreaterThan(0);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.includes('© OpenStreetMap contributors'))).toBe(true);
    expect(texts).toContain('٦ كانون الأول ٢٠١٦');
    // The day's changes are named first: the biggest of them is on the image.
    const data = readData(resolve(dist, 'data'));
    const changed = new Set(data.states!.days.find((d) => d.date === '2016-12-06')!.changes.map((c) => c.district));
    const names = data.districts.features.filter((f) => changed.has(f.properties.id)).map((f) => f.properties.name_en);
    expect(
      names.some((n) => texts.includes(n)),
      `one of ${names.join(', ')}`,
    ).toBe(true);
    await p.close();
  });

  it('exports a GIF of a chosen range with one frame per day, showing progress', async () => {
    const p = await tourPage('?date=2016-12-06&debug');
    const { bytes, name } = await exportFile(p, { format: 'gif', size: '800x600', from: '2016-12-01', to: '2016-12-06', seconds: '0.5' });
    expect(name).toBe('east-aleppo-2016-12-01_2016-12-06.gif');
    const frames = decompressFrames(parseGIF(new Uint8Array(bytes).buffer), true);
    expect(frames).toHaveLength(6);
    expect(frames.every((f) => f.dims.width === 800 && f.dims.height === 600)).toBe(true);
    expect(frames[0]!.delay).toBe(500);
  });

  it('cancels a long GIF export: no file, the status says so', async () => {
    const p = await openPage('?date=2016-12-06&debug'); // its own: a fresh dialog, with no progress shown yet
    await p.locator('[name="format"]').selectOption('gif');
    await p.locator('[name="size"]').selectOption('a4-landscape');
    let downloaded = false;
    p.on('download', () => (downloaded = true));
    await p.getByTestId('export-go').click();
    await p.getByTestId('export-progress').waitFor();
    await p.getByTestId('export-cancel').click();
    await expect.poll(() => p.getByTestId('export-status').getAttribute('data-state'), { timeout: 30_000 }).toBe('cancelled');
    await p.waitForTimeout(300);
    expect(downloaded).toBe(false);
    await p.close();
  });

  it('records a WebM video of a range of days', async () => {
    const p = await tourPage('?date=2016-12-06&debug');
    const { bytes, name } = await exportFile(p, { format: 'webm', size: '800x600', from: '2016-12-04', to: '2016-12-06', seconds: '0.2' });
    expect(name).toBe('east-aleppo-2016-12-04_2016-12-06.webm');
    expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML magic: a Matroska/WebM file
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('keeps a clean background and drops the OpenStreetMap credit when no tile loads', async () => {
    const p = await openPage('?date=2016-12-06&debug', 'offline');
    const { bytes } = await exportFile(p, { format: 'svg', size: 'view-1' });
    const doc = new DOMParser().parseFromString(bytes.toString('utf8'), 'image/svg+xml');
    expect(doc.getElementsByTagName('image').length).toBe(0);
    const background = Array.from(doc.getElementsByTagName('rect')).find((r) => r.getAttribute('data-layer') === 'background');
    expect(background?.getAttribute('fill')).toBe(MAP_BACKGROUND);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.includes('OpenStreetMap'))).toBe(false);
    await expect(p.getByTestId('export-status').textContent()).resolves.toMatch(/basemap 0\/\d+ tiles/);
    const png = await exportFile(p, { format: 'png', size: 'view-1' });
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    await p.close();
  });

  it('logs no console errors and no page errors', () => {
    expect(problems).toEqual([]);
  });
});
