import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/en/dates.ts';
import { words } from '../../../src/extract/en/text.ts';

// Published on Tuesday 6 December 2016.
const P = '2016-12-06';
const dateIn = (text: string, published = P) => {
  const [d] = findDates(
    words(text)
      .filter((w) => !w.article)
      .map((w) => w.key),
    published,
  );
  return d ? { date: d.date, earliest: d.earliest, latest: d.latest, precision: d.precision, ...(d.background ? { background: d.background } : {}) } : null;
};
const day = (date: string) => ({ date, earliest: date, latest: date, precision: 'day' });

describe('English dates', () => {
  it.each([
    ['on Monday', day('2016-12-05')],
    ['late on Sunday', day('2016-12-04')],
    ['Saturday night', day('2016-12-03')],
    ['on Tuesday', day('2016-12-06')],
    ['yesterday', day('2016-12-05')],
    ['yesterday evening', day('2016-12-05')],
    ['today', day('2016-12-06')],
    ['this morning', day('2016-12-06')],
    ['on 6 December', day('2016-12-06')],
    ['on December 3', day('2016-12-03')],
    ['Dec. 3', day('2016-12-03')],
    ['on Nov 28, 2016', day('2016-11-28')],
    ['on the 2nd of December', day('2016-12-02')],
    ['overnight on Sunday', day('2016-12-04')],
  ])('reads "%s" as one day', (text, want) => {
    expect(dateIn(text)).toEqual(want);
  });

  it.each([
    ['overnight', { date: '2016-12-05', earliest: '2016-12-05', latest: '2016-12-06', precision: 'range' }],
    ['last night', { date: '2016-12-05', earliest: '2016-12-05', latest: '2016-12-06', precision: 'range' }],
    ['earlier this week', { date: '2016-12-05', earliest: '2016-12-05', latest: '2016-12-05', precision: 'range' }],
    ['over the past few days', { date: '2016-12-03', earliest: '2016-12-03', latest: '2016-12-06', precision: 'range' }],
    ['over the past week', { date: '2016-11-29', earliest: '2016-11-29', latest: '2016-12-06', precision: 'range' }],
    ['in the past 24 hours', { date: '2016-12-05', earliest: '2016-12-05', latest: '2016-12-06', precision: 'range' }],
    ['since Saturday', { date: '2016-12-03', earliest: '2016-12-03', latest: '2016-12-06', precision: 'range' }],
  ])('reads "%s" as a range', (text, want) => {
    expect(dateIn(text)).toEqual(want);
  });

  it('reads "earlier this week" on a Thursday as Monday to Wednesday', () => {
    expect(dateIn('earlier this week', '2016-12-08')).toEqual({ date: '2016-12-05', earliest: '2016-12-05', latest: '2016-12-07', precision: 'range' });
  });

  it('puts a date without a year in the year before when it would fall after publication', () => {
    expect(dateIn('on December 30', '2017-01-02')).toEqual(day('2016-12-30'));
  });

  it('marks a year before the report as background, and "since 2012" as dating nothing', () => {
    expect(dateIn('in 2012')).toMatchObject({ background: 'past' });
    expect(dateIn('in July 2012')).toMatchObject({ background: 'past' });
    expect(dateIn('since 2012')).toMatchObject({ background: 'since' });
    expect(dateIn('on the 21st of July of 2012')).toMatchObject({ date: '2012-07-21', background: 'past' });
    expect(dateIn('on July 21, 2012')).toMatchObject({ date: '2012-07-21', background: 'past' });
  });

  it('does not read "may" the verb or a number before another noun as a date', () => {
    expect(dateIn('the army may take 10 districts')).toBeNull();
  });

  it('lets an explicit date settle the weekday beside it, and says when they disagree', () => {
    expect(findDates(['on', 'monday', 'december', '5'], P)[0]).toMatchObject({ date: '2016-12-05', consistent: true });
    expect(findDates(['on', 'sunday', 'december', '5'], P)[0]).toMatchObject({ date: '2016-12-05', consistent: false });
  });
});
