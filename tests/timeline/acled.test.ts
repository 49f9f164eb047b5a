import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { acledCsv, subEventType } from '../../src/timeline/acled.ts';
import type { ControlEvent, Place } from '../../src/types.ts';

const sentence = 'وتمكنت قوات النظام من السيطرة على حي الشعار، وفق المرصد';
const event: ControlEvent = {
  id: 'art-1',
  article: 'art',
  place: { id: 'al-shaar', name_ar: 'الشعار', name_en: 'al-Shaar' },
  kind: 'capture',
  controller: 'government',
  date: '2016-12-06',
  date_earliest: '2016-12-05',
  date_latest: '2016-12-06',
  date_precision: 'range',
  confidence: 0.72,
  attribution: 'SOHR',
  evidence: { sentence, start: 0, end: sentence.length },
  rule: 'capture/take-control',
  mention: { text: 'الشعار', start: 40, end: 46 },
};
const place = { id: 'al-shaar', point: { lat: 36.20904, lon: 37.18544 } } as Place;
const csv = acledCsv({
  events: [
    event,
    { ...event, id: 'art-2', place: { id: 'nowhere', name_ar: '', name_en: 'Nowhere' }, kind: 'hold', controller: 'kurdish', rule: 'hold/under-control' },
  ],
  articles: [{ id: 'art', published: '2016-12-06', source: 'Al-Souria Net', file: 'a.md', url: 'https://example.org/a', title: null }],
  places: new Map([['al-shaar', place]]),
});
const rows = parse(csv, { columns: true }) as Record<string, string>[];

describe('the ACLED-like events CSV', () => {
  it('writes one row per event with the date, its precision, actor, place and point', () => {
    expect(rows[0]).toMatchObject({
      event_id_cnty: 'art-1',
      event_date: '2016-12-06',
      time_precision: '2',
      event_type: 'Battles',
      sub_event_type: 'Government regains territory',
      actor1: 'Military Forces of Syria (2000-)',
      location: 'al-Shaar',
      latitude: '36.20904',
      longitude: '37.18544',
      geo_precision: '1',
      source: 'Al-Souria Net; SOHR',
      url: 'https://example.org/a',
    });
  });

  it('quotes the Arabic sentence whole in the notes, commas and all', () => {
    expect(rows[0]!.notes).toBe(`On 2016-12-06: «${sentence}»`);
  });

  it('leaves the point blank for a place without one instead of inventing it', () => {
    expect(rows[1]).toMatchObject({ location: 'Nowhere', latitude: '', longitude: '', geo_precision: '' });
  });

  it('names sub-event types as ACLED does, and keeps a plain description of who holds a place apart', () => {
    expect(subEventType({ kind: 'capture', controller: 'opposition', rule: 'capture/regain' })).toBe('Non-state actor overtakes territory');
    expect(subEventType({ kind: 'contested', controller: 'contested', rule: 'contested/fighting' })).toBe('Armed clash');
    expect(subEventType({ kind: 'hold', controller: 'opposition', rule: 'hold/repelled' })).toBe('Armed clash');
    expect(rows[1]).toMatchObject({ event_type: '', sub_event_type: 'Territory held (report, no event)' });
  });
});
