// The built app in a real browser: Debian's Chromium driven by playwright-core, against
// `vite preview` of dist/ (build it first; see scripts/test-all.sh). Runs only under
// vitest.browser.config.ts, which sets BROWSER_TESTS=1; the plain unit run skips it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILL_OPACITY, MAP_BACKGROUND, sideOf } from '../../src/look/palette.ts';
import { BASELINE_FILL_OPACITY } from '../../src/look/marks.ts';
import { startPreview, type Preview } from './preview.ts';
import { blend, distance, hex, launch, nextFrames, openApp, pixelOf, screenshotPatch, type OpenOptions, type Rgb } from './support.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const AL_SHAAR = { lat: 36.20904, lon: 37.18544 };

/** A side's fill as it looks over the bare map background. */
const blended = (color: string, opacity = FILL_OPACITY): Rgb => blend(hex(color), hex(MAP_BACKGROUND), opacity);

describe.skipIf(process.env.BROWSER_TESTS !== '1')('the built app in Chromium', () => {
  let preview: Preview;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  /** Opens the app (support.ts: no tiles unless asked for); its console and page errors are collected. */
  const openPage = async (ctx: BrowserContext, query: string, tiles?: OpenOptions['tiles']): Promise<Page> =>
    (await openApp(ctx, `${preview.url}${query}`, { tiles, problems })).page;

  const controllerOf = (p: Page, id: string) => p.locator(`[data-testid="district-states"] [data-id="${id}"]`).getAttribute('data-controller');

  /** The colour of the screenshot at a map coordinate. */
  async function screenshotColourAt(p: Page, point: { lat: number; lon: number }): Promise<Rgb> {
    const [colour] = await screenshotPatch(p, await pixelOf(p, point));
    return colour!;
  }

  beforeAll(async () => {
    preview = await startPreview(ROOT, process.env.APP_DIST ?? 'dist');
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    // District names off: the pixel checks read the fill at al-Shaar's point, where its label sits.
    page = await openPage(context, '?date=2016-12-05&debug&layers=fill,front,changes');
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('opens on the date in the address, with al-Shaar held by the opposition on 5 December 2016', async () => {
    await expect(page.getByTestId('selected-date').getAttribute('data-date')).resolves.toBe('2016-12-05');
    await expect(page.getByTestId('selected-date').textContent()).resolves.toContain('٥ كانون الأول ٢٠١٦');
    expect(await controllerOf(page, 'al-shaar')).toBe('opposition');
  });

  it('paints al-Shaar in the opposition colour, lighter and stippled: no report has named it since the baseline', async () => {
    await nextFrames(page);
    const patch = await screenshotPatch(page, await pixelOf(page, AL_SHAAR), 12);
    const fill = patch.filter((c) => distance(c, blended(sideOf('opposition').color, BASELINE_FILL_OPACITY)) < 24).length / patch.length;
    const dots = patch.filter((c) => c.every((v) => v > 215)).length;
    expect(fill, 'the lighter opposition fill').toBeGreaterThan(0.6);
    expect(dots, 'the white dots of the stipple').toBeGreaterThan(2);
  });

  it('moves to 6 December 2016 with ArrowRight on the slider; al-Shaar turns government-held and red', async () => {
    await page.getByTestId('date-slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('selected-date').getAttribute('data-date')).resolves.toBe('2016-12-06');
    await expect.poll(() => controllerOf(page, 'al-shaar')).toBe('government'); // the panels follow the map a frame later
    await nextFrames(page);
    const colour = await screenshotColourAt(page, AL_SHAAR);
    expect(distance(colour, blended(sideOf('government').color)), `pixel ${colour}`).toBeLessThan(24);
  });

  it('names al-Shaar in Arabic and English in a tooltip next to the pointer', async () => {
    const xy = await page.evaluate(({ lat, lon }) => {
      const map = window.__map!;
      const at = map.latLngToContainerPoint([lat, lon]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    }, AL_SHAAR);
    await page.mouse.move(xy.x, xy.y);
    const tooltip = page.locator('.leaflet-tooltip');
    await tooltip.waitFor();
    await expect(tooltip.locator('[dir="rtl"]').textContent()).resolves.toBe('الشعار');
    await expect(tooltip.textContent()).resolves.toContain('al-Shaar');
    await expect(tooltip.textContent()).resolves.toContain('Government forces');
    // Leaflet #7201: RTL content can push a tooltip away from its anchor. It must sit above the pointer.
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeLessThan(xy.x);
    expect(box.x + box.width).toBeGreaterThan(xy.x);
    expect(box.y + box.height).toBeLessThan(xy.y);
    expect(box.y + box.height).toBeGreaterThan(xy.y - 40);
    if (process.env.TOOLTIP_SCREENSHOT) await page.screenshot({ path: process.env.TOOLTIP_SCREENSHOT });
    await page.mouse.move(0, 0);
  });

  it('writes the shown date back into the address', async () => {
    expect(new URL(page.url()).searchParams.get('date')).toBe('2016-12-06');
  });

  // SCREENSHOT_PATH=docs/screenshot.png npm run test:all refreshes the README's picture.
  it('saves a 1280×800 screenshot of 6 December', async () => {
    const readme = await openPage(context, '?date=2016-12-06&district=al-shaar', 'stub');
    await nextFrames(readme);
    const file = resolve(ROOT, process.env.SCREENSHOT_PATH ?? '.tmp/screenshots/desktop.png');
    mkdirSync(dirname(file), { recursive: true });
    await readme.screenshot({ path: file });
    await readme.close();
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
  });

  it('fits a 360×740 phone screen without horizontal scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const p = await openPage(phone, '?date=2016-12-06');
    const widths = await p.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await expect(p.getByTestId('date-slider').isVisible()).resolves.toBe(true);
    await expect(p.getByTestId('legend').isVisible()).resolves.toBe(true);
    // The README's phone picture is taken by map.browser.test.ts (PHONE_SCREENSHOT=docs/screenshot-phone.png).
    await phone.close();
  });

  it('logs no console errors and no page errors', () => {
    expect(problems).toEqual([]);
  });
});
