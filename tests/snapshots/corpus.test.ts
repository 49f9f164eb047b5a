import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { corpusRun } from '../support/corpus.ts';

// Golden files for the whole corpus. After an intended change, regenerate with
//   UPDATE_GOLDEN=1 npm test -- tests/snapshots
// and read the diff before committing it.
const DIR = 'tests/snapshots/corpus';
const update = process.env.UPDATE_GOLDEN === '1';

/** Compares with the golden file; only UPDATE_GOLDEN=1 writes it, so a missing file fails (in CI too). */
function golden(name: string, actual: unknown): void {
  const path = `${DIR}/${name}`;
  const text = JSON.stringify(actual, null, 1) + '\n';
  if (update) writeFileSync(path, text);
  if (!existsSync(path)) expect.fail(`${path} is missing; create it with UPDATE_GOLDEN=1 npm test -- tests/snapshots, then read it before committing`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

const { articles, output } = corpusRun();
const { extraction, now: states } = output;

describe('the corpus, end to end', () => {
  it('extracts the same events as the golden file', () => {
    golden(
      'events.json',
      extraction.events.map((e) => ({
        article: e.article,
        place: e.place.id,
        via: e.via?.id ?? null,
        kind: e.kind,
        controller: e.controller,
        date: e.date,
        range: [e.date_earliest, e.date_latest],
        attribution: e.attribution,
        rule: e.rule,
        confidence: e.confidence,
        mention: e.mention.text,
        evidence: [e.evidence.start, e.evidence.end],
      })),
    );
  });

  it('ignores the same mentions for the same reasons', () => {
    golden(
      'ignored.json',
      extraction.ignored.map((i) => ({ article: i.article, place: i.place.id, reason: i.reason, evidence: [i.evidence.start, i.evidence.end] })),
    );
  });

  it('makes the same day-by-day changes as the golden file', () => {
    const changes = states.days
      .map((day) => ({ date: day.date, changes: Object.fromEntries(day.changes.map((c) => [c.district, c.to])) }))
      .filter((d) => Object.keys(d.changes).length > 0);
    golden('timeline-changes.json', changes);
  });

  it('points every evidence span at its sentence in the article body', () => {
    const bodies = new Map(articles.map((a) => [a.id, a.body]));
    for (const e of [...extraction.events, ...extraction.ignored]) {
      expect(bodies.get(e.article)!.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
    }
  });
});
