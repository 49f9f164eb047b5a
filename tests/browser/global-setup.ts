// One `vite preview` of dist/ and one Chromium for every browser test file (vitest.browser.config.ts):
// startPreview and launch (support.ts, preview.ts) hand these out instead of starting their own.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { spawnPreview } from './preview.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './support.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared preview: its URL and the folder it serves. */
    preview: { url: string; dist: string } | null;
    /** The shared Chromium's endpoint, for chromium.connect. */
    chromium: string | null;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  const dist = resolve(ROOT, process.env.APP_DIST ?? 'dist');
  const [preview, server] = await Promise.all([spawnPreview(ROOT, dist), chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })]);
  project.provide('preview', { url: preview.url, dist });
  project.provide('chromium', server.wsEndpoint());
  return async () => {
    await server.close();
    await preview.stop();
  };
}
