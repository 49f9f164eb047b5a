// Serves a built app with `vite preview` on a free port, for the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { inject } from 'vitest';

export interface Preview {
  url: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * A preview of `distDir` (default `dist`) for a test file: the one vitest.browser.config.ts's global
 * setup started for that folder (stopping it is left to the setup), or else one of its own.
 */
export async function startPreview(root: string, distDir = 'dist'): Promise<Preview> {
  const shared = inject('preview');
  if (shared?.dist === resolve(root, distDir)) return { url: shared.url, stop: async () => {} };
  return spawnPreview(root, distDir);
}

/** Starts `vite preview` over `distDir` (default `dist`), which must hold a build with its data. */
export async function spawnPreview(root: string, distDir = 'dist'): Promise<Preview> {
  const dist = resolve(root, distDir);
  for (const file of ['index.html', 'data/districts.geojson', 'data/timeline.json']) {
    if (!existsSync(resolve(dist, file))) {
      throw new Error(`startPreview: ${resolve(dist, file)} is missing; run \`npm run pipeline && npx vite build\` first`);
    }
  }
  const port = await freePort();
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', dist], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  try {
    await waitForHttp(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
