// The dev-set part of `npm run eval`: real reports nobody here wrote, scored against gold annotated the dev way.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadArticles, loadGeo } from './load.ts';
import { extractAll } from '../extract/run.ts';
import { articleKey, parseDevGold, predictions, scoreDev, type DevScore } from '../eval/dev.ts';

export const DEV_GOLD = join('..', 'shared', 'dev', 'gold.json');
export const DEV_ARTICLES = join('..', 'shared', 'dev', 'articles');

const r3 = (x: number) => x.toFixed(3);
const clip = (s: string, n = 160) => (s.length > n ? s.slice(0, n) + '…' : s).replace(/\s+/g, ' ');

/** Scores the extractor on `articlesDir` against `goldFile`; returns printable text (or JSON). */
export function devReport(goldFile: string, articlesDir: string, geoDir: string, json: boolean, quiet: boolean): string {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldFile, 'utf8'));
  } catch (e) {
    throw new Error(`${goldFile}: ${(e as Error).message}`);
  }
  const gold = parseDevGold(raw, goldFile);
  const articles = loadArticles([articlesDir]);
  const geo = loadGeo(geoDir);
  const extraction = extractAll(articles, geo.gazetteer);
  const keyOf = new Map(articles.map((a) => [a.id, articleKey(a.file)]));
  const s = scoreDev(
    gold.assertions,
    predictions(extraction.events, (id) => keyOf.get(id) ?? id, new Set(gold.assertions.map((a) => `${a.article}|${a.place}`))),
  );
  const unknown = [...new Set(gold.assertions.map((a) => a.place).filter((p) => !geo.gazetteer.places.has(p)))];
  if (json) return JSON.stringify(figures(s));
  const f = figures(s);
  const out = [
    `${resolve(goldFile) === resolve(DEV_GOLD) ? 'dev set' : goldFile}   gold ${f.gold}  found ${f.found}  correct ${f.correct}  precision ${r3(f.precision)}  recall ${r3(f.recall)}  F1 ${r3(f.f1)}  ` +
      `F1 any day ${r3(f.f1_any_day)}  date accuracy ${r3(f.date_accuracy)}  negatives violated ${f.negatives_violated}`,
    ...Object.entries(s.byKind).map(([k, v]) => `  ${k.padEnd(10)} gold ${v.gold}  found ${v.found}  correct ${v.correct}`),
    `  gold places the gazetteer lacks: ${unknown.length === 0 ? 'none' : unknown.join(', ')}`,
  ];
  if (quiet) return out.join('\n');
  for (const a of s.missed)
    out.push(`  MISSED   ${a.article}: ${a.place} ${a.kind} ${a.actor} ${a.date_range.join('..')}${a.note ? ` — gold's note: ${clip(a.note)}` : ''}`);
  for (const { p, gold: a } of s.spurious) {
    const why = a === null ? 'not in gold' : a.kind === 'none' ? 'NEGATIVE (gold: none)' : `gold: ${a.kind} ${a.actor}`;
    out.push(`  SPURIOUS ${p.article}: ${p.place} ${p.kind} ${p.controller} ${p.date} (${p.event.rule}; ${why}) «${clip(p.event.evidence.sentence)}»`);
  }
  for (const { p, gold: a } of s.wrongDay)
    out.push(`  DATE     ${p.article}: ${p.place} got ${p.date}, expected ${a.date_range.join('..')} «${clip(p.event.evidence.sentence)}»`);
  return out.join('\n');
}

function figures(s: DevScore) {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    gold: s.gold,
    found: s.found,
    correct: s.correct.length,
    precision: r(s.precision),
    recall: r(s.recall),
    f1: r(s.f1),
    f1_any_day: r(s.f1AnyDay),
    date_accuracy: r(s.dateAccuracy),
    negatives_violated: s.negativesViolated.length,
    by_kind: s.byKind,
  };
}
