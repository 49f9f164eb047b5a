import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/extract/extract.ts';
import { extractAll } from '../../src/extract/run.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { articleFiles } from '../../src/cli/load.ts';
import { parseGoldCorpus, parseGoldSentences, type GoldEvent } from '../../src/eval/gold.ts';
import { sentenceArticles } from '../../src/eval/run.ts';
import { score } from '../../src/eval/score.ts';
import type { ControlEvent } from '../../src/types.ts';
import { realGazetteer } from '../support/gazetteer.ts';

// The hand-written gold of tests/annotations/, case by case (npm run eval gives the same as figures).
const gaz = realGazetteer();
const lex = loadLexicon();
const cases = parseGoldSentences(readFileSync('tests/annotations/sentences.yaml', 'utf8'), 'tests/annotations/sentences.yaml');
const articles = sentenceArticles(cases);

/** An event as the gold states it: the day must fall in the gold range; attribution and extent only when the gold gives them. */
const asGold = (e: ControlEvent, g: GoldEvent | undefined) => ({
  place: e.place.id,
  kind: e.kind,
  controller: e.controller,
  ...(g && e.date >= g.earliest && e.date <= g.latest ? { earliest: g.earliest, latest: g.latest } : { date: e.date }),
  ...(g?.attribution !== undefined ? { attribution: e.attribution } : {}),
  ...(g?.extent !== undefined ? { extent: e.extent } : {}),
});

describe('the sentence cases of tests/annotations/sentences.yaml', () => {
  it.each(cases.map((c, i) => [c.construction, i] as const))('reads %s', (_, i) => {
    const c = cases[i]!;
    const { events, ignored } = extractArticle(articles[i]!, gaz, lex);
    const got = events.map((e) =>
      asGold(
        e,
        c.events.find((g) => g.place === e.place.id && g.kind === e.kind),
      ),
    );
    expect(got).toEqual(
      c.events.map((g) => ({
        place: g.place,
        kind: g.kind,
        controller: g.controller,
        earliest: g.earliest,
        latest: g.latest,
        ...(g.attribution !== undefined ? { attribution: g.attribution } : {}),
        ...(g.extent !== undefined ? { extent: g.extent } : {}),
      })),
    );
    for (const want of c.ignored) expect(ignored.map((x) => ({ place: x.place.id, reason: x.reason }))).toContainEqual(want);
  });
});

describe('the five reports against tests/annotations/corpus.yaml', () => {
  const gold = parseGoldCorpus(readFileSync('tests/annotations/corpus.yaml', 'utf8'), 'tests/annotations/corpus.yaml');
  const extraction = extractAll(
    articleFiles(['articles']).map((f) => parseArticle(readFileSync(f), f)),
    gaz,
    lex,
  );
  const s = score(
    gold.flatMap((a) => a.events.map((e) => ({ ...e, article: a.article }))),
    extraction.events,
  );

  it('reads the five reports at F1 ≥ 0.97', () => {
    const misses = [
      ...s.missed.map((g) => `missed ${g.article} ${g.place} ${g.kind} ${g.controller}`),
      ...s.spurious.map((e) => `spurious ${e.article} ${e.place.id} ${e.kind} ${e.controller}`),
    ];
    expect(s.f1, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('finds every control statement a careful reader finds, and nothing else', () => {
    expect(s.missed).toEqual([]);
    expect(s.spurious.map((e) => `${e.article} ${e.place.id} ${e.kind} ${e.controller}`)).toEqual([]);
  });

  it('dates every matched statement within the day or range the text gives', () => {
    expect(
      s.matched.filter((p) => p.found.date < p.gold.earliest || p.found.date > p.gold.latest).map((p) => `${p.gold.article} ${p.gold.place} ${p.found.date}`),
    ).toEqual([]);
  });
});

describe('the gold files themselves', () => {
  it('name the file and the field of a bad entry', () => {
    expect(() =>
      parseGoldSentences('- construction: x\n  text: y\n  events: [{ place: a, kind: seized, controller: government, date: 2016-12-06 }]\n', 'bad.yaml'),
    ).toThrow(/bad\.yaml: 0\.events\.0\.kind: /);
    expect(() => parseGoldCorpus('art: [{ place: a, kind: hold, controller: kurdish }]\n', 'c.yaml')).toThrow(/c\.yaml: art\.0: give either "date"/);
  });
});
