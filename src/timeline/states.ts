import { daysInRange } from '../calendar.ts';
import type { ArticleRef, BaselineRow, ControlEvent, DayChange, DayState, DistrictDay, IsoDate, PlaceId, StatesFile, TimelineMode } from '../types.ts';
import { PERIOD } from '../types.ts';
import { history, historyAsKnownThen } from './history.ts';
import { toReports, type Report } from './reports.ts';

export interface StatesInput {
  baseline: readonly BaselineRow[];
  events: readonly ControlEvent[];
  articles: readonly Pick<ArticleRef, 'id' | 'published' | 'source'>[];
  /** Where an event on a place lands (an area names several districts); see Gazetteer.districtsOf. */
  districtsOf: (place: PlaceId) => PlaceId[];
  mode?: TimelineMode;
  start?: IsoDate;
  end?: IsoDate;
  /** Where the baseline comes from, in words (the panel and the legend name it). */
  baselineSource?: string;
}

/** The baseline's source when the caller names none. */
export const BASELINE_SOURCE = 'the project’s baseline of 15 November 2016 (geo/baseline-2016-11-15.csv)';

/** Every district on every day of the period, with why it has its controller, in one mode. */
export function buildStates({
  baseline,
  events,
  articles,
  districtsOf,
  mode = 'now',
  start = PERIOD.start,
  end = PERIOD.end,
  baselineSource = BASELINE_SOURCE,
}: StatesInput): StatesFile {
  const days = daysInRange(start, end);
  const ids = baseline.map((b) => b.id);
  const reports = toReports({ events, articles, districtsOf, districts: new Set(ids) });
  const byDistrict = new Map<PlaceId, Report[]>();
  for (const r of reports) byDistrict.set(r.district, [...(byDistrict.get(r.district) ?? []), r]);
  const fold = mode === 'now' ? history : historyAsKnownThen;
  const columns = new Map(baseline.map((b) => [b.id, fold(b.controller, byDistrict.get(b.id) ?? [], days)]));

  const spoken = daysSpokenOf(events, articles, days, mode);
  const out: DayState[] = days.map((date, i) => ({
    date,
    districts: Object.fromEntries(ids.map((id) => [id, columns.get(id)![i]!])),
    changes: [],
    ...spoken[i]!,
  }));
  out.forEach((day, i) => {
    if (i > 0) day.changes = changesBetween(out[i - 1]!.districts, day.districts, ids);
  });
  const confidence = Object.fromEntries(baseline.map((b) => [b.id, b.confidence]));
  return { version: 1, mode, start, end, baseline: { date: start, source: baselineSource, confidence }, days: out };
}

/**
 * Per day, how many statements are dated to it and the latest day on or before it that one is:
 * what the day's picture rests on. As known then, a statement counts from its publication day on.
 */
export function daysSpokenOf(
  events: readonly Pick<ControlEvent, 'article' | 'date'>[],
  articles: readonly Pick<ArticleRef, 'id' | 'published'>[],
  days: readonly IsoDate[],
  mode: TimelineMode,
): { reports: number; last_report: IsoDate | null }[] {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const counts = new Map<IsoDate, number>();
  // A statement is known from its own day (as known then: from its publication, if later) on.
  const latestKnownFrom = new Map<IsoDate, IsoDate>();
  for (const e of events) {
    const out = published.get(e.article) ?? e.date;
    if (mode === 'now' || out <= e.date) counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
    const from = mode === 'now' || out <= e.date ? e.date : out;
    const seen = latestKnownFrom.get(from);
    if (seen === undefined || e.date > seen) latestKnownFrom.set(from, e.date);
  }
  let last: IsoDate | null = null;
  for (const [from, date] of latestKnownFrom) if (from < days[0]! && (last === null || date > last)) last = date;
  return days.map((date) => {
    const known = latestKnownFrom.get(date);
    if (known !== undefined && (last === null || known > last)) last = known;
    return { reports: counts.get(date) ?? 0, last_report: last };
  });
}

/** Districts whose controller differs from the day before, with the reports that are new behind them. */
export function changesBetween(before: Record<PlaceId, DistrictDay>, after: Record<PlaceId, DistrictDay>, ids: readonly PlaceId[]): DayChange[] {
  return ids.flatMap((id) => {
    const [a, b] = [before[id], after[id]];
    if (!a || !b || a.controller === b.controller) return [];
    const fresh = b.events.filter((e) => !a.events.includes(e));
    const window = b.window && b.window.to === b.since ? b.window : null;
    return [{ district: id, from: a.controller, to: b.controller, events: fresh.length > 0 ? fresh : b.events, window }];
  });
}
