import type { IsoDate } from '../types.ts';
import { daysBetween } from '../calendar.ts';
import { formatDateEn } from '../look/dates.ts';

export interface ReportRef {
  id: string;
  published: IsoDate;
  source: string;
}
export interface EventRef {
  article: string;
  date: IsoDate;
}

/** "Latest report: 6 December 2016, 16 days before this map's day (22 December 2016)." */
export function ageNote(lastReport: IsoDate | null, date: IsoDate, baselineDate: IsoDate): string {
  if (lastReport === null) {
    const days = daysBetween(baselineDate, date);
    return days === 0 ? 'No report yet: the baseline.' : `No report yet: the baseline, ${days} day${days === 1 ? '' : 's'} before this map’s day.`;
  }
  const days = daysBetween(lastReport, date);
  return days === 0
    ? `Latest report: this day, ${formatDateEn(date)}.`
    : `Latest report: ${formatDateEn(lastReport)}, ${days} day${days === 1 ? '' : 's'} before this map’s day.`;
}

/** The latest day on or before `date` an event is dated to. */
export function lastReportOn(events: readonly EventRef[], date: IsoDate): IsoDate | null {
  let last: IsoDate | null = null;
  for (const e of events) if (e.date <= date && (last === null || e.date > last)) last = e.date;
  return last;
}

/** "Reuters (Arabic service)" → "Reuters"; "unknown (Arabic daily …)" → null (an unnamed outlet). */
export function outletName(source: string): string | null {
  const name = source.replace(/\s*\(.*$/, '').trim();
  return name === '' || /^unknown$/i.test(name) ? null : name;
}

/** Lists names as "A, B and C" (British: no comma before "and"). */
const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** The reports whose events shaped the map up to `date`: those with an event dated on or before it. */
export function reportsUpTo(articles: readonly ReportRef[], events: readonly EventRef[], date: IsoDate): ReportRef[] {
  const used = new Set(events.filter((e) => e.date <= date).map((e) => e.article));
  return articles.filter((a) => used.has(a.id));
}

/**
 * One line naming what the image is based on, e.g.
 * "Based on 5 reports: Reuters, Al-Souria Net and 3 unnamed outlets (published 4–6 December 2016)".
 */
export function sourceNote(
  articles: readonly ReportRef[],
  events: readonly EventRef[],
  date: IsoDate,
  baselineDate: IsoDate,
  lastReport: IsoDate | null = lastReportOn(events, date),
): string {
  const age = ageNote(lastReport, date, baselineDate);
  const used = reportsUpTo(articles, events, date);
  if (used.length === 0) return `${age} Control as at the baseline of ${formatDateEn(baselineDate)}.`;
  const named = [...new Set(used.map((a) => outletName(a.source)).filter((n): n is string => n !== null))];
  const unnamed = used.filter((a) => outletName(a.source) === null).length;
  const parts = [...named, ...(unnamed ? [`${unnamed} unnamed outlet${unnamed > 1 ? 's' : ''}`] : [])];
  const dates = used.map((a) => a.published).sort();
  const span = dates[0] === dates.at(-1) ? formatDateEn(dates[0]!) : `${shortDay(dates[0]!, dates.at(-1)!)}–${formatDateEn(dates.at(-1)!)}`;
  const n = used.length;
  return `${age} Based on ${n} report${n > 1 ? 's' : ''}: ${LIST.format(parts)} (published ${span}), over the baseline of ${formatDateEn(baselineDate)}.`;
}

/** The start of a span, as short as the end allows: "4" (same month), "30 November" (same year). */
function shortDay(a: IsoDate, b: IsoDate): string {
  if (a.slice(0, 7) === b.slice(0, 7)) return String(Number(a.slice(8)));
  if (a.slice(0, 4) === b.slice(0, 4)) return formatDateEn(a).replace(/ \d{4}$/, '');
  return formatDateEn(a);
}
