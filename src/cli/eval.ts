// npm run eval [-- --gold DIR|FILE.json] [--articles DIR] [--json]: the extractor against the team's
// hand-written gold (tests/annotations/) and, when ../shared/dev is there, against real reports annotated by
// others (dev gold); `--gold FILE.json --articles DIR` scores any set annotated the dev way.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles, loadGeo, run } from './load.ts';
import { extractAll } from '../extract/run.ts';
import { loadLexicon } from '../extract/lexicon.ts';
import { parseGoldCorpus, parseGoldSentences } from '../eval/gold.ts';
import { evaluate } from '../eval/run.ts';
import { dateRight, type Score } from '../eval/score.ts';
import { devReport, DEV_GOLD, DEV_ARTICLES } from './eval-dev.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

run(() => {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string', default: 'tests/annotations' },
      articles: { type: 'string', default: 'articles' },
      geo: { type: 'string', default: 'geo' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (values.gold.endsWith('.json')) {
    const report = devReport(values.gold, values.articles, values.geo, values.json, values.quiet);
    process.stdout.write(report + '\n');
    return;
  }
  const read = (name: string) => readFileSync(join(values.gold, name), 'utf8');
  const goldCorpus = parseGoldCorpus(read('corpus.yaml'), join(values.gold, 'corpus.yaml'));
  const cases = parseGoldSentences(read('sentences.yaml'), join(values.gold, 'sentences.yaml'));
  const geo = loadGeo(values.geo);
  const lexicon = loadLexicon();
  const extraction = extractAll(loadArticles([values.articles]), geo.gazetteer, lexicon);
  const result = evaluate({ gold: goldCorpus, events: extraction.events }, cases, geo.gazetteer, lexicon);
  // Held-out sentences, written after the rules and never fitted to: how the rules carry over.
  const heldoutCases = existsSync(join(values.gold, 'heldout.yaml')) ? parseGoldSentences(read('heldout.yaml'), join(values.gold, 'heldout.yaml')) : [];
  const heldout = evaluate({ gold: [], events: [] }, heldoutCases, geo.gazetteer, lexicon, 'heldout');

  const figures = (s: Score) => ({
    gold: s.gold,
    found: s.found,
    matched: s.matched.length,
    precision: round(s.precision),
    recall: round(s.recall),
    f1: round(s.f1),
    date_accuracy: round(s.dateAccuracy),
    attribution_accuracy: round(s.attributionAccuracy),
    attribution_checked: s.attributionChecked,
  });
  const dev = existsSync(DEV_GOLD) ? devReport(DEV_GOLD, DEV_ARTICLES, values.geo, values.json, values.quiet) : null;
  if (values.json) {
    process.stdout.write(
      JSON.stringify({
        ...(dev ? { dev: JSON.parse(dev) } : {}),
        corpus: figures(result.corpus),
        sentences: { ...figures(result.sentences), cases: cases.length, ignored_misses: result.ignoredMisses.length },
        heldout: { ...figures(heldout.sentences), cases: heldoutCases.length },
      }) + '\n',
    );
    return;
  }
  const out: string[] = [];
  const row = (name: string, s: Score) => {
    const f = figures(s);
    out.push(
      `${name.padEnd(10)} gold ${String(f.gold).padStart(3)}  found ${String(f.found).padStart(3)}  matched ${String(f.matched).padStart(3)}  ` +
        `precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  date accuracy ${f.date_accuracy.toFixed(3)}  ` +
        `attribution ${f.attribution_accuracy.toFixed(3)} (of ${f.attribution_checked})`,
    );
  };
  row('corpus', result.corpus);
  row('sentences', result.sentences);
  if (heldoutCases.length > 0) row('held out', heldout.sentences);
  out.push(`sentences: ${cases.length} cases; expected "ignored" entries missing: ${result.ignoredMisses.length}; held out: ${heldoutCases.length} cases`);
  const label = (article: string) => result.constructions.get(article) ?? heldout.constructions.get(article) ?? article;
  for (const [name, s] of [
    ['corpus', result.corpus],
    ['sentences', result.sentences],
    ['held out', heldout.sentences],
  ] as const) {
    for (const g of s.missed)
      out.push(`  ${name} MISSED   ${label(g.article)}: ${g.place} ${g.kind} ${g.controller} ${g.earliest}${g.latest !== g.earliest ? `..${g.latest}` : ''}`);
    for (const e of s.spurious)
      out.push(`  ${name} SPURIOUS ${label(e.article)}: ${e.place.id} ${e.kind} ${e.controller} ${e.date} (${e.rule}) «${e.evidence.sentence.slice(0, 80)}»`);
    for (const p of s.matched.filter((p) => !dateRight(p.gold, p.found))) {
      out.push(
        `  ${name} DATE     ${label(p.gold.article)}: ${p.gold.place} got ${p.found.date}, expected ${p.gold.earliest}${p.gold.latest !== p.gold.earliest ? `..${p.gold.latest}` : ''}`,
      );
    }
    for (const p of s.matched.filter((p) => p.gold.attribution !== undefined && p.gold.attribution !== p.found.attribution)) {
      out.push(`  ${name} SAYS-WHO ${label(p.gold.article)}: ${p.gold.place} got ${p.found.attribution}, expected ${p.gold.attribution}`);
    }
  }
  for (const m of result.ignoredMisses) out.push(`  sentences IGNORED  ${m.construction}: expected ${m.expected}`);
  if (dev) out.push('', dev);
  else out.push('', `dev set: ${DEV_GOLD} not found (clone the project beside ../shared to score real reports)`);
  process.stdout.write(out.join('\n') + '\n');
});
