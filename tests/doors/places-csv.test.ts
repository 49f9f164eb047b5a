import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parsePlaces } from '../../src/geo/places.ts';
import { loadGeo } from '../../src/cli/load.ts';
import { acledCsv, spreadsheetSafe } from '../../src/timeline/acled.ts';
import type { ArticleRef, Place } from '../../src/types.ts';
import { shaarCapture } from '../support/events.ts';

const text = readFileSync('geo/places.csv', 'utf8');
const lines = text.split('\n');
const BAD = ['0x25', '37.18544e0', 'Infinity'];

describe('places.csv numbers', () => {
  // One parse (a parse checks every point against the city outline, which takes a moment).
  const message = (() => {
    const edited = lines.map((l, i) => (i >= 1 && i <= BAD.length ? l.replace(/,(36\.\d+),(37\.\d+),/, `,$1,${BAD[i - 1]},`) : l)).join('\n');
    try {
      parsePlaces(edited, 'geo/places.csv');
    } catch (e) {
      return (e as Error).message;
    }
    return '(accepted)';
  })();

  it.each(BAD.map((lon, i) => [lon, i + 2]))('refuses the longitude %s, naming its line (%i) and field', (_, line) => {
    expect(message).toContain(`geo/places.csv:${line}: field 'lon': must be empty or a decimal number in [-180, 180]`);
  });

  it('accepts the committed file, written in plain decimals', () => {
    expect(parsePlaces(text, 'geo/places.csv').length).toBeGreaterThan(100);
  });

  it('names a missing places.csv in one line, without a stack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doors-geo-'));
    expect(() => loadGeo(dir)).toThrow(new Error(`${join(dir, 'places.csv')}: no such file`));
  });
});

describe('events.csv cells a spreadsheet would run', () => {
  it.each(['=HYPERLINK("http://x.test","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('escapes %j with a leading apostrophe (OWASP)', (value) => {
    expect(spreadsheetSafe(value)).toBe(`'${value}`);
  });

  it('leaves numbers and ordinary text alone', () => {
    expect([spreadsheetSafe(-37.1), spreadsheetSafe('Reuters'), spreadsheetSafe('a=b')]).toEqual([-37.1, 'Reuters', 'a=b']);
  });

  it('writes a formula-like source of an article as text in events.csv', () => {
    const event = shaarCapture({ evidence: { sentence: '=1+1', start: 0, end: 4 } });
    const article = { id: 'a', published: '2016-12-06', source: '=HYPERLINK("http://x.test","y")', file: 'a.md', url: null, title: null } as ArticleRef;
    const rows = parse(acledCsv({ events: [event], articles: [article], places: new Map<string, Place>() }), { columns: true }) as Record<string, string>[];
    expect(rows[0]!.source).toBe(`'=HYPERLINK("http://x.test","y")`);
    expect(rows[0]!.notes!.startsWith('On 2016-12-06')).toBe(true);
  });
});
