// npm run --silent extract -- [--json] <file|dir>…
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { loadArticles, loadGeo } from '../load.ts';
import { extractAll } from '../../extract/run.ts';

export const extractCommand: Command = (argv, { stdout }) => {
  const { values, positionals } = parseArgs({ args: [...argv], options: { json: { type: 'boolean', default: false }, geo: { type: 'string', default: 'geo' } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error('usage: npm run --silent extract -- [--json] <file|dir>…');
  const articles = loadArticles(positionals); // first: a bad path fails before the gazetteer is read
  const geo = loadGeo(values.geo);
  const result = extractAll(articles, geo.gazetteer);
  if (values.json) {
    stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  for (const e of result.events) {
    stdout.write(`${e.date}  ${e.kind.padEnd(9)} ${e.controller.padEnd(10)} ${e.place.id.padEnd(18)} ${e.confidence.toFixed(2)}  ${e.rule}  [${e.article}]\n`);
  }
  stdout.write(`${result.events.length} events, ${result.ignored.length} ignored mentions, ${result.articles.length} articles\n`);
};
