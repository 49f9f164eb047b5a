import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/timeline.ts';
import type { BaselineRow, ControlEvent, Controller } from '../../src/types.ts';

const baseline: BaselineRow[] = [
  { id: 'a', controller: 'opposition', confidence: 'high', note: '' },
  { id: 'b', controller: 'government', confidence: 'high', note: '' },
];
const event = (place: string, date: string, controller: Controller, kind: ControlEvent['kind'] = 'capture'): ControlEvent => ({
  article: 'x', place: { id: place, name_ar: '', name_en: '' }, kind, controller, date, date_earliest: date, date_latest: date,
  date_precision: 'day', confidence: 0.8, attribution: null, evidence: { sentence: '', start: 0, end: 0 }, rule: 'test',
  mention: { text: '', start: 0, end: 0 },
});
const districtsOf = (id: string) => (id === 'old' ? ['a', 'b'] : id === 'village' ? [] : [id]);
const timeline = (events: ControlEvent[]) => buildTimeline({ baseline, events, districtsOf, start: '2016-12-01', end: '2016-12-05' });
const controlOf = (t: ReturnType<typeof timeline>, id: string) => t.days.map((d) => d.control[id]);

describe('timeline', () => {
  it('starts every district at its baseline and keeps it when nothing happens', () => {
    expect(controlOf(timeline([]), 'a')).toEqual(Array(5).fill('opposition'));
  });

  it('changes a district on the event day and keeps the change until contradicted', () => {
    const t = timeline([event('a', '2016-12-03', 'government')]);
    expect(controlOf(t, 'a')).toEqual(['opposition', 'opposition', 'government', 'government', 'government']);
  });

  it('marks a district contested when reports of one day disagree', () => {
    const t = timeline([event('a', '2016-12-02', 'government'), event('a', '2016-12-02', 'opposition', 'hold')]);
    expect(controlOf(t, 'a').slice(0, 2)).toEqual(['opposition', 'contested']);
  });

  it('lets a later capture end a contested spell', () => {
    const t = timeline([event('a', '2016-12-02', 'contested', 'contested'), event('a', '2016-12-04', 'opposition')]);
    expect(controlOf(t, 'a')).toEqual(['opposition', 'contested', 'contested', 'opposition', 'opposition']);
  });

  it('leaves out events before the start (the baseline has them) and after the end', () => {
    const t = timeline([event('a', '2016-11-20', 'government'), event('a', '2016-12-09', 'government')]);
    expect(controlOf(t, 'a')).toEqual(Array(5).fill('opposition'));
  });

  it('does not recolour every quarter of an area from one statement about the area', () => {
    const t = timeline([event('old', '2016-12-02', 'contested', 'contested')]);
    expect([controlOf(t, 'a')[4], controlOf(t, 'b')[4]]).toEqual(['opposition', 'government']);
  });

  it('gives one day per date of the period, in order', () => {
    expect(timeline([]).days.map((d) => d.date)).toEqual(['2016-12-01', '2016-12-02', '2016-12-03', '2016-12-04', '2016-12-05']);
  });
});
