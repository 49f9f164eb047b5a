// `npm run bench [-- name…]`: runs every bench/*.bench.ts in its own Node process (one at a time,
// so they do not share a core), collects the figures they report, prints one table and writes
// .tmp/bench.json. Exits 1 if a bench crashed or a figure misses its target.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Metric } from '../bench/report.ts';

const root = resolve(import.meta.dirname, '..');
const wanted = process.argv.slice(2);
const files = readdirSync(resolve(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

function meets(value: number, target: string | undefined): boolean {
  if (!target) return true;
  const m = /^(<=|>=)\s*([\d.]+)$/.exec(target.trim());
  if (!m) throw new Error(`bench: target "${target}" is not "<= N" or ">= N"`);
  return m[1] === '<=' ? value <= Number(m[2]) : value >= Number(m[2]);
}

const metrics: (Metric & { file: string; ok: boolean })[] = [];
const crashed: string[] = [];
for (const file of files) {
  process.stderr.write(`── bench/${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', resolve(root, 'bench', file)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const line of run.stdout.split('\n')) {
    if (!line.startsWith('BENCH ')) {
      if (line.trim()) process.stderr.write(`   ${line}\n`);
      continue;
    }
    const metric = JSON.parse(line.slice(6)) as Metric;
    metrics.push({ ...metric, file, ok: meets(metric.value, metric.target) });
  }
  if (run.status !== 0) crashed.push(`${file} (exit ${run.status ?? run.signal})`);
}

const rows = metrics.map((m) => [m.metric, `${round(m.value)} ${m.unit}`, m.target ?? '', m.ok ? 'ok' : 'MISSED', m.note ?? '']);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
for (const r of rows)
  console.log(
    r
      .map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c))
      .join('  ')
      .trimEnd(),
  );
for (const c of crashed) console.log(`CRASHED ${c}`);

mkdirSync(resolve(root, '.tmp'), { recursive: true });
writeFileSync(resolve(root, '.tmp/bench.json'), JSON.stringify({ metrics, crashed }, null, 2) + '\n');
if (crashed.length > 0 || metrics.some((m) => !m.ok)) process.exitCode = 1;

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(3);
}
