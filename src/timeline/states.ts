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
}

/** Every district on every day of the period, with why it has its controller, in one mode. */
export function buildStates({ baseline, events, articles, districtsOf, mode = 'now', start = PERIOD.start, end = PERIOD.end }: StatesInput): StatesFile {
  const days = daysInRange(start, end);
  const ids = baseline.map((b) => b.id);
  const reports = toReports({ events, articles, districtsOf, districts: new Set(ids) });
  const byDistrict = new Map<PlaceId, Report[]>();
  for (const r of reports) byDistrict.set(r.district, [...(byDistrict.get(r.district) ?? []), r]);
  const fold = mode === 'now' ? history : historyAsKnownThen;
  const columns = new Map(baseline.map((b) => [b.id, fold(b.controller, byDistrict.get(b.id) ?? [], days)]));

  const out: DayState[] = days.map((date, i) => ({
    date,
    districts: Object.fromEntries(ids.map((id) => [id, columns.get(id)![i]!])),
    changes: [],
  }));
  out.forEach((day, i) => {
    if (i > 0) day.changes = changesBetween(out[i - 1]!.districts, day.districts, ids);
  });
  return { version: 1, mode, start, end, days: out };
}

/** Districts whose controller differs from the day before, with the reports that are new behind them. */
export function changesBetween(before: Record<PlaceId, DistrictDay>, after: Record<PlaceId, DistrictDay>, ids: readonly PlaceId[]): DayChange[] {
  return ids.flatMap((id) => {
    const [a, b] = [before[id], after[id]];
    if (!a || !b || a.controller === b.controller) return [];
    const fresh = b.events.filter((e) => !a.events.includes(e));
    return [{ district: id, from: a.controller, to: b.controller, events: fresh.length > 0 ? fresh : b.events }];
  });
}
