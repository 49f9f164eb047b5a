import datesData from '../lexicon/en/dates.json' with { type: 'json' };
import { addDays, daysBetween, isoDay, weekday } from '../../calendar.ts';
import type { IsoDate } from '../../types.ts';
import type { DateMention } from '../dates.ts';

/**
 * A date expression in a sentence's words, resolved against the publication day: the Arabic
 * reader's DateMention, with what English adds (`background`: a year before the report's).
 */
export interface EnglishDate extends DateMention {
  /** Background: a year before the report's ('in 2012'), or 'since 2012' that dates no event of the report. */
  background?: 'past' | 'since';
}

type Value = Omit<EnglishDate, 'from' | 'to'>;
type Parser = (k: readonly string[], i: number, p: IsoDate) => { length: number; value: Value } | null;

const WEEKDAY = new Map(datesData.weekdays.flatMap((forms, d) => forms.map((f) => [f, d] as const)));
const MONTH = new Map(datesData.months.flatMap((forms, m) => forms.map((f) => [f, m + 1] as const)));
const NUMBER = new Map(Object.entries(datesData.numbers));
const DAYPART = new Set(datesData.dayparts);
const YEAR = /^(19|20)\d\d$/;
const DAY_OF_MONTH = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;

const day = (date: IsoDate, consistent = true): Value => ({ date, earliest: date, latest: date, precision: 'day', consistent });
const range = (date: IsoDate, earliest: IsoDate, latest: IsoDate): Value => ({ date, earliest, latest, precision: 'range', consistent: true });
/** The last day on or before `p` that falls on weekday `wd` (0 = Sunday). */
const lastWeekday = (p: IsoDate, wd: number) => addDays(p, -((weekday(p) - wd + 7) % 7));
/** A count written in digits or words ('3', 'three'), else null. */
export const num = (w: string | undefined) => (w === undefined ? null : /^\d+$/.test(w) ? Number(w) : (NUMBER.get(w) ?? null));

/** 'today', 'this morning', 'tonight', 'earlier today' */
const today: Parser = (k, i, p) => {
  if (k[i] === 'today' || k[i] === 'tonight') return { length: 1, value: day(p) };
  if (k[i] === 'this' && DAYPART.has(k[i + 1] ?? '')) return { length: 2, value: day(p) };
  return null;
};

/** 'yesterday', 'yesterday morning', 'last night', 'overnight', 'overnight on Sunday', 'the day before yesterday' */
const yesterday: Parser = (k, i, p) => {
  if (k[i] === 'yesterday') return { length: DAYPART.has(k[i + 1] ?? '') ? 2 : 1, value: day(addDays(p, -1)) };
  if (k[i] === 'day' && k[i + 1] === 'before' && k[i + 2] === 'yesterday') return { length: 3, value: day(addDays(p, -2)) };
  // 'the day before', 'a day earlier', 'the previous day': told from the report's day, so about the day before it.
  if (
    (k[i] === 'the' || k[i] === 'a') &&
    ((k[i + 1] === 'day' && (k[i + 2] === 'before' || k[i + 2] === 'earlier')) || (k[i + 1] === 'previous' && k[i + 2] === 'day'))
  ) {
    return { length: 3, value: range(addDays(p, -1), addDays(p, -2), addDays(p, -1)) };
  }
  if (k[i] === 'overnight' || (k[i] === 'last' && k[i + 1] === 'night')) {
    const len = k[i] === 'overnight' ? 1 : 2;
    const skip = ['on', 'from', 'into', 'to'].includes(k[i + len] ?? '') ? 1 : 0;
    const wd = WEEKDAY.get(k[i + len + skip] ?? '');
    if (wd !== undefined) return { length: len + skip + 1, value: day(lastWeekday(p, wd)) };
    return { length: len, value: range(addDays(p, -1), addDays(p, -1), p) };
  }
  return null;
};

/** 'Monday', 'on Monday', 'late Sunday', 'Sunday night', 'early on Tuesday': the weekday on or before publication */
const weekdayNamed: Parser = (k, i, p) => {
  let j = i;
  if (k[j] === 'late' || k[j] === 'early') j++;
  if (k[j] === 'on') j++;
  const wd = WEEKDAY.get(k[j] ?? '');
  if (wd === undefined || j - i > 2) return null;
  // 'Sat' and 'Sun' are only weekdays written with a capital, which keys do not show: they need 'on' or a daypart.
  if ((k[j] === 'sat' || k[j] === 'sun' || k[j] === 'mon' || k[j] === 'wed') && k[j - 1] !== 'on') return null;
  let end = j + 1;
  if (DAYPART.has(k[end] ?? '')) end++;
  // 'Monday, December 5': the explicit date that follows settles it.
  return { length: end - i, value: day(lastWeekday(p, wd)) };
};

/** 'earlier this week', 'this week', 'last week', 'over the weekend' */
const week: Parser = (k, i, p) => {
  const monday = lastWeekday(p, 1);
  if (k[i] === 'earlier' && k[i + 1] === 'this' && k[i + 2] === 'week') {
    return { length: 3, value: monday === p ? range(addDays(p, -1), addDays(p, -1), p) : range(monday, monday, addDays(p, -1)) };
  }
  if (k[i] === 'this' && k[i + 1] === 'week') return { length: 2, value: range(monday, monday, p) };
  if (k[i] === 'last' && k[i + 1] === 'week') return { length: 2, value: range(addDays(p, -7), addDays(p, -10), addDays(p, -3)) };
  if (['the', 'this', 'last'].includes(k[i] ?? '') && k[i + 1] === 'weekend') {
    const saturday = lastWeekday(weekday(p) === 6 ? p : addDays(p, -1), 6);
    return { length: 2, value: range(saturday, saturday, [addDays(saturday, 1), p].sort()[0]!) };
  }
  return null;
};

/** 'over the past few days', 'in the past 24 hours', 'during the last week', 'in recent days', 'three days ago' */
const past: Parser = (k, i, p) => {
  if (k[i] === 'recent' && (k[i + 1] === 'days' || k[i + 1] === 'weeks')) {
    const days = k[i + 1] === 'days' ? 4 : 14;
    return { length: 2, value: range(addDays(p, -days), addDays(p, -days), p) };
  }
  const n0 = num(k[i]);
  if (n0 !== null && (k[i + 1] === 'days' || k[i + 1] === 'day' || k[i + 1] === 'weeks' || k[i + 1] === 'week') && k[i + 2] === 'ago') {
    const days = n0 * (k[i + 1]!.startsWith('week') ? 7 : 1);
    const date = addDays(p, -days);
    const slack = Math.max(0, Math.round(days / 7));
    return { length: 3, value: slack === 0 ? day(date) : range(date, addDays(date, -slack), addDays(date, slack)) };
  }
  if (k[i] !== 'the' || (k[i + 1] !== 'past' && k[i + 1] !== 'last')) return null;
  let j = i + 2;
  if (k[j] === 'few' || k[j] === 'couple') j += k[j + 1] === 'of' ? 2 : 1;
  const n = num(k[j]);
  if (n !== null && k[j] !== 'a') j++;
  const unit = k[j];
  let days: number;
  if (unit === 'days' || unit === 'day') days = n ?? 3;
  else if (unit === 'hours') days = Math.max(1, Math.ceil((n ?? 24) / 24));
  else if (unit === 'week') days = 7;
  else if (unit === 'weeks') days = 7 * (n ?? 2);
  else return null;
  return { length: j + 1 - i, value: range(addDays(p, -days), addDays(p, -days), p) };
};

/** '6 December', 'December 6', 'Dec. 6, 2016', '6th December 2016', 'on the 6th of December', 'the 21st of July of 2012' */
const explicit: Parser = (k, i, p) => {
  let j = i;
  if (k[j] === 'the') j++;
  let dom: number | null = null,
    month: number | undefined;
  if (DAY_OF_MONTH.test(k[j] ?? '')) {
    dom = parseInt(k[j]!, 10);
    j++;
    if (k[j] === 'of') j++;
    month = MONTH.get(k[j] ?? '');
    if (month === undefined) return null;
    j++;
  } else {
    month = MONTH.get(k[j] ?? '');
    if (month === undefined || !DAY_OF_MONTH.test(k[j + 1] ?? '')) return null;
    // 'may' is a verb far more often than a month: only 'May 5'.
    dom = parseInt(k[j + 1]!, 10);
    j += 2;
  }
  // 'the 21st of July of 2012', 'July 21, 2012'
  if (k[j] === 'of' && YEAR.test(k[j + 1] ?? '')) j++;
  const stated = YEAR.test(k[j] ?? '') ? Number(k[j++]) : null;
  const pubYear = Number(p.slice(0, 4));
  for (const year of stated ? [stated] : [pubYear, pubYear - 1]) {
    const date = isoDay(year, month, dom);
    // A day of an earlier year is the battle's history ('the 21st of July of 2012').
    if (date && (stated || daysBetween(date, p) >= -1))
      return { length: j - i, value: stated && stated < pubYear ? { ...day(date), background: 'past' } : day(date) };
  }
  return null;
};

/** 'in 2012', 'in July 2012', 'since 2012', 'since Saturday', 'since November 15', 'four years ago' */
const background: Parser = (k, i, p) => {
  const since = k[i] === 'since';
  if (since) {
    const wd = WEEKDAY.get(k[i + 1] ?? '');
    if (wd !== undefined) {
      const start = lastWeekday(p, wd);
      return { length: 2, value: range(start, start, p) };
    }
    const e = explicit(k, i + 1, p);
    if (e) return { length: e.length + 1, value: range(e.value.date, e.value.date, p) };
  }
  let j = since || k[i] === 'in' ? i + 1 : i;
  if (k[j] === 'mid' || k[j] === 'early' || k[j] === 'late' || k[j] === 'summer' || k[j] === 'spring' || k[j] === 'autumn' || k[j] === 'winter')
    j += k[j + 1] === 'of' ? 2 : 1;
  if (MONTH.has(k[j] ?? '') && YEAR.test(k[j + 1] ?? '')) j++;
  if (YEAR.test(k[j] ?? '')) {
    const year = Number(k[j]);
    if (year >= Number(p.slice(0, 4)) && !since) return null;
    const value = range(`${year}-07-01`, `${year}-01-01`, `${year}-12-31`);
    return { length: j + 1 - i, value: { ...value, background: since ? 'since' : 'past' } };
  }
  const n = num(k[i]);
  if (n !== null && (k[i + 1] === 'years' || k[i + 1] === 'year') && k[i + 2] === 'ago') {
    const year = Number(p.slice(0, 4)) - n;
    return { length: 3, value: { ...range(`${year}-07-01`, `${year}-01-01`, `${year}-12-31`), background: 'past' } };
  }
  return null;
};

const PARSERS: Parser[] = [background, today, yesterday, week, past, explicit, weekdayNamed];

/** Every date expression in a sentence's word keys. */
export function findDates(keys: readonly string[], published: IsoDate): EnglishDate[] {
  const out: EnglishDate[] = [];
  for (let i = 0; i < keys.length; ) {
    let hit: ReturnType<Parser> = null;
    for (const parse of PARSERS) if ((hit = parse(keys, i, published))) break;
    if (hit) {
      out.push({ from: i, to: i + hit.length, ...hit.value });
      i += hit.length;
    } else i++;
  }
  // 'on Monday, December 5': a weekday beside an explicit date agrees with it or says the report is unsure.
  for (let d = 0; d + 1 < out.length; d++) {
    const [a, b] = [out[d]!, out[d + 1]!];
    if (b.from - a.to <= 1 && a.precision === 'day' && b.precision === 'day' && WEEKDAY.has(keys[a.to - 1] ?? '') && a.date !== b.date) {
      out[d] = { ...b, from: a.from, consistent: weekday(b.date) === WEEKDAY.get(keys[a.to - 1]!) };
      out.splice(d + 1, 1);
    }
  }
  return out;
}
