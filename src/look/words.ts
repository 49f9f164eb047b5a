// What a day and a district's colour rest on, in words: the panel, the time bar, the changes
// list and the exports' source note say it the same way.
import { daysBetween } from '../calendar.ts';
import type { DateWindow, DayState, DistrictDay, IsoDate } from '../types.ts';
import { formatDateEn } from './dates.ts';
import { sideOf } from './palette.ts';

/** `20 November` (the year only when the two days' years differ, or when asked). */
function dayMonth(date: IsoDate, withYear: boolean): string {
  const full = formatDateEn(date);
  return withYear ? full : full.replace(/ \d{4}$/, '');
}

/** "between 20 November and 4 December 2016" */
export function windowPhrase(w: Pick<DateWindow, 'from' | 'to'>): string {
  const sameYear = w.from.slice(0, 4) === w.to.slice(0, 4);
  return `between ${dayMonth(w.from, !sameYear)} and ${formatDateEn(w.to)}`;
}

/** "6 days old", "1 day old", "from today" */
export function ageWords(days: number): string {
  return days === 0 ? 'from this day' : `${days} day${days === 1 ? '' : 's'} old`;
}

export interface DayBasis {
  /** A report speaks of the day itself. */
  reported: boolean;
  /** The sentence for the panel. */
  text: string;
  /** A few words for the time bar. */
  short: string;
  /** Days since the latest report (0 on a reported day); since the baseline when there is none. */
  age: number;
}

/**
 * What the picture of a day rests on: "3 reports speak of 6 December 2016." or "No report speaks
 * of 28 November 2016; the map carries forward the last reported state, 6 days old."
 */
export function dayBasis(day: Pick<DayState, 'date' | 'reports' | 'last_report'>, baselineDate: IsoDate): DayBasis {
  const when = formatDateEn(day.date);
  if (day.reports > 0) {
    return {
      reported: true,
      age: 0,
      text: `${day.reports} report${day.reports === 1 ? ' speaks' : 's speak'} of ${when}.`,
      short: `${day.reports} report${day.reports === 1 ? '' : 's'} on this day`,
    };
  }
  if (day.last_report === null) {
    const age = daysBetween(baselineDate, day.date);
    return {
      reported: false,
      age,
      text: `No report speaks of ${when}; the map carries forward the baseline of ${formatDateEn(baselineDate)}${age > 0 ? `, ${ageWords(age)}` : ''}.`,
      short: `No report: the baseline${age > 0 ? `, ${ageWords(age)}` : ''}`,
    };
  }
  const age = daysBetween(day.last_report, day.date);
  return {
    reported: false,
    age,
    text: `No report speaks of ${when}; the map carries forward the last reported state, ${ageWords(age)} (${formatDateEn(day.last_report)}).`,
    short: `No report: carried forward, ${ageWords(age)}`,
  };
}

/** What a district's colour rests on, in a few words for its panel (null: nothing to add). */
export function certaintyWords(d: DistrictDay, baseline: { date: IsoDate; source?: string; confidence?: string } | null): string | null {
  switch (d.certainty) {
    case 'window':
      return d.window ? `changing hands to ${sideOf(d.window.side).en}: a report places the change ${windowPhrase(d.window)}` : 'changing hands';
    case 'baseline': {
      const conf = baseline?.confidence ? `, ${baseline.confidence} confidence` : '';
      return `not reported since the baseline (${formatDateEn(baseline?.date ?? '2016-11-15')}${baseline?.source ? `: ${baseline.source}` : ''}${conf})`;
    }
    case 'reported':
      return 'reported on this day';
    case 'carried':
      return d.stale_days != null ? `last reported ${d.stale_days} day${d.stale_days === 1 ? '' : 's'} before; carried forward` : 'carried forward';
    default:
      return null;
  }
}
