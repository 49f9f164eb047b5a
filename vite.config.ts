import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app and for vitest. Unit tests run in node; files under
// tests/ui/ opt into jsdom with a `// @vitest-environment jsdom` comment.
export default defineConfig({
  plugins: [react()],
  base: './',
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
