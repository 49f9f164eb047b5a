// npm run --silent extract -- [--json | --explain] <file|dir>…
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { loadArticles, loadGeo } from '../load.ts';
import { extractAll } from '../../extract/run.ts';
import { extractArticle, type SentenceTrace } from '../../extract/extract.ts';
import { loadLexicon } from '../../extract/lexicon.ts';
import { explainText, tracesFromResults } from '../../extract/explain.ts';
import { extractEnglish } from '../../extract/en/index.ts';

export const extractCommand: Command = (argv, { stdout }) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, geo: { type: 'string', default: 'geo' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new Error('usage: npm run --silent extract -- [--json | --explain] <file|dir>…');
  const articles = loadArticles(positionals); // first: a bad path fails before the gazetteer is read
  const geo = loadGeo(values.geo);
  if (values.explain) {
    // Per sentence: its clauses, the phrases found and what became of each place (src/extract/explain.ts).
    const lex = loadLexicon();
    for (const article of articles) {
      const traces: SentenceTrace[] = [];
      if (article.language === 'en') {
        const { events, ignored } = extractEnglish(article, geo.gazetteer);
        traces.push(...tracesFromResults(events, ignored));
      } else extractArticle(article, geo.gazetteer, lex, traces);
      stdout.write(`# ${article.file} (${article.source}, published ${article.published}): ${traces.length} sentences read\n\n${explainText(traces)}\n`);
    }
    return;
  }
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
