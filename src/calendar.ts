import type { IsoDate } from './types.ts';

/**
 * Calendar arithmetic on ISO days, in UTC so that no time zone shifts a day. The extractor asks the
 * same few questions of the same few days for every sentence, so the answers are remembered (per day,
 * then per offset: no key string is built per call).
 */
const CACHE_LIMIT = 10_000;
const shifted = new Map<string, Map<number, IsoDate>>();

export function addDays(date: IsoDate, days: number): IsoDate {
  let byOffset = shifted.get(date);
  if (byOffset === undefined) {
    if (shifted.size >= CACHE_LIMIT) shifted.clear();
    shifted.set(date, (byOffset = new Map()));
  }
  let out = byOffset.get(days);
  if (out === undefined) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    out = d.toISOString().slice(0, 10);
    if (byOffset.size >= CACHE_LIMIT) byOffset.clear();
    byOffset.set(days, out);
  }
  return out;
}

const weekdays = new Map<string, number>();

export function weekday(date: IsoDate): number {
  let out = weekdays.get(date);
  if (out === undefined) {
    out = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekdays.size >= CACHE_LIMIT) weekdays.clear();
    weekdays.set(date, out);
  }
  return out;
}

/** A real calendar day written YYYY-MM-DD (2016-02-30 is not). */
export function isIsoDate(s: string | null | undefined): s is IsoDate {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((midnight(b) - midnight(a)) / 86_400_000);
}

const midnights = new Map<string, number>();

/** The day's start in milliseconds since the epoch (NaN for a string that is no day). */
function midnight(date: IsoDate): number {
  let out = midnights.get(date);
  if (out === undefined) {
    out = Date.parse(`${date}T00:00:00Z`);
    if (midnights.size >= CACHE_LIMIT) midnights.clear();
    midnights.set(date, out);
  }
  return out;
}

const isoDays = new Map<number, IsoDate | null>();

export function isoDay(year: number, month: number, day: number): IsoDate | null {
  // One number per (year, month, day) when each part is a whole number in range; anything else is not remembered.
  const whole =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 0 &&
    year < 10_000 &&
    month >= 0 &&
    month < 100 &&
    day >= 0 &&
    day < 100;
  const key = whole ? year * 10_000 + month * 100 + day : -1;
  let out = key >= 0 ? isoDays.get(key) : undefined;
  if (out === undefined) {
    const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out = isIsoDate(s) ? s : null;
    if (key >= 0) {
      if (isoDays.size >= CACHE_LIMIT) isoDays.clear();
      isoDays.set(key, out);
    }
  }
  return out;
}

/** All days from start to end inclusive. */
export function daysInRange(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}
