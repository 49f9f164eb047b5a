import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parse.ts';
import { extractAll } from '../../../src/extract/run.ts';
import type { ExtractionResult } from '../../../src/types.ts';
import timelineSources from '../../../src/timeline/sources.json' with { type: 'json' };
import attribution from '../../../src/extract/lexicon/en/attribution.json' with { type: 'json' };
import templates from '../../../src/extract/lexicon/en/templates.json' with { type: 'json' };
import sides from '../../../src/extract/lexicon/en/sides.json' with { type: 'json' };
import { loadEnglishLexicon } from '../../../src/extract/en/lexicon.ts';
import { gazetteer, readEnglish } from './support.ts';

const FILE = 'tests/extract/en/articles/2016-12-06_en-sample.md';
const article = parseArticle(readFileSync(FILE, 'utf8'), FILE);

describe('an English report read whole', () => {
  const result = extractAll([article], gazetteer);
  const byPlace = (id: string) =>
    result.events.filter((e) => e.place.id === id).map((e) => ({ kind: e.kind, controller: e.controller, date: e.date, attribution: e.attribution }));

  it('is dispatched to the English reader and yields events', () => {
    expect(result.events.length).toBeGreaterThan(5);
  });

  it('keeps the exact sentence and the name as evidence, with offsets into the body', () => {
    for (const e of result.events) {
      expect(article.body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
      expect(article.body.slice(e.mention.start, e.mention.end)).toBe(e.mention.text);
      expect(e.mention.start).toBeGreaterThanOrEqual(e.evidence.start);
      expect(e.mention.end).toBeLessThanOrEqual(e.evidence.end);
    }
  });

  it('reads each statement of the report', () => {
    // The headline and the lead both say it; the lead dates it and names the source.
    expect(byPlace('al-shaar')).toContainEqual({ kind: 'capture', controller: 'government', date: '2016-12-05', attribution: 'SOHR' });
    expect(byPlace('al-shaar').every((e) => e.kind === 'capture' && e.controller === 'government')).toBe(true);
    expect(byPlace('karm-al-jabal')).toEqual([{ kind: 'capture', controller: 'government', date: '2016-12-05', attribution: 'SOHR' }]);
    expect(byPlace('dahrat-awwad')).toEqual([{ kind: 'capture', controller: 'government', date: '2016-12-05', attribution: 'SOHR' }]);
    expect(byPlace('jourat-awwad')[0]).toMatchObject({ kind: 'capture', controller: 'government', attribution: 'SANA' });
    expect(byPlace('karm-al-maysar')[0]).toMatchObject({ kind: 'contested', controller: 'contested' });
    expect(byPlace('sheikh-saeed')[0]).toMatchObject({ kind: 'contested', controller: 'contested' });
    for (const id of ['bustan-al-qasr', 'kallaseh', 'ferdous']) expect(byPlace(id)[0]).toMatchObject({ kind: 'hold', controller: 'opposition' });
    expect(byPlace('sheikh-maqsoud')[0]).toMatchObject({ kind: 'hold', controller: 'kurdish' });
    expect(byPlace('masaken-hanano')).toEqual([{ kind: 'capture', controller: 'government', date: '2016-11-26', attribution: null }]);
  });

  it('sends the places no statement governs to ignored, with their reason', () => {
    expect(result.ignored.map((i) => [i.place.id, i.reason])).toContainEqual(['salah-al-din', 'displacement']);
    expect(result.events.some((e) => e.place.id === 'salah-al-din')).toBe(false);
  });

  it('prints the same events from the command line', () => {
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', '--json', FILE], { encoding: 'utf8' })) as ExtractionResult;
    expect(out.events.map((e) => [e.place.id, e.kind, e.controller, e.evidence.start, e.evidence.end])).toEqual(
      result.events.map((e) => [e.place.id, e.kind, e.controller, e.evidence.start, e.evidence.end]),
    );
  }, 60_000);
});

describe('the English lexicons', () => {
  it('compile, and every template, side entry and source says what it is for', () => {
    expect(() => loadEnglishLexicon()).not.toThrow();
    expect(templates.templates.filter((t) => !t.note)).toEqual([]);
    expect(sides.sides.filter((s) => !s.note)).toEqual([]);
    expect(attribution.sources.filter((s) => !s.note)).toEqual([]);
  });

  it('use only attribution labels the timeline knows the side of', () => {
    const known = Object.keys(timelineSources.attributions);
    expect(attribution.sources.map((s) => s.label).filter((l) => !known.includes(l))).toEqual([]);
  });

  it('lower the confidence of a hedged or partisan report', () => {
    const plain = readEnglish('Troops captured Sakhour on Monday.').events[0]!.confidence;
    const hedged = readEnglish('Troops reportedly captured Sakhour on Monday.').events[0]!.confidence;
    const partisan = readEnglish('Troops captured Sakhour on Monday, SANA said.').events[0]!.confidence;
    expect(hedged).toBeLessThan(plain);
    expect(partisan).toBeLessThan(plain);
  });

  it('gives a statement with no date of its own the day the lead sets', () => {
    const { events } = readEnglish('Troops advanced on Sunday in the north.\nLater they captured Sakhour.');
    expect(events[0]).toMatchObject({ date: '2016-12-04', date_earliest: '2016-12-04', date_latest: '2016-12-06', date_precision: 'range' });
  });
});
