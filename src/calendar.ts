import type { IsoDate } from './types.ts';

/** Calendar arithmetic on ISO days, in UTC so that no time zone shifts a day. */
const shifted = new Map<string, IsoDate>();

export function addDays(date: IsoDate, days: number): IsoDate {
  const key = `${date}${days}`;
  let out = shifted.get(key);
  if (out === undefined) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    out = d.toISOString().slice(0, 10);
    if (shifted.size >= 100_000) shifted.clear();
    shifted.set(key, out);
  }
  return out;
}

export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A real calendar day written YYYY-MM-DD (2016-02-30 is not). */
export function isIsoDate(s: string | null | undefined): s is IsoDate {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function isoDay(year: number, month: number, day: number): IsoDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

/** All days from start to end inclusive. */
export function daysInRange(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}
