// Shared by the browser tests: Chromium, the stubbed tile server, and reading pixels.
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium for a test file: under vitest.browser.config.ts, a connection to the one its global setup
 * launched (closing it closes only this file's contexts); otherwise a browser of its own.
 */
export function launch(): Promise<Browser> {
  const shared = inject('chromium');
  return shared ? chromium.connect(shared) : launchOwn();
}

/** A Chromium of its own (the benches, which run outside vitest). */
export function launchOwn(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A download's bytes, read as a stream: the shared Chromium is connected to, and a remote download has no local path. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A 1×1 RGBA PNG, fully transparent: stubbed tiles let the map background show through. */
export const TRANSPARENT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=', 'base64');

export type Rgb = [number, number, number];
export const hex = (color: string): Rgb => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as Rgb;
export const blend = (fg: Rgb, bg: Rgb, alpha: number): Rgb => fg.map((c, i) => Math.round(c * alpha + bg[i]! * (1 - alpha))) as Rgb;
export const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

export interface Opened {
  page: Page;
  problems: string[];
  tileRequests: string[];
}

export interface OpenOptions {
  /**
   * The basemap. `none` (the default: most tests are not about tiles) opens the app with
   * `tiles=none` unless the address names its tiles; `stub` answers each OpenStreetMap tile with a
   * transparent PNG (this machine is offline) and counts the requests; `offline` fails them the way
   * a browser without a network does.
   */
  tiles?: 'none' | 'stub' | 'offline';
  /** The element (its test id) whose presence says the app is ready: the shown date by default. */
  ready?: string;
  /** Where console errors and page errors are collected (a file's own list), besides `Opened.problems`. */
  problems?: string[];
}

/** Opens the app at `url` in a new page of `ctx` and waits until it is ready. */
export async function openApp(ctx: BrowserContext, url: string, options: OpenOptions = {}): Promise<Opened> {
  const { tiles = 'none', ready = 'selected-date' } = options;
  const page = await ctx.newPage();
  const problems: string[] = [];
  const tileRequests: string[] = [];
  const problem = (text: string) => {
    problems.push(text);
    options.problems?.push(text);
  };
  page.on('console', (m) => {
    // Offline, each refused tile is logged as a failed load: that is the point, not a fault.
    const refusedTile = tiles === 'offline' && m.text().startsWith('Failed to load resource');
    if (m.type() === 'error' && !refusedTile) problem(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problem(`page error: ${e.message}`));
  if (tiles !== 'none') {
    await page.route('**/*.tile.openstreetmap.org/**', (route) => {
      tileRequests.push(route.request().url());
      return tiles === 'offline'
        ? route.abort('internetdisconnected')
        : route.fulfill({ status: 200, contentType: 'image/png', body: TRANSPARENT_PNG, headers: { 'Access-Control-Allow-Origin': '*' } });
    });
  }
  const address = new URL(url);
  if (tiles === 'none' && !address.searchParams.has('tiles')) address.searchParams.set('tiles', 'none');
  await page.goto(address.href);
  await page.getByTestId(ready).waitFor();
  return { page, problems, tileRequests };
}

export interface Tour extends Opened {
  /**
   * Follows an in-app link to the state `query` names (`?date=…&district=…`), the way back and
   * forward restore one: the address changes and the app reads it, with no reload. A query that
   * names no view gets the view the page opened with; one that names no tiles, none.
   */
  go(query: string): Promise<Page>;
}

/**
 * One page that many tests share, moved from state to state by `go` (a page load costs seconds of
 * CPU; a state change, milliseconds). Tests on it leave no dialog open and no playback running.
 */
export async function openTour(ctx: BrowserContext, url: string, options: OpenOptions = {}): Promise<Tour> {
  const opened = await openApp(ctx, url, options);
  const { page } = opened;
  // The view the app fitted (`debug` in the address exposes the map).
  const home = await page.evaluate(() => {
    const map = window.__map;
    if (!map) throw new Error('openTour needs `debug` in the address');
    return `${map.getCenter().lat},${map.getCenter().lng},${map.getZoom()}`;
  });
  const go = async (query: string) => {
    const next = new URL(query, page.url());
    if (!next.searchParams.has('tiles')) next.searchParams.set('tiles', 'none');
    if (!next.searchParams.has('view')) next.searchParams.set('view', home);
    await page.evaluate((href) => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.history.pushState(null, '', href);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, next.href);
    const date = next.searchParams.get('date');
    if (date) await page.waitForFunction((d) => document.querySelector('[data-testid="selected-date"]')?.getAttribute('data-date') === d, date);
    await nextFrames(page);
    return page;
  };
  return { ...opened, go };
}

/** Two animation frames: whatever was pending is painted. */
export const nextFrames = (p: Page) => p.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/** Page pixel of a map coordinate (needs `?debug`, which exposes the map). */
export const pixelOf = (p: Page, point: { lat: number; lon: number }) =>
  p.evaluate(({ lat, lon }) => {
    const map = window.__map!;
    const at = map.latLngToContainerPoint([lat, lon]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: Math.round(box.left + at.x), y: Math.round(box.top + at.y) };
  }, point);

/** The colours of a square of the screenshot (side `size`) centred on a page pixel. */
export async function screenshotPatch(p: Page, at: { x: number; y: number }, size = 1): Promise<Rgb[]> {
  const png = (await p.screenshot({ type: 'png' })).toString('base64');
  return p.evaluate(
    async ({ png, x, y, size }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const half = Math.floor(size / 2);
      const data = ctx.getImageData(x - half, y - half, size, size).data;
      const out: [number, number, number][] = [];
      for (let i = 0; i < data.length; i += 4) out.push([data[i]!, data[i + 1]!, data[i + 2]!]);
      return out;
    },
    { png, ...at, size },
  );
}
