import { describe, expect, it } from 'vitest';
import { certaintyWords, dayBasis, windowPhrase } from '../../src/look/words.ts';
import type { DistrictDay } from '../../src/types.ts';

describe('what a day rests on, in words', () => {
  it('says a day no report speaks of carries forward the last reported state, and how old it is', () => {
    const basis = dayBasis({ date: '2016-12-13', reports: 0, last_report: '2016-12-06' }, '2016-11-15');
    expect(basis.reported).toBe(false);
    expect(basis.text).toBe('No report speaks of 13 December 2016; the map carries forward the last reported state, 7 days old (6 December 2016).');
  });

  it('says a day before any report carries forward the baseline', () => {
    expect(dayBasis({ date: '2016-11-28', reports: 0, last_report: null }, '2016-11-15').text).toBe(
      'No report speaks of 28 November 2016; the map carries forward the baseline of 15 November 2016, 13 days old.',
    );
  });

  it('counts the reports of a reported day and says nothing of carrying forward', () => {
    const basis = dayBasis({ date: '2016-12-06', reports: 11, last_report: '2016-12-06' }, '2016-11-15');
    expect(basis).toMatchObject({ reported: true, text: '11 reports speak of 6 December 2016.' });
  });

  it('writes a window as "between … and …", the year once', () => {
    expect(windowPhrase({ from: '2016-11-20', to: '2016-12-04' })).toBe('between 20 November and 4 December 2016');
  });

  it('names the baseline, its source and confidence for a district no report has named', () => {
    const d = { certainty: 'baseline', stale_days: null, window: null } as unknown as DistrictDay;
    expect(certaintyWords(d, { date: '2016-11-15', source: 'the test baseline', confidence: 'low' })).toBe(
      'not reported since the baseline (15 November 2016: the test baseline, low confidence)',
    );
  });
});
