import type { ControlState, DateWindow, DistrictDay, IsoDate } from '../types.ts';
import { markWindow, windowOfChange } from './windows.ts';
import type { Report } from './reports.ts';
import { dayOf, fromBaseline, step } from './resolve.ts';

/**
 * One district over the period: its baseline, then each day's reports folded in date order.
 * `days` is the period, ascending; reports dated before it are already in the baseline, after it
 * are left out.
 */
export function history(baseline: ControlState, reports: readonly Report[], days: readonly IsoDate[]): DistrictDay[] {
  const onDay = new Map<IsoDate, Report[]>();
  for (const r of reports) onDay.set(r.date, [...(onDay.get(r.date) ?? []), r]);
  let held = fromBaseline(baseline);
  const windows: DateWindow[] = [];
  const column = days.map((date) => {
    const before = held;
    held = step(held, onDay.get(date) ?? [], date);
    const window = windowOfChange(before, held, date, days[0]!);
    if (window) windows.push(window);
    return dayOf(held, date);
  });
  for (const w of windows) markWindow(column, days, w);
  return column;
}

/**
 * One district as a reader could know it on each day: on day D, only the reports published by D.
 * A late report (published after the day it tells of) changes the past of later readers, never
 * what the map showed on the days before it appeared.
 */
export function historyAsKnownThen(baseline: ControlState, reports: readonly Report[], days: readonly IsoDate[]): DistrictDay[] {
  const editions = [...new Set(reports.map((r) => r.published))].sort();
  let known = history(baseline, [], days);
  let next = 0;
  return days.map((date, i) => {
    let changed = false;
    while (next < editions.length && editions[next]! <= date) [next, changed] = [next + 1, true];
    if (changed)
      known = history(
        baseline,
        reports.filter((r) => r.published <= editions[next - 1]!),
        days,
      );
    return known[i]!;
  });
}
