import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Every relative import of every file under src/, as [importing file, imported path] (both from the repo root). */
function imports(): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync('src', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) out.push([file, normalize(join(dirname(file), m[1]!))]);
  }
  return out;
}

/** The files the app's entry reaches through relative imports, with the packages each names. */
function reachedFrom(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
    seen.set(
      file,
      specs.filter((s) => !s.startsWith('.')),
    );
    for (const s of specs) if (s.startsWith('.') && /\.tsx?$/.test(s)) visit(normalize(join(dirname(file), s)));
  };
  visit(entry);
  return seen;
}

describe('the layers of src/', () => {
  const all = imports();

  it('has nothing outside src/ui but the app’s entry (main.tsx) importing from src/ui (the exporter and the pipeline do not depend on the map’s code)', () => {
    expect(all.filter(([from, to]) => !from.startsWith('src/ui/') && from !== 'src/main.tsx' && to.startsWith('src/ui/'))).toEqual([]);
  });

  it('has frontline/ not importing geo/ (geo/ builds the shapes frontline/ reads)', () => {
    expect(all.filter(([from, to]) => from.startsWith('src/frontline/') && to.startsWith('src/geo/'))).toEqual([]);
  });

  it('has the pure pipeline free of node: modules (only src/cli reads and writes files)', () => {
    const impure = [];
    for (const entry of readdirSync('src', { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath, entry.name);
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || file.startsWith('src/cli/') || file.startsWith('src/export/node/')) continue;
      if (/from 'node:/.test(readFileSync(file, 'utf8'))) impure.push(file);
    }
    expect(impure).toEqual([]);
  });

  it('keeps the map’s bundle free of Node-only packages (csv-parse/sync and csv-stringify need Buffer; node: modules); csv-parse/browser is the browser build', () => {
    const nodeOnly = (p: string) =>
      p.startsWith('node:') || (p.startsWith('csv-parse') && !p.startsWith('csv-parse/browser/')) || p.startsWith('csv-stringify');
    const bad = [...reachedFrom('src/main.tsx')].flatMap(([file, packages]) => packages.filter(nodeOnly).map((p) => `${file} → ${p}`));
    expect(bad).toEqual([]);
  });
});
