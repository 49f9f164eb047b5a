import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../../src/cli/load.ts';
import { extractAll } from '../../src/extract/run.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { articleKey, parseDevGold, predictions, scoreDev } from '../../src/eval/dev.ts';
import { outletSide } from '../../src/timeline/sources.ts';
import { realGazetteer } from '../support/gazetteer.ts';
import { itNeeds } from '../support/shared.ts';

// Real reports nobody here wrote (../shared/dev, beside the project): see itNeeds.
const DEV = join('..', 'shared', 'dev');
const needsDev = (name: string, fn: () => void) => itNeeds(join(DEV, 'gold.json'), name, fn);

describe('the outlet a report comes from', () => {
  it.each([
    ['SANA (سانا)', 'government'],
    ['قناة العالم', 'government'],
    ['Al-Bawaba, citing Sputnik', 'government'],
    ['وكالة خطوة الإخبارية', 'opposition'],
    ['ميكروسيريا نقلاً عن صدى الشام', 'opposition'],
    ['Hawar News (ANHA)', 'kurdish'],
    ['Sky News Arabia', 'neutral'],
    ['شينخوا', 'neutral'],
    ['a blog nobody knows', 'unknown'],
  ])('reads %s as %s media', (source, side) => {
    expect(outletSide(source)).toBe(side);
  });

  needsDev('recognises the side of every outlet of the real reports, however its source line is written', () => {
    const articles = loadArticles([join(DEV, 'articles')]);
    expect(articles.filter((a) => outletSide(a.source) === 'unknown').map((a) => a.source)).toEqual([]);
  });
});

describe('the extractor on real reports', () => {
  needsDev('reads the real reports of ../shared/dev at F1 ≥ 0.85 without one negative violated', () => {
    const gold = parseDevGold(JSON.parse(readFileSync(join(DEV, 'gold.json'), 'utf8')), 'gold.json');
    const articles = loadArticles([join(DEV, 'articles')]);
    const keyOf = new Map(articles.map((a) => [a.id, articleKey(a.file)]));
    const events = extractAll(articles, realGazetteer(), loadLexicon()).events;
    const s = scoreDev(
      gold.assertions,
      predictions(events, (id) => keyOf.get(id) ?? id, new Set(gold.assertions.map((a) => `${a.article}|${a.place}`))),
    );
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.negativesViolated.map(({ p }) => `${p.article} ${p.place}`)).toEqual([]);
  });
});

describe('scoring the way the dev gold is annotated', () => {
  const a = (place: string, kind: string, actor: string, optional = false) =>
    ({ article: 'r.md', place, kind, actor, date_range: ['2016-12-05', '2016-12-06'], optional }) as never;
  const p = (place: string, kind: string, controller: string, date = '2016-12-06') => ({ article: 'r.md', place, kind, controller, date, event: {} }) as never;

  it('counts a right place, kind and side on a day inside the window as correct', () => {
    const s = scoreDev([a('x', 'capture', 'government')], [p('x', 'capture', 'government')]);
    expect([s.correct.length, s.precision, s.recall]).toEqual([1, 1, 1]);
  });

  it('counts an event on a place gold says is only named as a negative violated', () => {
    const s = scoreDev([a('x', 'none', 'unknown')], [p('x', 'capture', 'government')]);
    expect([s.negativesViolated.length, s.precision]).toEqual([1, 0]);
  });

  it('neither rewards nor punishes a reading of an optional assertion', () => {
    const s = scoreDev(
      [a('x', 'hold', 'opposition', true), a('y', 'capture', 'government')],
      [p('x', 'capture', 'government'), p('y', 'capture', 'government')],
    );
    expect([s.found, s.precision, s.gold]).toEqual([1, 1, 1]);
  });

  it('keeps a right reading on the wrong day out of F1 but in F1 any day', () => {
    const s = scoreDev([a('x', 'capture', 'government')], [p('x', 'capture', 'government', '2016-11-30')]);
    expect([s.f1, s.f1AnyDay, s.dateAccuracy]).toEqual([0, 1, 0]);
  });
});
