// scrub_p95_ms: slider step → overlay painted, in real Chromium, on the built app with the real
// data (Aleppo scale); scrub_p95_ms_stress: the same on 5,000 synthetic districts (`?data=stress/`).
// Each run also times the same steps on a reference page (bench/scrub/reference.ts: the same
// polygons in a bare Leaflet canvas map) and reports the app's p95 as a multiple of it.
// Builds the app into .tmp/bench-dist (its own directory: others' dist/ is left alone).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { median, percentile, report } from './report.ts';
import { spawnPreview } from '../tests/browser/preview.ts';
import { launchOwn } from '../tests/browser/support.ts';
import { writeStressData } from './scrub/stressData.ts';
import { measureSteps, sweep } from './scrub/measure.ts';
import { openReference } from './scrub/reference.ts';
import { simplifyCoverage, DISPLAY_TOLERANCE_M } from '../src/geo/simplify.ts';
import type { TimelineResult } from '../src/types.ts';
import type { DistrictCollection } from '../src/frontline/topology.ts';

/** The polygons the app draws from a data folder, and each day's sides. */
function referenceInput(dataDir: string) {
  const districts = JSON.parse(readFileSync(resolve(dataDir, 'districts.geojson'), 'utf8')) as DistrictCollection;
  const timeline = JSON.parse(readFileSync(resolve(dataDir, 'timeline.json'), 'utf8')) as TimelineResult;
  return { shapes: simplifyCoverage(districts, DISPLAY_TOLERANCE_M), days: timeline.days.map((d) => d.control as Record<string, string>) };
}

const root = resolve(import.meta.dirname, '..');
const out = '.tmp/bench-dist';

if (!existsSync(resolve(root, 'public/data/states-now.json'))) {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/pipeline.ts'], { cwd: root, stdio: 'inherit' });
}
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
writeStressData(resolve(root, out, 'stress'));

const preview = await spawnPreview(root, out);
const browser = await launchOwn();
try {
  for (const run of [
    { metric: 'scrub_p95_ms', query: '?tiles=none', target: '<= 8', rounds: 4, data: resolve(root, out, 'data') },
    { metric: 'scrub_p95_ms_stress', query: '?tiles=none&data=stress/', target: '<= 16', rounds: 3, data: resolve(root, out, 'stress/data') },
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`${preview.url}${run.query}`);
    await page.getByTestId('selected-date').waitFor({ timeout: 120_000 });
    const days = Number(await page.getByTestId('date-slider').getAttribute('max')) + 1;
    const districts = Number(await page.getByTestId('district-states').getAttribute('data-count'));
    // Three steps to warm the JIT, then sweeps forth and back over every day. The first sweep
    // meets each day for the first time (the app then keeps the day's model): its p95 is in the note.
    await measureSteps(page, [1, 2, 0]);
    const first = await measureSteps(page, sweep(days, 1));
    const rest = await measureSteps(page, sweep(days, run.rounds - 1));
    const durations = [...first.durations, ...rest.durations];
    const unpainted = first.unpainted + rest.unpainted;
    if (unpainted > 0) throw new Error(`${run.metric}: ${unpainted} of ${durations.length} steps ended before the districts were restyled`);
    report({
      metric: run.metric,
      value: percentile(durations, 95),
      unit: 'ms',
      target: run.target,
      note: `${districts} districts, ${durations.length} steps; median ${median(durations).toFixed(2)} ms, first sweep p95 ${percentile(first.durations, 95).toFixed(2)} ms, max ${Math.max(...durations).toFixed(2)} ms`,
    });

    // The reference, in the same context and viewport, straight after.
    const bare = await context.newPage();
    const input = referenceInput(run.data);
    await openReference(bare, input.shapes, input.days);
    await measureSteps(bare, [1, 2, 0]);
    const ref = await measureSteps(bare, sweep(days, run.rounds));
    if (ref.unpainted > 0) throw new Error(`${run.metric}: the reference page missed ${ref.unpainted} restyles`);
    const refP95 = percentile(ref.durations, 95);
    report({
      metric: `${run.metric}_reference`,
      value: refP95,
      unit: 'ms',
      note: `bare Leaflet canvas restyle of the same ${input.shapes.features.length} polygons, ${ref.durations.length} steps; median ${median(ref.durations).toFixed(2)} ms`,
    });
    report({ metric: `${run.metric}_ratio`, value: percentile(durations, 95) / refP95, unit: '×', note: 'app p95 ÷ reference p95 (same run, same machine)' });
    await context.close();
  }
} finally {
  await browser.close();
  await preview.stop();
}
