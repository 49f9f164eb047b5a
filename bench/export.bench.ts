// Export speed. `npm run bench -- export` (or `npm run bench`) runs this in its own Node process.
//   export_png_ms          the app's Export of a 2× PNG of a 1280×800 view, in Chromium (median of 5)
//   export_gif_s           the app's animated GIF at 800×600: the 38 days of the battle, scaled to 40 frames
//   export_cli_frames_per_s  `npm run export` rendering: GIF frames per second at 800×600 (resvg + gifenc)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchOwn } from '../tests/browser/support.ts';
import { encode } from 'fast-png';
import { median, report } from './report.ts';
import { spawnPreview } from '../tests/browser/preview.ts';
import { readData } from '../tests/export/support.ts';
import { gifFor } from '../src/export/node/render-node.ts';
import { framesBetween } from '../src/export/frames.ts';
import { districtLabels } from '../src/export/build-scene.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** A 256×256 opaque tile with some texture, so the basemap costs what real tiles cost to draw. */
function fakeTile(): Buffer {
  const data = new Uint8Array(256 * 256 * 4);
  for (let i = 0; i < 256 * 256; i++) data.set([230 + (i % 7), 226 + ((i >> 8) % 9), 220, 255], i * 4);
  return Buffer.from(encode({ width: 256, height: 256, data, channels: 4 }));
}

function ensureBuild(): void {
  if (existsSync(resolve(ROOT, 'dist/data/frontlines.geojson')) && existsSync(resolve(ROOT, 'dist/index.html'))) return;
  process.stderr.write('export bench: building the app first\n');
  for (const args of [
    ['--import', 'tsx', 'src/cli/pipeline.ts'],
    ['node_modules/vite/bin/vite.js', 'build'],
  ]) {
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`export bench: ${args.join(' ')} failed`);
  }
}

async function browserFigures(): Promise<void> {
  ensureBuild();
  const preview = await spawnPreview(ROOT, 'dist');
  const browser = await launchOwn();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true })).newPage();
    const tile = fakeTile();
    await page.route('**/*.tile.openstreetmap.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: tile, headers: { 'Access-Control-Allow-Origin': '*' } }),
    );
    await page.goto(`${preview.url}?date=2016-12-06`);
    await page.getByTestId('export-open').click();
    const form = page.getByTestId('export-form');
    const exportOnce = async (): Promise<number> => {
      await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-go').click()]);
      const status = page.getByTestId('export-status');
      await status.and(page.locator('[data-state="done"]')).waitFor({ timeout: 120_000 });
      return Number(await status.getAttribute('data-ms'));
    };

    await form.locator('[name="format"]').selectOption('png');
    await form.locator('[name="size"]').selectOption('custom');
    await form.locator('[name="width"]').fill('1280');
    await form.locator('[name="height"]').fill('800');
    await form.locator('[name="scale"]').fill('2');
    await exportOnce(); // warm-up: fetches the data files and the tiles once
    const png: number[] = [];
    for (let i = 0; i < 5; i++) png.push(await exportOnce());
    report({
      metric: 'export_png_ms',
      value: median(png),
      unit: 'ms',
      target: '<= 500',
      note: `2560×1600 PNG with tiles, median of ${png.length}: ${png.map(Math.round).join(', ')}`,
    });

    await form.locator('[name="format"]').selectOption('gif');
    await form.locator('[name="size"]').selectOption('800x600');
    const ms = await exportOnce();
    const days = Number(await page.locator('[name="from"] option').count());
    report({
      metric: 'export_gif_s',
      value: (ms / 1000) * (40 / days),
      unit: 's',
      target: '<= 10',
      note: `${days} frames took ${(ms / 1000).toFixed(2)} s, scaled to 40`,
    });
  } finally {
    await browser.close();
    await preview.stop();
  }
}

function cliFigures(): void {
  const data = readData(resolve(ROOT, existsSync(resolve(ROOT, 'public/data/frontlines.geojson')) ? 'public/data' : 'dist/data'));
  const fonts = {
    files: ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoSansArabic-Bold']
      .map((f) => `/usr/share/fonts/truetype/noto/${f}.ttf`)
      .filter((f) => existsSync(f)),
  };
  const dates = framesBetween(data, null, null);
  const size = { width: 800, height: 600, scale: 1, dpi: null };
  const job = { data, size, fonts, labels: districtLabels(data, 'en') };
  gifFor(job, dates.slice(0, 2), 700); // warm-up
  const t = performance.now();
  const gif = gifFor(job, dates, 700);
  const s = (performance.now() - t) / 1000;
  report({
    metric: 'export_cli_frames_per_s',
    value: dates.length / s,
    unit: 'frames/s',
    note: `${dates.length}-frame 800×600 GIF (${Math.round(gif.length / 1024)} KB) in ${s.toFixed(2)} s, resvg + gifenc, one core`,
  });
}

cliFigures();
await browserFigures();
