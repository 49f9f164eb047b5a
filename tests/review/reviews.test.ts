import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadGeo } from '../../src/cli/load.ts';
import { buildData } from '../../src/cli/buildData.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { parseReviews } from '../../src/review/parse.ts';
import { acledCsv } from '../../src/timeline/acled.ts';

// Two short reports written for these tests (not from any outlet).
const AR = `---
id: my-ar-1
published: 2016-12-07
source: Test Wire
---
ذكر المرصد السوري أن قوات النظام سيطرت اليوم الأربعاء على حي الشعار في شرق حلب إثر قتال دام يومين. وتدور اشتباكات عنيفة في حي كرم الميسر بين الفصائل وقوات النظام. وأعلنت الفصائل أنها ما زالت تسيطر على حي الصالحين.
`;
const EN = `---
id: my-en-1
published: 2016-12-08
source: Test Wire
language: en
---
Syrian government forces captured the Karm al-Jabal district of eastern Aleppo on Thursday, a monitoring group said. Rebels said they still held Bustan al-Qasr. Residents said the army's flag now flies over al-Sukkari.
`;

const geo = loadGeo('geo');
const articles = [parseArticle(AR, 'my-ar-1.md'), parseArticle(EN, 'my-en-1.md')];
const plain = runPipeline({ articles, geo, outputs: 'app' });
const idOf = (place: string) => plain.extraction.events.find((e) => e.place.id === place)!.id;
const run = (yaml: string) => runPipeline({ articles, geo, reviews: parseReviews(yaml, 'articles/reviews.yaml'), outputs: 'app' });
const control = (out: ReturnType<typeof run>, date: string, id: string) => out.timeline.days.find((d) => d.date === date)!.control[id];

describe('articles/reviews.yaml', () => {
  it('reads the two reports without review as the extractor does: al-Shaar to the government on 7 December', () => {
    expect(control(plain, '2016-12-06', 'al-shaar')).toBe('opposition');
    expect(control(plain, '2016-12-07', 'al-shaar')).toBe('government');
  });

  it('takes a rejected event off the map and lists it among the ignored mentions, with what it said', () => {
    const out = run(`version: 1\ndecisions:\n  - event: ${idOf('al-shaar')}\n    place: al-shaar\n    decision: reject\n`);
    expect(out.reviewProblems).toEqual([]);
    expect(control(out, '2016-12-07', 'al-shaar')).toBe('opposition');
    expect(out.extraction.events.some((e) => e.id === idOf('al-shaar'))).toBe(false);
    expect(out.extraction.ignored).toContainEqual(
      expect.objectContaining({ reason: 'rejected', event: idOf('al-shaar'), review: 'rejected: capture government of al-Shaar on 2016-12-07' }),
    );
  });

  it("edits an event's side and day, says so in events.json and in the review column of events.csv", () => {
    const out = run(
      `version: 1\ndecisions:\n  - event: ${idOf('al-shaar')}\n    place: al-shaar\n    decision: edit\n    side: contested\n    day: 2016-12-06\n`,
    );
    const edited = out.extraction.events.find((e) => e.id === idOf('al-shaar'))!;
    expect(edited).toMatchObject({ controller: 'contested', kind: 'contested', date: '2016-12-06' });
    expect(edited.review).toBe('edited: side government → contested; kind capture → contested; day 2016-12-07 → 2016-12-06');
    expect(control(out, '2016-12-06', 'al-shaar')).toBe('contested');
    const events = JSON.parse(out.files.get('events.json')!);
    expect(events.events.find((e: { id: string }) => e.id === edited.id).review).toBe(edited.review);
    const rows = parse(acledCsv({ events: out.extraction.events, articles: out.extraction.articles, places: geo.gazetteer.places }), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.find((r) => r.event_id_cnty === edited.id)!.review).toBe(edited.review);
    expect(rows.find((r) => r.place_id === 'karm-al-jabal')!.review).toBe('');
  });

  it('adds an event the extractor missed from the quoted words, on the sentence that holds them, and the map follows', () => {
    expect(plain.extraction.events.some((e) => e.place.id === 'sukkari')).toBe(false);
    const out = run(
      `version: 1\ndecisions:\n  - decision: add\n    article: my-en-1\n    quote: the army's flag now flies over al-Sukkari\n    district: sukkari\n    side: government\n    kind: capture\n    day: 2016-12-08\n`,
    );
    expect(out.reviewProblems).toEqual([]);
    const added = out.extraction.events.find((e) => e.place.id === 'sukkari')!;
    expect(added).toMatchObject({ id: 'my-en-1-r1', controller: 'government', date: '2016-12-08', review: 'added by review', rule: 'review/added' });
    expect(added.evidence.sentence).toBe("Residents said the army's flag now flies over al-Sukkari.");
    expect(added.mention.text).toBe("the army's flag now flies over al-Sukkari");
    expect([control(out, '2016-12-07', 'sukkari'), control(out, '2016-12-08', 'sukkari')]).toEqual([control(plain, '2016-12-07', 'sukkari'), 'government']);
  });

  it('marks an accepted event as accepted and changes nothing on the map', () => {
    const out = run(`version: 1\ndecisions:\n  - event: ${idOf('karm-al-jabal')}\n    place: karm-al-jabal\n    decision: accept\n`);
    expect(out.extraction.events.find((e) => e.place.id === 'karm-al-jabal')!.review).toBe('accepted');
    expect(out.files.get('timeline.json')).toBe(plain.files.get('timeline.json'));
  });

  it('reports a decision whose event no longer exists with its line, and applies the others', () => {
    const yaml = `version: 1\ndecisions:\n  - event: my-ar-1-9\n    place: al-shaar\n    decision: reject\n  - event: ${idOf('al-shaar')}\n    place: hanano\n    decision: reject\n  - event: ${idOf('karm-al-jabal')}\n    place: karm-al-jabal\n    decision: reject\n`;
    const out = run(yaml);
    expect(out.reviewProblems.map((p) => p.message)).toEqual([
      'articles/reviews.yaml:3: event my-ar-1-9 (al-shaar) is no longer among the events read; the decision was not applied',
      `articles/reviews.yaml:6: event ${idOf('al-shaar')} (hanano) is no longer among the events read; the decision was not applied`,
    ]);
    expect(out.reviewApplied).toEqual([null, null, idOf('karm-al-jabal')]);
    expect(control(out, '2016-12-07', 'al-shaar')).toBe('government');
  });

  it('finds an event again by its place and offset when its number changed', () => {
    const shaar = plain.extraction.events.find((e) => e.place.id === 'al-shaar')!;
    const out = run(`version: 1\ndecisions:\n  - event: my-ar-1-7\n    place: al-shaar\n    at: ${shaar.mention.start}\n    decision: reject\n`);
    expect(out.reviewProblems).toEqual([]);
    expect(out.reviewApplied).toEqual([shaar.id]);
  });

  it('refuses a second decision on one event, naming the line of the first', () => {
    const id = idOf('al-shaar');
    const out = run(
      `version: 1\ndecisions:\n  - { event: ${id}, place: al-shaar, decision: accept }\n  - { event: ${id}, place: al-shaar, decision: reject }\n`,
    );
    expect(out.reviewProblems.map((p) => p.message)).toEqual([
      `articles/reviews.yaml:4: event ${id} already has a decision at line 3; this one was not applied`,
    ]);
  });

  it('reports an added event whose words are not in the article, or whose article is unknown', () => {
    const out = run(
      `version: 1\ndecisions:\n  - { decision: add, article: my-en-1, quote: took Hanano, district: masaken-hanano, side: government, kind: capture, day: 2016-12-08 }\n  - { decision: add, article: nobody, quote: x, district: masaken-hanano, side: government, kind: capture, day: 2016-12-08 }\n`,
    );
    expect(out.reviewProblems.map((p) => p.message)).toEqual([
      'articles/reviews.yaml:3: quote: the words "took Hanano" are not in the article; the added event was not applied',
      'articles/reviews.yaml:4: article "nobody" is not in the corpus; the added event was not applied',
    ]);
  });

  it('names the file, the line and the field of a decision its schema refuses', () => {
    const yaml =
      'version: 1\ndecisions:\n  - event: a-1\n    place: al-shaar\n    decision: accept\n  - event: a-2\n    place: al-shaar\n    decision: edit\n    side: rebels\n  - decision: add\n    article: a\n    quote: q\n    district: al-shaar\n    side: government\n    kind: capture\n    day: 2016-10-01\n';
    expect(() => parseReviews(yaml, 'articles/reviews.yaml')).toThrow(
      /articles\/reviews\.yaml:9: decisions\.1\.side: [^\n]+\n.*articles\/reviews\.yaml:16: decisions\.2\.day: 2016-10-01 is outside the map's period/s,
    );
  });

  it('names the line of broken YAML', () => {
    expect(() => parseReviews('version: 1\ndecisions:\n  - event: [a\n', 'r.yaml')).toThrow(/^r\.yaml:\d+: not valid YAML/);
  });

  it('stops npm run pipeline on a stale decision, naming its line, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviews-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'my-ar-1.md'), AR);
    writeFileSync(join(dir, 'articles', 'reviews.yaml'), 'version: 1\ndecisions:\n  - event: my-ar-1-9\n    place: al-shaar\n    decision: reject\n');
    const out = join(dir, 'data');
    expect(() => buildData({ articles: join(dir, 'articles'), geo: 'geo', out })).toThrow(
      /reviews\.yaml:3: event my-ar-1-9 \(al-shaar\) is no longer among the events read/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
