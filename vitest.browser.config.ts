import { defineConfig } from 'vitest/config';

// Real-browser tests: Chromium (playwright-core) against `vite preview` of the built app.
// Run after `vite build`: `npx vitest run --config vitest.browser.config.ts`.
// BROWSER_TESTS=1 is what lets tests/browser/* run; under the plain unit config they skip.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    // One preview server and one Chromium for all files (startPreview and launch hand them out).
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    env: { BROWSER_TESTS: '1', TZ: 'UTC' },
    // Two files at a time, each in its own browser contexts: a page load is mostly one renderer on
    // one core, so two share this machine's two cores. Workers keep their modules between files.
    fileParallelism: true,
    maxWorkers: 2,
    isolate: false,
    // Generous: on this shared two-core machine a page load can take 10 s when others are busy.
    // expect.poll returns as soon as its condition holds, so a longer limit costs nothing when it does.
    testTimeout: 120_000,
    hookTimeout: 90_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
