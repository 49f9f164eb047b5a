// What the map knows, in Chromium against the built app: days with and without reports, a change
// known only to a date window, the legend's words for a baseline-only district, the basemap
// credited only when its tiles load, and Copy citation. Screenshots of three days, desktop and
// phone, go to KNOW_SHOTS (default .tmp/know-shots).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DistrictCollection, EventsFile, PlaceEntry, StatesFile } from '../../src/types.ts';
import { MAP_BACKGROUND, sideOf } from '../../src/look/palette.ts';
import { TRANSITION_FILL_OPACITY } from '../../src/look/marks.ts';
import { startPreview, type Preview } from './preview.ts';
import { exportCommand } from '../../src/cli/exportCommand.ts';
import { daysBetween } from '../../src/calendar.ts';
import { blend, distance, hex, launch, nextFrames, openApp, openTour, pixelOf, screenshotPatch, type OpenOptions, type Tour } from './support.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(ROOT, process.env.APP_DIST ?? 'dist');
const readData = <T>(name: string): T => JSON.parse(readFileSync(resolve(DIST, 'data', name), 'utf8')) as T;
const SHOTS = resolve(ROOT, process.env.KNOW_SHOTS ?? '.tmp/know-shots');

describe.skipIf(process.env.BROWSER_TESTS !== '1')('what the map knows, in Chromium', () => {
  let preview: Preview;
  let browser: Browser;
  let desktop: BrowserContext;
  /** The desktop page most tests share, moved between states by `tour.go` (support.ts). */
  let tour: Tour;
  const errors: string[] = [];

  /** Opens the app (support.ts: no tiles unless asked for); its console and page errors are collected. */
  const open = async (ctx: BrowserContext, query: string, tiles?: OpenOptions['tiles']): Promise<Page> =>
    (await openApp(ctx, `${preview.url}${query}`, { tiles, problems: errors })).page;

  beforeAll(async () => {
    preview = await startPreview(ROOT, DIST);
    browser = await launch();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, permissions: ['clipboard-read', 'clipboard-write'] });
    tour = await openTour(desktop, `${preview.url}?date=2016-12-06&debug`, { problems: errors });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('says on a day no report speaks of that none does and how old the carried picture is; a reported day does not', async () => {
    const states = readData<StatesFile>('states-now.json');
    const quiet = states.days.find((d) => d.date === '2016-12-13')!;
    expect(quiet.reports).toBe(0);
    const page = await tour.go('?date=2016-12-13');
    const basis = page.getByTestId('day-basis');
    await expect(basis.getAttribute('data-reported')).resolves.toBe('false');
    await expect(basis.textContent()).resolves.toMatch(/^No report speaks of 13 December 2016; the map carries forward the last reported state, 7 days old/);
    await expect(page.getByTestId('day-basis-short').textContent()).resolves.toContain('No report');
    await expect(page.locator('.changes__none').count()).resolves.toBe(0); // not "No change of control since the day before"
    const bars = page.locator('.histogram__bar');
    const i = states.days.indexOf(quiet);
    await expect(bars.nth(i).getAttribute('class')).resolves.toContain('histogram__bar--none');

    await page.getByTestId('date-slider').focus();
    for (let k = 0; k < 7; k++) await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('selected-date').getAttribute('data-date')).resolves.toBe('2016-12-06');
    await expect.poll(() => basis.getAttribute('data-reported')).toBe('true');
    await expect(basis.textContent()).resolves.toMatch(/reports? speaks? of 6 December 2016\.$/);
    await expect(page.getByText(/No report speaks of/).count()).resolves.toBe(0);
    await expect(bars.nth(i - 7).getAttribute('class')).resolves.not.toContain('histogram__bar--none');
  });

  it('bands a district changing hands in a date window with both sides, and its panel and the change say "between …"', async () => {
    const states = readData<StatesFile>('states-now.json');
    const day = states.days.find((d) => d.date === '2016-11-28')!;
    const [id, d] = Object.entries(day.districts).find(([, x]) => x.certainty === 'window')!;
    expect(id).toBe('masaken-hanano');
    const point = readData<PlaceEntry[]>('places.json').find((p) => p.id === id)!.point!;
    const page = await tour.go(`?date=2016-11-28&district=${id}&layers=fill&view=${point.lat},${point.lon},15`);
    await nextFrames(page);
    const state = page.getByTestId('district-state');
    await expect(state.getAttribute('data-certainty')).resolves.toBe('window');
    await expect(state.textContent()).resolves.toContain(
      `changing hands to Government forces: a report places the change between 20 November and 4 December 2016`,
    );
    // The transition mark: bands of the old side and of the new, side by side, on the canvas.
    const at = await pixelOf(page, point);
    const patch = await screenshotPatch(page, { x: at.x + 30, y: at.y + 30 }, 16);
    const bg = hex(MAP_BACKGROUND);
    const share = (c: string) => patch.filter((p) => distance(p, blend(hex(c), bg, TRANSITION_FILL_OPACITY)) < 30).length / patch.length;
    expect(share(sideOf(d.controller).color), 'old side').toBeGreaterThan(0.2);
    expect(share(sideOf(d.window!.side).color), 'new side').toBeGreaterThan(0.2);
    await page.screenshot({ path: resolve(SHOTS, 'window-masaken-hanano-28-nov.png') });
    // On the window's last day the change is listed with its window.
    await tour.go('?date=2016-12-04');
    const item = page.locator(`[data-testid="changes"] li[data-id="${id}"]`);
    await expect(item.getAttribute('data-window')).resolves.toBe('2016-11-20/2016-12-04');
    await expect(item.textContent()).resolves.toContain('between 20 November and 4 December 2016');
  });

  it('says the same "between …" as known then, on the day the report was published', async () => {
    const page = await tour.go('?date=2016-12-04&mode=then');
    const item = page.locator('[data-testid="changes"] li[data-id="masaken-hanano"]');
    await expect(item.textContent()).resolves.toContain('between 20 November and 4 December 2016');
  });

  it('names the baseline-only look in the legend in words, with how many districts have it', async () => {
    const page = await tour.go('?date=2016-11-28');
    const entry = page.locator('[data-testid="legend-marks"] [data-mark="baseline"]');
    await expect(entry.textContent()).resolves.toContain('not reported since the baseline');
    const drawn = new Set(readData<DistrictCollection>('districts.geojson').features.map((f) => f.properties.id));
    const day = readData<StatesFile>('states-now.json').days.find((d) => d.date === '2016-11-28')!;
    const count = Object.entries(day.districts).filter(([id, x]) => drawn.has(id) && x.certainty === 'baseline').length;
    await expect(entry.locator('.legend__count').textContent()).resolves.toBe(String(count));
  });

  it('credits no tile provider offline: the tiles fail, the map stays plain, and OpenStreetMap is never named', async () => {
    const page = await open(desktop, '?date=2016-12-06', 'offline');
    await expect.poll(() => page.locator('.leaflet-container').getAttribute('data-basemap'), { timeout: 5000 }).toBe('failed');
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.not.toContain('OpenStreetMap');
    await expect(page.locator('.leaflet-tile-pane img').count()).resolves.toBe(0);
    await page.close();
  });

  it('credits OpenStreetMap once one of its tiles has loaded', async () => {
    const page = await open(desktop, '?date=2016-12-06', 'stub');
    await expect.poll(() => page.locator('.leaflet-container').getAttribute('data-basemap')).toBe('loaded');
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('OpenStreetMap');
    await page.close();
  });

  it('puts the sentence, the outlet and the date on the clipboard with Copy citation', async () => {
    const page = await tour.go('?date=2016-12-06&district=al-shaar');
    const card = page.locator('[data-testid="district-panel"] [data-testid="evidence"]').first();
    const eventId = (await card.getAttribute('data-event'))!;
    const events = readData<EventsFile>('events.json');
    const event = events.events.find((e) => e.id === eventId)!;
    const article = events.articles.find((a) => a.id === event.article)!;
    await card.getByTestId('copy-citation').click();
    // The button says so once the clipboard has taken the text (asynchronous in Chromium).
    await card.getByTestId('copy-citation').filter({ hasText: 'Copied' }).waitFor({ timeout: 10_000 });
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(event.evidence.sentence);
    expect(text).toContain(article.source.replace(/\s*\(.*$/, '').replace(/^unknown$/i, 'unnamed outlet'));
    expect(text).toContain('6 December 2016');
    expect(text).toContain('Reading by the Aleppo frontline map');
    expect(text).toContain('district=al-shaar');
    expect(text).not.toMatch(/articles\//);
    // The day view has its own.
    await page.getByTestId('copy-day-citation').click();
    const day = await page.evaluate(() => navigator.clipboard.readText());
    expect(day).toContain('East Aleppo on 6 December 2016');
    expect(day).toContain('al-Shaar: Opposition → Government forces');
  });

  it('shows an untitled report by its outlet and date, never a file path', async () => {
    const page = await tour.go('?date=2016-12-06&district=karm-al-maysar');
    const links = await page.locator('[data-testid="evidence"] [data-field="link"]').allTextContents();
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).not.toMatch(/articles\/|\.md\b/);
  });

  it('exports 800×600 with --title, --caption and --credit: all three are on the image and no two of its texts overlap', async () => {
    const file = resolve(SHOTS, 'publication-800x600.svg');
    const texts = {
      title: 'East Aleppo on 22 December',
      caption: 'The last day of the evacuation: colours carried forward from the last report; dotted districts were never reported after the baseline.',
      credit: 'Map: A. Reporter / Example News',
    };
    let stderr = '';
    const status = exportCommand(
      [
        '--data',
        resolve(DIST, 'data'),
        '--date',
        '2016-12-22',
        '--width',
        '800',
        '--height',
        '600',
        '--out',
        file,
        '--title',
        texts.title,
        '--caption',
        texts.caption,
        '--credit',
        texts.credit,
      ],
      { write: (t: string) => (stderr += t) },
    );
    expect(status, stderr).toBe(0);
    const page = await desktop.newPage();
    await page.setContent(`<body style="margin:0">${readFileSync(file, 'utf8').replace(/^<\?xml[^>]*>/, '')}</body>`);
    await page.evaluate(() => document.fonts.ready);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('svg text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    const all = boxes.map((b) => b.text).join('\n');
    expect(all).toContain(texts.title);
    expect(all).toContain(texts.credit);
    expect(all.replace(/\n/g, ' ')).toContain('The last day of the evacuation');
    expect(all).toMatch(/Latest report: 6 December 2016, 16 days before this map’s day/);
    const overlaps: string[] = [];
    const inset = 0.5; // glyph boxes of abutting lines may touch
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.x + inset < b.x + b.w - inset && b.x + inset < a.x + a.w - inset && a.y + inset < b.y + b.h - inset && b.y + inset < a.y + a.h - inset)
          overlaps.push(`«${a.text}» × «${b.text}»`);
      }),
    );
    expect(overlaps).toEqual([]);
    expect(boxes.filter((b) => b.w > 0).length).toBeGreaterThan(20);
    await page.screenshot({ path: resolve(SHOTS, 'publication-800x600.png') });
    await page.close();
  });

  it("on a 390×844 phone: the legend folds over the map and opens, no name is cut at the map's edge, and the front is thinner", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await open(phone, '?date=2016-12-06&tiles=none');
    await nextFrames(page);
    const map = (await page.getByTestId('map').boundingBox())!;
    const legend = page.getByTestId('map-legend');
    const folded = (await legend.boundingBox())!;
    expect(folded.y).toBeGreaterThanOrEqual(map.y);
    expect(folded.y + folded.height).toBeLessThanOrEqual(map.y + map.height);
    await legend.locator('summary').click();
    await expect(legend.getAttribute('open')).resolves.not.toBeNull();
    await expect(legend.textContent()).resolves.toContain('Not reported since the baseline');
    await legend.locator('summary').click();
    const labels = await page
      .locator('.district-label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    expect(labels.length).toBeGreaterThan(5);
    for (const l of labels) {
      expect(l.x).toBeGreaterThanOrEqual(map.x);
      expect(l.x + l.w).toBeLessThanOrEqual(map.x + map.width + 0.5);
    }
    const weight = (p: Page) => p.locator('.leaflet-frontline-pane path').last().getAttribute('stroke-width');
    const wide = await tour.go('?date=2016-12-06');
    expect(Number(await weight(page))).toBeLessThan(Number(await weight(wide)));
    await phone.close();
  });

  it('takes screenshots of 28 November, 6 December and 13 December on a desktop and a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const dates = ['2016-11-28', '2016-12-06', '2016-12-13'];
    // One page per device, opened on the first day and moved on with the slider (one day per ArrowRight).
    for (const [name, ctx] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      const page = name === 'desktop' ? await tour.go(`?date=${dates[0]}`) : await open(ctx, `?date=${dates[0]}`);
      await page.evaluate(() => document.fonts.ready);
      for (const [i, date] of dates.entries()) {
        if (i > 0) {
          await page.getByTestId('date-slider').focus();
          for (let k = daysBetween(dates[i - 1]!, date); k > 0; k--) await page.keyboard.press('ArrowRight');
          await expect.poll(() => page.getByTestId('selected-date').getAttribute('data-date')).toBe(date);
        }
        await nextFrames(page);
        await page.screenshot({ path: resolve(SHOTS, `${date}-${name}.png`), fullPage: name === 'phone' });
      }
      if (name === 'phone') await page.close();
    }
    await phone.close();
  });

  it('logs no console errors and no page errors', () => {
    expect(errors).toEqual([]);
  });
});
