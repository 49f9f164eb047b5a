// npm run --silent extract -- [--json] <file|dir>…
import { parseArgs } from 'node:util';
import { loadArticles, loadGeo, run } from './load.ts';
import { extractAll } from '../extract/run.ts';

run(() => {
  const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false }, geo: { type: 'string', default: 'geo' } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error('usage: npm run --silent extract -- [--json] <file|dir>…');
  const geo = loadGeo(values.geo);
  const result = extractAll(loadArticles(positionals), geo.gazetteer);
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  for (const e of result.events) {
    process.stdout.write(`${e.date}  ${e.kind.padEnd(9)} ${e.controller.padEnd(10)} ${e.place.id.padEnd(18)} ${e.confidence.toFixed(2)}  ${e.rule}  [${e.article}]\n`);
  }
  process.stdout.write(`${result.events.length} events, ${result.ignored.length} ignored mentions, ${result.articles.length} articles\n`);
});
