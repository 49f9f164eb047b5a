import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

/**
 * A test that reads `path` from ../shared, beside the repository, not in it. Without it a local run
 * skips the test; CI (env CI set) must have it, so there the test fails and names what is missing.
 */
export function itNeeds(path: string, name: string, fn: () => void): void {
  const here = existsSync(path);
  it.skipIf(!here && !process.env.CI)(`${name} (needs ${path})`, () => {
    if (!existsSync(path)) expect.fail(`${path} is missing: clone the project beside ../shared`);
    fn();
  });
}
