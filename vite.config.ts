import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// One config for the app and for vitest. Unit tests run in node; files under
// tests/ui/ opt into jsdom with a `// @vitest-environment jsdom` comment.
// The pipeline's worker (src/ui/reports/pipeline.worker.ts) reads the gazetteer's CSV with
// csv-parse, whose Node build needs Buffer: in the worker it gets the package's browser build. It
// writes no events.csv, so csv-stringify is left out (src/ui/reports/noCsvStringify.ts).
const WORKER_MODULES: Record<string, string> = {
  'csv-parse/sync': './node_modules/csv-parse/dist/esm/sync.js',
  'csv-stringify/sync': './src/ui/reports/noCsvStringify.ts',
};
const csvForBrowser = {
  name: 'csv-for-browser',
  enforce: 'pre' as const,
  resolveId(id: string) {
    return WORKER_MODULES[id] ? fileURLToPath(new URL(WORKER_MODULES[id], import.meta.url)) : null;
  },
};

export default defineConfig({
  plugins: [react()],
  base: './',
  worker: { format: 'es', plugins: () => [csvForBrowser] },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Real-browser tests need a build and Chromium: vitest.browser.config.ts runs them.
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // test:all runs these beside the browser tests, two cores for both: a geometry test that takes
    // 8 s alone can take 25 s there.
    testTimeout: 60_000,
    // A beforeAll that builds the districts or runs the pipeline can take seconds on a loaded machine.
    hookTimeout: 60_000,
    // Test files share a worker's loaded modules (turf, the extractor, the gazetteer) instead of
    // importing them again per file: the unit run takes less than half the time. Tests must not
    // rely on a fresh module state (none does; caches are keyed by input).
    isolate: false,
  },
});
