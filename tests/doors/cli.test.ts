import { describe, expect, it, vi } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFolder } from '../../src/cli/writeFolder.ts';
import { captureCommand } from '../../src/cli/command.ts';
import { pipelineCommand } from '../../src/cli/commands/pipeline.ts';

/** The real command line, in a child process (for what only a process can show: that it does not hang). */
const cliProcess = (name: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${name}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Every file under `dir` with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else
        out[prefix + e.name] = createHash('sha256')
          .update(readFileSync(join(d, e.name)))
          .digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** An output folder as a previous run left it: a few files and a days/ folder. */
function previousOutput(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'doors-out-')), 'data');
  mkdirSync(join(out, 'days'), { recursive: true });
  writeFileSync(join(out, 'timeline.json'), '{"version":1}\n');
  writeFileSync(join(out, 'days', '2016-12-06.geojson'), '{}\n');
  writeFileSync(join(out, 'mine.txt'), 'not the pipeline’s\n');
  return out;
}

/** A geo folder like the project's, with districts.geojson replaced by `districts`. */
function geoWith(districts: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'doors-geo-'));
  for (const f of ['places.csv', 'baseline-2016-11-15.csv']) copyFileSync(join('geo', f), join(dir, f));
  writeFileSync(join(dir, 'districts.geojson'), districts);
  return dir;
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at |TypeError|node:internal/m);

// Each test starts a Node process; on a loaded machine that alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });

describe('the pipeline command, given bad boundaries', () => {
  it('exits 1 naming the file and feature, with no stack, and leaves the output folder byte-identical', () => {
    const fc = JSON.parse(readFileSync('geo/districts.geojson', 'utf8'));
    fc.features[3].geometry.coordinates = null;
    for (const f of fc.features.slice(10)) f.geometry.coordinates = f.geometry.coordinates.map((ring: number[][]) => ring.map(([x, y]) => [y, x]));
    const out = previousOutput();
    const before = snapshot(out);
    const { code, stdout, stderr } = captureCommand(pipelineCommand, ['--geo', geoWith(JSON.stringify(fc)), '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: .*districts\.geojson: feature 3 \(\S+\): geometry: must be a Polygon or MultiPolygon/m);
    expect(stderr).toMatch(/^error: .*districts\.geojson: feature 10 \(\S+\): geometry ring 0: .*looks like \[lat, lon\]/m);
    noStack(stderr);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['data']); // no temporary folder left behind
  });

  it('exits 1 with one line naming a missing places.csv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doors-geo-'));
    const out = previousOutput();
    const before = snapshot(out);
    const { code, stderr } = captureCommand(pipelineCommand, ['--geo', dir, '--out', out]);
    expect([code, stderr]).toEqual([1, `error: ${join(dir, 'places.csv')}: no such file\n`]);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('extract, given a named pipe among the articles', () => {
  it('refuses pipe.md by name and exits 1 instead of waiting on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doors-articles-'));
    copyFileSync('articles/2016-12-06_8f41e9a5b53dfa39.md', join(dir, 'good.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const { code, stdout, stderr } = cliProcess('extract', '--json', dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`error: ${join(dir, 'pipe.md')}: path: is a named pipe, not a regular file; it was not opened`);
    noStack(stderr);
  });
});

describe('replaceFolder: all or nothing', () => {
  it('puts the new files in place, keeps what else the folder held, and drops what the run no longer writes', () => {
    const out = previousOutput();
    replaceFolder(
      out,
      new Map([
        ['timeline.json', '{"version":1,"days":[]}\n'],
        ['days/2016-12-07.geojson', '{"type":"FeatureCollection","features":[]}\n'],
      ]),
    );
    expect(Object.keys(snapshot(out))).toEqual(['days/2016-12-07.geojson', 'mine.txt', 'timeline.json']);
    expect(readFileSync(join(out, 'timeline.json'), 'utf8')).toBe('{"version":1,"days":[]}\n');
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
  });

  it('leaves the folder byte-identical when a write fails half-way', () => {
    const out = previousOutput();
    const before = snapshot(out);
    const files = new Map([
      ['timeline.json', 'new\n'],
      ['bad\0name.json', 'x'],
    ]);
    expect(() => replaceFolder(out, files)).toThrow(/could not write the output .*it was left as it was/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
    expect(existsSync(join(out, 'mine.txt'))).toBe(true);
  });
});
