// The map people use, in Chromium against the built app: time, layers, the district panel and
// its evidence, search, the permalink, phone and offline looks, and axe. Facts about the data
// (which district changed, which is contested) are read from the build's own data files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { area } from '@turf/turf';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StatesFile } from '../../src/types.ts';
import type { DistrictCollection } from '../../src/frontline/topology.ts';
import type { PlaceEntry } from '../../src/types.ts';
import { MAP_BACKGROUND, sideOf } from '../../src/look/palette.ts';
import { HATCH_STRIPE } from '../../src/ui/map/hatch.ts';
import { fillOpacityOf } from '../../src/look/marks.ts';
import { lookOf } from '../../src/look/districtLook.ts';
import { startPreview, type Preview } from './preview.ts';
import { blend, distance, hex, launch, nextFrames, openApp, pixelOf, screenshotPatch, openTour, type Opened, type OpenOptions, type Tour } from './support.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(ROOT, process.env.APP_DIST ?? 'dist');
const readData = <T>(name: string): T => JSON.parse(readFileSync(resolve(DIST, 'data', name), 'utf8')) as T;
const shots = resolve(ROOT, '.tmp/screenshots');
/** The rules axe checks: WCAG 2.2 levels A and AA (its best-practice rules, none of them serious or critical, are left out). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.skipIf(process.env.BROWSER_TESTS !== '1')('the map people use, in Chromium', () => {
  let preview: Preview;
  let browser: Browser;
  let desktop: BrowserContext;
  /** The desktop page most tests share, moved between states by `tour.go` (support.ts). */
  let tour: Tour;
  /** The phone page the layout test opens and the axe test reuses. */
  let phoneTour: Tour | null = null;
  const opened: Opened[] = [];

  const open = async (ctx: BrowserContext, query: string, options?: OpenOptions) => {
    const o = await openApp(ctx, `${preview.url}${query}`, options);
    opened.push(o);
    return o;
  };
  const shownDate = (p: Page) => p.getByTestId('selected-date').getAttribute('data-date');
  const param = (p: Page, key: string) => new URL(p.url()).searchParams.get(key);

  beforeAll(async () => {
    preview = await startPreview(ROOT, DIST);
    browser = await launch();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    tour = await openTour(desktop, `${preview.url}?date=2016-12-06&debug&tiles=none`, { tiles: 'stub' });
    opened.push(tour);
    mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  describe('time', () => {
    it('moves the slider by mouse: a click on the track picks that day, a drag to the end the last day', async () => {
      const page = await tour.go('?date=2016-11-15');
      const slider = page.getByTestId('date-slider');
      const box = (await slider.boundingBox())!;
      const max = Number(await slider.getAttribute('max'));
      const thumb = 16;
      const xOf = (i: number) => box.x + thumb / 2 + (i / max) * (box.width - thumb);
      await page.mouse.click(xOf(21), box.y + box.height / 2);
      await expect(shownDate(page)).resolves.toBe('2016-12-06');
      await page.mouse.move(xOf(21), box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
      await expect(shownDate(page)).resolves.toBe('2016-12-22');
    });

    it('moves by keyboard: ←/→ on the slider, and ←, Home, End from anywhere on the page', async () => {
      const page = await tour.go('?date=2016-12-06');
      await page.getByTestId('date-slider').focus();
      await page.keyboard.press('ArrowRight');
      await expect(shownDate(page)).resolves.toBe('2016-12-07');
      await page.locator('.app__header').click(); // focus leaves the slider
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(shownDate(page)).resolves.toBe('2016-12-05');
      await page.keyboard.press('End');
      await expect(shownDate(page)).resolves.toBe('2016-12-22');
      await page.keyboard.press('Home');
      await expect(shownDate(page)).resolves.toBe('2016-11-15');
      // The date is written in English and Arabic.
      const text = await page.getByTestId('selected-date').textContent();
      expect(text).toContain('15 November 2016');
      expect(text).toContain('١٥ تشرين الثاني ٢٠١٦');
    });

    it('draws a tick per day and a histogram bar per day with the day’s report count', async () => {
      const page = await tour.go('?date=2016-12-06');
      const days = readData<StatesFile>('states-now.json').days.length;
      await expect(page.locator('.timebar__tick').count()).resolves.toBe(days);
      const bars = page.getByTestId('histogram').locator('.histogram__bar');
      await expect(bars.count()).resolves.toBe(days);
      const events = readData<{ events: { date: string }[] }>('events.json').events;
      const on6 = events.filter((e) => e.date === '2016-12-06').length;
      expect(on6).toBeGreaterThan(0);
      await expect(bars.nth(21).getAttribute('data-count')).resolves.toBe(String(on6));
    });

    it('repaints only around the districts a day restyles, and the map then is the one a whole repaint draws', async () => {
      // The district canvas's pixels, as RGBA bytes (base64 across the page boundary: a plain array of millions is slow).
      const canvasPixels = async (p: Page) => {
        const base64 = await p.evaluate(() => {
          const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas')!;
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let text = '';
          for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
          return btoa(text);
        });
        return Buffer.from(base64, 'base64');
      };
      // The same canvas repainted whole, in the same draw order (Leaflet 1.9's private repaint), and its pixels.
      const wholeRepaint = async (p: Page) => {
        await p.evaluate(() => {
          const map = window.__map! as unknown as { options: { renderer?: unknown }; _renderer: unknown };
          const renderer = (map.options.renderer ?? map._renderer) as { _redrawBounds: unknown; _redraw(): void };
          renderer._redrawBounds = null;
          renderer._redraw();
        });
        return canvasPixels(p);
      };
      // The share of pixels where some channel differs by more than 8.
      const differing = (a: Buffer, b: Buffer) => {
        let n = 0;
        for (let i = 0; i < a.length; i += 4) {
          const d = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!), Math.abs(a[i + 3]! - b[i + 3]!));
          if (d > 8) n++;
        }
        return n / (a.length / 4);
      };
      // Day by day from 2 to 8 December (the days of the big advance), each step a partial repaint.
      let page = await tour.go('?date=2016-12-02');
      const before = await canvasPixels(page);
      for (const day of ['03', '04', '05', '06', '07', '08']) page = await tour.go(`?date=2016-12-${day}`);
      const stepped = await canvasPixels(page);
      const whole = await wholeRepaint(page);
      expect(whole.length).toBe(stepped.length);
      // The days differ in about 1 % of the canvas (the districts that changed hands and their outlines).
      expect(differing(before, whole), 'pixels where 2 and 8 December differ').toBeGreaterThan(0.005);
      // A district left in a stale colour, or a neighbour not redrawn over a cleared edge, would
      // differ in hundreds of pixels; an antialiased pixel at a cleared edge may differ (1 of 463,500).
      expect(differing(stepped, whole), 'pixels where the stepped map differs from a whole repaint').toBeLessThan(0.0001);

      // Zoomed in (every district projected anew and moved), back day by day to 3 December: the same again.
      await page.evaluate(() => {
        // Around a point off the centre, so that every district moves on the canvas.
        const map = window.__map!;
        map.setZoomAround(map.containerPointToLatLng([250, 150]), map.getZoom() + 1, { animate: false });
      });
      await page.getByTestId('date-slider').focus();
      for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.getByTestId('selected-date').getAttribute('data-date')).toBe('2016-12-03');
      const zoomedStepped = await canvasPixels(page);
      expect(differing(zoomedStepped, await wholeRepaint(page)), 'after a zoom: pixels where the stepped map differs from a whole repaint').toBeLessThan(
        0.0001,
      );
    });

    it('plays and pauses: the play button steps through the days at the chosen speed, space pauses', async () => {
      const page = await tour.go('?date=2016-11-20');
      await page.getByTestId('speed').selectOption('4');
      await page.getByTestId('play').click();
      await expect(page.getByTestId('play').getAttribute('aria-pressed')).resolves.toBe('true');
      // At 4 days a second, past 22 November within 1.3 s.
      await expect.poll(async () => (await shownDate(page))! > '2016-11-22', { timeout: 1300 }).toBe(true);
      await page.locator('.app__header').click();
      await page.keyboard.press(' ');
      await expect(page.getByTestId('play').getAttribute('aria-pressed')).resolves.toBe('false');
      const paused = await shownDate(page);
      await page.waitForTimeout(700);
      await expect(shownDate(page)).resolves.toBe(paused);
    });
  });

  describe('why this colour', () => {
    it('opens a district’s panel on click: names, a strip over the whole period, and the Arabic evidence with the name marked', async () => {
      const page = await tour.go('?date=2016-12-06&debug&layers=fill,front,changes');
      const shaar = readData<PlaceEntry[]>('places.json').find((p) => p.id === 'al-shaar')!.point!;
      const at = await pixelOf(page, shaar);
      await page.mouse.click(at.x, at.y);
      const panel = page.getByTestId('district-panel');
      await panel.waitFor();
      await expect(panel.getAttribute('data-id')).resolves.toBe('al-shaar');
      await expect(panel.locator('h2').textContent()).resolves.toMatch(/al-Shaar\s*الشعار/);
      await expect(panel.getByTestId('district-state').getAttribute('data-controller')).resolves.toBe('government');
      const cells = panel.getByTestId('control-strip').locator('.strip__cell');
      await expect(cells.count()).resolves.toBe(38);
      await expect(cells.nth(0).getAttribute('data-state')).resolves.toBe('opposition');
      await expect(cells.nth(21).getAttribute('data-state')).resolves.toBe('government');
      await expect.poll(() => param(page, 'district')).toBe('al-shaar');

      const states = readData<StatesFile>('states-now.json');
      const behind = states.days.find((d) => d.date === '2016-12-06')!.districts['al-shaar']!.events;
      expect(behind.length).toBeGreaterThan(0);
      const card = panel.locator(`[data-testid="evidence"][data-event="${behind[behind.length - 1]}"]`);
      const quote = card.locator('blockquote');
      await expect(quote.getAttribute('dir')).resolves.toBe('rtl');
      await expect(quote.getAttribute('lang')).resolves.toBe('ar');
      await expect(quote.locator('mark').textContent()).resolves.toMatch(/الشعار/);
      // Right to left in the browser, in an Arabic font.
      const look = await quote.evaluate((q) => ({ dir: getComputedStyle(q).direction, font: getComputedStyle(q).fontFamily }));
      expect(look.dir).toBe('rtl');
      expect(look.font).toMatch(/Noto (Naskh|Sans) Arabic/);
      for (const field of ['outlet', 'published', 'event-date', 'confidence', 'link']) {
        await expect(card.locator(`[data-field="${field}"]`).textContent()).resolves.not.toBe('');
      }
      await expect(card.locator('[data-field="confidence"]').textContent()).resolves.toMatch(/\d+%/);
      await expect(card.locator('.evidence__claim').textContent()).resolves.toMatch(/according to|own voice/);
    });

    it('lists the day’s changes with their citations and the districts gained and lost per side', async () => {
      const page = await tour.go('?date=2016-12-06');
      const day = readData<StatesFile>('states-now.json').days.find((d) => d.date === '2016-12-06')!;
      const items = page.getByTestId('changes').locator('li.changes__item');
      await expect(items.count()).resolves.toBe(day.changes.length);
      const shaar = page.locator('[data-testid="changes"] li[data-id="al-shaar"]');
      await shaar.locator('summary').click();
      const change = day.changes.find((c) => c.district === 'al-shaar')!;
      await expect.poll(() => shaar.getByTestId('evidence').count()).toBe(change.events.length);
      const gained = day.changes.filter((c) => c.to === 'government').length;
      await expect(page.locator('[data-testid="changes-net"] [data-side="government"]').textContent()).resolves.toContain(`+${gained}`);
      // A change's name opens its panel.
      await shaar.locator('button.changes__name').click();
      await expect(page.getByTestId('district-panel').getAttribute('data-id')).resolves.toBe('al-shaar');
    });
  });

  describe('find', () => {
    it.each([['Karm al-Myassar'], ['كرم ميسر'], ['الميسر']])('finds Karm al-Maysar from “%s”, flies there and selects it', async (spelling) => {
      const page = await tour.go('?date=2016-12-06&debug');
      const before = await page.evaluate(() => window.__map!.getZoom());
      await page.getByTestId('search').fill(spelling);
      await expect(page.locator('[role="listbox"] [role="option"]').first().getAttribute('data-id')).resolves.toBe('karm-al-maysar');
      const landed = page.evaluate(() => new Promise<void>((done) => window.__map!.once('moveend', () => done())));
      await page.getByTestId('search').press('Enter');
      await expect(page.getByTestId('district-panel').getAttribute('data-id')).resolves.toBe('karm-al-maysar');
      await landed;
      const after = await page.evaluate(() => {
        const m = window.__map!;
        return { zoom: m.getZoom(), center: m.getCenter() };
      });
      expect(after.zoom).toBeGreaterThan(before);
      const point = readData<PlaceEntry[]>('places.json').find((p) => p.id === 'karm-al-maysar')!.point!;
      expect(Math.abs(after.center.lat - point.lat)).toBeLessThan(0.01);
      expect(Math.abs(after.center.lng - point.lon)).toBeLessThan(0.01);
      await expect.poll(() => param(page, 'district')).toBe('karm-al-maysar');
    });
  });

  describe('share', () => {
    it('restores date, view, district, layers, label language and mode from a link, and back/forward move through the changes', async () => {
      const { page } = await open(desktop, '?date=2016-12-06&debug');
      // The address is written a moment after a change, and changes that close together share one
      // history entry: each switch waits until the one before has its own entry.
      let entries = await page.evaluate(() => window.history.length);
      const pushed = () => expect.poll(() => page.evaluate(() => window.history.length)).toBe(++entries);
      await page.getByTestId('date-slider').focus();
      await page.keyboard.press('ArrowRight');
      await pushed();
      await page.getByTestId('search').fill('Sheikh Maqsood');
      const landed = page.evaluate(() => new Promise<void>((done) => window.__map!.once('moveend', () => done())));
      await page.getByTestId('search').press('Enter');
      await landed; // the flight
      await pushed();
      await page.locator('input[data-layer="front"]').uncheck();
      await pushed();
      await page.getByLabel('العربية').check();
      await pushed();
      const thenAvailable = await page.locator('input[data-mode="then"]').isEnabled();
      if (thenAvailable) {
        await page.locator('input[data-mode="then"]').check();
        await pushed();
      }
      const zoomed = page.evaluate(() => new Promise<number>((done) => window.__map!.once('zoomend', () => done(window.__map!.getZoom()))));
      await page.locator('.leaflet-control-zoom-in').click();
      const zoom = await zoomed;
      // The view is replaced in the address, not pushed: wait until it holds the new zoom.
      await expect.poll(() => Number(param(page, 'view')?.split(',')[2])).toBeCloseTo(zoom, 2);
      const link = page.url();
      const view = await page.evaluate(() => ({ c: window.__map!.getCenter(), z: window.__map!.getZoom() }));

      const { page: copy } = await open(desktop, new URL(link).search);
      await expect(shownDate(copy)).resolves.toBe('2016-12-07');
      await expect(copy.getByTestId('district-panel').getAttribute('data-id')).resolves.toBe('sheikh-maqsoud');
      await expect(copy.locator('input[data-layer="front"]').isChecked()).resolves.toBe(false);
      await expect(copy.locator('input[data-layer="fill"]').isChecked()).resolves.toBe(true);
      await expect(copy.getByLabel('العربية').isChecked()).resolves.toBe(true);
      await expect(copy.locator('.district-label[lang="ar"]').count()).resolves.toBeGreaterThan(0);
      await expect(copy.locator(`input[data-mode="${thenAvailable ? 'then' : 'now'}"]`).isChecked()).resolves.toBe(true);
      const copied = await copy.evaluate(() => ({ c: window.__map!.getCenter(), z: window.__map!.getZoom() }));
      expect(copied.z).toBeCloseTo(view.z, 2);
      expect(Math.abs(copied.c.lat - view.c.lat)).toBeLessThan(1e-4);
      expect(Math.abs(copied.c.lng - view.c.lng)).toBeLessThan(1e-4);
      await copy.close();

      // Back: before the last switch; forward: after it again.
      await page.goBack();
      if (thenAvailable) {
        await expect(page.locator('input[data-mode="now"]').isChecked()).resolves.toBe(true);
        await page.goBack();
      }
      await expect(page.getByLabel('English').isChecked()).resolves.toBe(true);
      await page.goBack();
      await expect(page.locator('input[data-layer="front"]').isChecked()).resolves.toBe(true);
      await page.goBack();
      await expect(page.getByTestId('district-panel').count()).resolves.toBe(0);
      await page.goBack();
      await expect(shownDate(page)).resolves.toBe('2016-12-06');
      await page.goForward();
      await expect(shownDate(page)).resolves.toBe('2016-12-07');
      await page.goForward();
      await expect(page.getByTestId('district-panel').getAttribute('data-id')).resolves.toBe('sheikh-maqsoud');
      await page.close();
    });
  });

  describe('the map itself', () => {
    it('restyles the district canvas in place: the same canvas element across days, never a remount', async () => {
      const page = await tour.go('?date=2016-12-01');
      const before = await page.evaluate(() => {
        const canvases = document.querySelectorAll('.leaflet-overlay-pane canvas');
        (canvases[0] as HTMLElement & { __mark?: number }).__mark = 42;
        return canvases.length;
      });
      await page.getByTestId('date-slider').focus();
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      const after = await page.evaluate(() => {
        const canvases = document.querySelectorAll('.leaflet-overlay-pane canvas');
        return { count: canvases.length, mark: (canvases[0] as HTMLElement & { __mark?: number }).__mark };
      });
      expect(after).toEqual({ count: before, mark: 42 });
    });

    it('hatches a contested district on the canvas: its own colour and the dark stripe, side by side', async () => {
      const districts = readData<DistrictCollection>('districts.geojson');
      const day = readData<StatesFile>('states-now.json').days.find((d) => d.date === '2016-12-06')!;
      const contested = districts.features.filter((f) => day.districts[f.properties.id]?.controller === 'contested').sort((a, b) => area(b) - area(a))[0]!;
      const point = readData<PlaceEntry[]>('places.json').find((p) => p.id === contested.properties.id)!.point!;
      const page = await tour.go(`?date=2016-12-06&debug&layers=fill&district=&view=${point.lat},${point.lon},15`);
      await nextFrames(page);
      const patch = await screenshotPatch(page, await pixelOf(page, point), 12);
      const bg = hex(MAP_BACKGROUND);
      // Its fill is as light as what it rests on (a contested district no report has named since the baseline is lighter).
      const opacity = fillOpacityOf(lookOf(day.districts[contested.properties.id], 'contested', false));
      const base = blend(hex(sideOf('contested').color), bg, opacity);
      const stripe = blend(hex(HATCH_STRIPE.contested), bg, opacity);
      const near = (c: [number, number, number]) => patch.filter((p) => distance(p, c) < 30).length / patch.length;
      expect(near(base), `base share in ${contested.properties.id}`).toBeGreaterThan(0.2);
      expect(near(stripe), `stripe share in ${contested.properties.id}`).toBeGreaterThan(0.1);
    });

    it('shows district names in English or Arabic, right to left, centred on their point', async () => {
      const shaar = readData<PlaceEntry[]>('places.json').find((p) => p.id === 'al-shaar')!.point!;
      const page = await tour.go(`?date=2016-12-06&labels=ar&debug&view=${shaar.lat},${shaar.lon},16`);
      const label = page.locator('.district-label[data-id="al-shaar"]');
      await expect(label.textContent()).resolves.toBe('الشعار');
      await expect(label.getAttribute('dir')).resolves.toBe('rtl');
      const box = (await label.boundingBox())!;
      const at = await pixelOf(page, shaar);
      expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThan(2);
      expect(Math.abs(box.y + box.height / 2 - at.y)).toBeLessThan(2);
    });
  });

  describe('everyone', () => {
    it('lays out for a 360×740 phone: no sideways scroll; slider, play, search and legend on screen; a screenshot', async () => {
      const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      // Kept open for the axe test after this one.
      phoneTour = await openTour(phone, `${preview.url}?date=2016-12-06&district=al-shaar&debug`);
      opened.push(phoneTour);
      const { page } = phoneTour;
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      for (const id of ['date-slider', 'play', 'search', 'legend', 'district-panel']) {
        await expect(page.getByTestId(id).isVisible(), id).resolves.toBe(true);
      }
      const map = (await page.getByTestId('map').boundingBox())!;
      expect(map.width).toBe(360);
      expect(map.height).toBeGreaterThan(300);
      const slider = (await page.getByTestId('date-slider').boundingBox())!;
      expect(slider.y + slider.height).toBeLessThanOrEqual(740); // the time bar is on the first screen
      await nextFrames(page);
      const file = process.env.PHONE_SCREENSHOT ? resolve(ROOT, process.env.PHONE_SCREENSHOT) : resolve(shots, 'phone.png');
      await page.screenshot({ path: file });
      const png = readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([720, 1480]);
      // The chip over the map names the selected district and takes the reader to its reports.
      const chip = page.getByTestId('selection-chip');
      await expect(chip.textContent()).resolves.toContain('al-Shaar');
      await chip.click();
      await expect
        .poll(() => page.getByTestId('district-panel').evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 3000 })
        .toBeLessThan(100);
    });

    it('has no serious or critical axe violations of WCAG 2.2 A and AA (target size too), on desktop with a district open and on a phone', async () => {
      const page = await tour.go('?date=2016-12-06&district=al-shaar');
      await page.locator('[data-testid="changes"] li summary').first().click();
      const wide = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      // The phone page of the test before, with the names in Arabic.
      const small = await phoneTour!.go('?date=2016-12-06&labels=ar');
      const narrow = await new AxeBuilder({ page: small }).withTags(WCAG).analyze();
      const serious = [...wide.violations, ...narrow.violations]
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      await small.context().close();
    });

    it('labels every control', async () => {
      const page = await tour.go('?date=2016-12-06&district=al-shaar');
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, select, a[href]')]
          .filter((el) => el.offsetParent !== null || el.getClientRects().length > 0)
          .filter((el) => {
            const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title');
            const labels = (el as HTMLInputElement).labels;
            return !labelled && !(labels && labels.length) && !(el.textContent ?? '').trim();
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unnamed).toEqual([]);
    });
  });

  describe('boundaries and city context', () => {
    it('credits the boundary source in the attribution and shows the Citadel and gates close in', async () => {
      const page = await tour.go('?date=2016-12-06&tiles=none&view=36.2000,37.1600,15');
      await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('Columbia Center for Spatial Research');
      await expect(page.locator('.landmark[data-id="citadel"]').count()).resolves.toBe(1);
      await expect(page.locator('.landmark--gate').count()).resolves.toBeGreaterThan(3);
    });
  });

  describe('basemap', () => {
    it('asks OpenStreetMap for tiles by default, with the attribution shown', async () => {
      const { page, tileRequests } = await open(desktop, '?date=2016-12-06', { tiles: 'stub' });
      await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
      // Credited once a tile has loaded.
      await expect.poll(() => page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');
      await page.locator('input[data-basemap="none"]').check();
      await expect.poll(() => param(page, 'tiles')).toBe('none');
      await expect(page.locator('.leaflet-tile-pane img').count()).resolves.toBe(0);
      await page.close();
    });

    it('looks finished with no tiles at all: the plain background, the districts, names, front, scale', async () => {
      const page = await tour.go('?date=2016-12-06');
      // The shared page has shown every state of this file without tiles: not one was asked for.
      expect(tour.tileRequests).toEqual([]);
      const box = (await page.getByTestId('map').boundingBox())!;
      const [corner] = await screenshotPatch(page, { x: Math.round(box.x + box.width - 20), y: Math.round(box.y + 80) });
      expect(distance(corner!, hex(MAP_BACKGROUND))).toBeLessThan(6);
      await expect(page.locator('.leaflet-control-scale').isVisible()).resolves.toBe(true);
      await expect(page.locator('.district-label:not([hidden])').count()).resolves.toBeGreaterThan(10);
      await page.screenshot({ path: resolve(shots, 'offline.png') });
    });
  });

  // Last on the shared page: the boundaries a user brings replace the map's own.
  describe('boundaries a user brings', () => {
    it('loads a boundary file the user picks and redraws with it; refuses a bad one and keeps the map', async () => {
      const page = await tour.go('?date=2016-12-06');
      const districts = readData<DistrictCollection>('districts.geojson');
      const swapped = {
        ...districts,
        features: districts.features.map((f) => ({
          ...f,
          properties: { NAME: f.properties.name_en },
          geometry: { ...f.geometry, coordinates: JSON.parse(JSON.stringify(f.geometry.coordinates).replace(/\[(-?[\d.]+),(-?[\d.]+)\]/g, '[$2,$1]')) },
        })),
      };
      await page
        .getByTestId('boundaries-file')
        .setInputFiles({ name: 'swapped.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(swapped)) });
      await expect(page.getByTestId('boundaries-message').textContent()).resolves.toMatch(/^swapped\.geojson: latitude and longitude look swapped/);
      await expect(page.getByTestId('district-states').getAttribute('data-count')).resolves.toBe(String(districts.features.length));
      const mine = { type: 'FeatureCollection', features: districts.features.slice(0, 20).map((f) => ({ ...f, properties: { NAME: f.properties.name_en } })) };
      await page
        .getByTestId('boundaries-file')
        .setInputFiles({ name: 'mine.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
      await expect.poll(() => page.getByTestId('boundaries-message').textContent()).toBe('mine.geojson: 20 districts drawn');
      await expect.poll(() => page.locator('.leaflet-control-attribution').textContent()).toContain('mine.geojson (supplied by the user)');
      await expect(page.getByTestId('district-states').getAttribute('data-count')).resolves.toBe('20');
    });
  });

  it('logs no console errors and no page errors', () => {
    expect(opened.flatMap((o) => o.problems)).toEqual([]);
  });
});
