import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkFields, guessLanguage, readDropped, reportFromFields, textProblem, type ReportFields } from '../../src/ui/reports/validate.ts';
import { projectZip, readProjectZip } from '../../src/ui/reports/project.ts';
import { loadKept, saveDecisions, saveReports } from '../../src/ui/reports/store.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { articleMarkdown } from '../../src/article/write.ts';
import { parseReviews } from '../../src/review/parse.ts';
import { reviewsYaml } from '../../src/review/write.ts';
import type { Decision } from '../../src/schema/reviews.ts';

// A short report written for these tests.
const AR = 'قالت مصادر ميدانية إن قوات النظام تقدمت في حي الشيخ سعيد جنوب حلب مساء الجمعة.';
const fields = (f: Partial<ReportFields> = {}): ReportFields => ({
  text: AR,
  published: '2016-12-09',
  outlet: 'Test Wire',
  address: '',
  headline: '',
  language: 'ar',
  ...f,
});

describe('the Add reports form’s checks', () => {
  it('guesses Arabic for Arabic text and English for English text', () => {
    expect(guessLanguage(AR)).toBe('ar');
    expect(guessLanguage('Government forces advanced in Sheikh Saeed on Friday.')).toBe('en');
  });

  it.each([
    ['', /empty/],
    ['  \n ', /empty/],
    ['<html><body><p>Aleppo</p></body></html>', /This is HTML/],
    ['Aleppo <script>fetch("x")</script>', /holds a script/],
    ['Aleppo <img src=x onerror=alert(1)>', /holds a script/],
    ['Aleppo [link](javascript:alert(1))', /holds a script/],
    ['GIF89a\u0000\u0001 bytes', /binary file/],
    ['12345 !!!', /no letter/],
  ])('refuses %j with a message that says why', (text, message) => {
    expect(textProblem(text)).toMatch(message);
  });

  it('refuses a text over 1 MB and names its size', () => {
    expect(textProblem('a'.repeat(10 * 1024 * 1024))).toBe('The text is 10.0 MB; a report can be at most 1.0 MB. Paste one report at a time.');
  });

  it('names each field at fault: a day outside the period, no outlet, an address that is not http', () => {
    expect(checkFields(fields({ published: '2016-12-23', outlet: ' ', address: 'javascript:alert(1)' }))).toEqual({
      published: '23 December 2016 is outside the map’s period: a report must be published between 15 November 2016 and 22 December 2016.',
      outlet: 'Name the outlet that published it.',
      address: 'An address starts with http:// or https://.',
    });
    expect(checkFields(fields({ published: '2016-02-30' })).published).toBe('Write a real day as YYYY-MM-DD.');
  });

  it('turns good fields into an article file the pipeline’s parser reads back, with a stable id', () => {
    const a = reportFromFields(fields({ headline: 'عنوان: "مقتبس"', address: 'https://example.org/a' }));
    const b = reportFromFields(fields({ headline: 'another' }));
    if (!('article' in a) || !('article' in b)) throw new Error('refused');
    expect(a.article).toMatchObject({
      published: '2016-12-09',
      source: 'Test Wire',
      title: 'عنوان: "مقتبس"',
      url: 'https://example.org/a',
      language: 'ar',
      body: `${AR}\n`,
    });
    expect(a.article.id).toMatch(/^added-[0-9a-f]{8}$/);
    expect(b.article.id).toBe(a.article.id);
    expect(a.file).toBe(`articles/2016-12-09_${a.article.id}.md`);
    expect(parseArticle(a.text, a.file)).toEqual(a.article);
  });

  it('reads a dropped .md with front matter, writing in an id it lacked; fills the form from a .txt; refuses bytes that are not UTF-8', () => {
    const md = readDropped('note.md', strToU8(`---\npublished: 2016-12-09\nsource: Test Wire\n---\n${AR}\n`));
    if (!('report' in md)) throw new Error('refused');
    expect(md.report.text).toMatch(/^---\nid: "added-[0-9a-f]{8}"\n/);
    expect(parseArticle(md.report.text, 'elsewhere.md').id).toBe(md.report.article.id);
    expect(readDropped('note.txt', strToU8(AR))).toEqual({ text: AR });
    expect(readDropped('photo.md', new Uint8Array([0xff, 0xd8, 0xff]))).toEqual({ error: 'photo.md: not a text file (its bytes are not UTF-8).' });
    expect(readDropped('page.pdf', strToU8('x'))).toEqual({ error: 'page.pdf: only .md and .txt files are read.' });
  });
});

describe('reviews.yaml and the article format, written by the browser', () => {
  const decisions: Decision[] = [
    { decision: 'reject', event: 'a-1', place: 'al-shaar', at: 12 },
    { decision: 'edit', event: 'a-2', place: 'ferdous', side: 'contested', window: { from: '2016-12-05', to: '2016-12-06' } },
    { decision: 'add', article: 'a', quote: 'وقال: «نعم»', start: 40, district: 'sukkari', side: 'government', kind: 'capture', day: '2016-12-09' },
  ];

  it('writes decisions that parseReviews reads back as they were', () => {
    expect(parseReviews(reviewsYaml(decisions), 'r.yaml').decisions.map(({ line: _l, ...d }) => d)).toEqual(decisions);
  });

  it('writes front matter YAML would otherwise misread (an id 007, a colon in a headline) so that it reads back the same', () => {
    const text = articleMarkdown({ id: '007', published: '2016-12-09', source: 'Wire: Aleppo', url: null, title: 'a: b # c', language: 'en', body: 'Body.\n' });
    expect(parseArticle(text, 'x.md')).toMatchObject({ id: '007', source: 'Wire: Aleppo', title: 'a: b # c', body: 'Body.\n' });
  });
});

describe('Export project / Import project', () => {
  it('puts every article and reviews.yaml in the ZIP, and reads them back', () => {
    const files = [{ file: 'articles/2016-12-09_a.md', text: `---\nid: a\npublished: 2016-12-09\nsource: W\n---\n${AR}\n` }];
    const zip = projectZip(files, [{ decision: 'reject', event: 'a-1', place: 'al-shaar' }]);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['articles/2016-12-09_a.md', 'articles/reviews.yaml']);
    const back = readProjectZip(zip);
    expect(back.articles).toEqual(files);
    expect(back.decisions).toEqual([{ decision: 'reject', event: 'a-1', place: 'al-shaar' }]);
  });

  it('refuses a file that is not a ZIP, and a ZIP with no articles', () => {
    expect(() => readProjectZip(strToU8('not a zip'))).toThrow(/not a ZIP file/);
    expect(() => readProjectZip(zipSync({ 'notes.txt': strToU8('x') }))).toThrow(/holds no articles/);
  });

  it('names the line of a bad reviews.yaml in an imported ZIP', () => {
    const zip = zipSync({ 'articles/reviews.yaml': strToU8('version: 1\ndecisions:\n  - decision: reject\n    event: a-1\n') });
    expect(() => readProjectZip(zip)).toThrow(/articles\/reviews\.yaml:3: decisions\.0\.place/);
  });
});

describe('reports kept in IndexedDB', () => {
  it('keeps added reports and decisions across loads; nothing decided reads as null', async () => {
    expect(await loadKept()).toEqual({ reports: [], decisions: null });
    const report = { id: 'added-1', file: 'articles/2016-12-09_added-1.md', text: 'x', added: '2026-01-01T00:00:00.000Z', exported: false };
    await saveReports([report]);
    await saveDecisions([{ decision: 'reject', event: 'a-1', place: 'al-shaar' }]);
    expect(await loadKept()).toEqual({ reports: [report], decisions: [{ decision: 'reject', event: 'a-1', place: 'al-shaar' }] });
  });
});
