import { addDays } from '../calendar.ts';
import type { DateWindow, DistrictDay, IsoDate } from '../types.ts';
import type { Held } from './resolve.ts';

/**
 * The window a change of control is known only to lie in, or null when a report dates it to its day.
 *
 * A change on `date` rests on the reports of that day that back the new state. When every one of
 * them gives only a window (their `earliest` before `date`), the district was changing hands from
 * the latest of their first days until `date`, the day by which all of them say it had happened.
 * The window never reaches back past what was known of the old state: the day after its last
 * report, the day after it was set, and the first day of the period.
 */
export function windowOfChange(before: Held, after: Held, date: IsoDate, firstDay: IsoDate): DateWindow | null {
  if (after.controller === before.controller || after.since !== date) return null;
  const fresh = after.backing.filter((r) => r.date === date);
  if (fresh.length === 0 || fresh.some((r) => r.earliest >= date)) return null;
  const bounds = [firstDay, ...fresh.map((r) => r.earliest)];
  const lastOld = before.backing.at(-1)?.date;
  if (lastOld) bounds.push(addDays(lastOld, 1));
  if (before.since) bounds.push(addDays(before.since, 1));
  const from = [...bounds].sort().at(-1)!; // ISO days: the latest sorts last
  return from < date ? { from, to: date, side: after.controller } : null;
}

/**
 * Marks a window on a district's days (`column`, one per day of `days`): the days before its
 * last day are `window` (changing hands; the controller is still the old side's); from the last
 * day on, as long as the state it set lasts, the days carry the window, so the change and the
 * panel can say "between … and …".
 */
export function markWindow(column: DistrictDay[], days: readonly IsoDate[], window: DateWindow): void {
  days.forEach((date, i) => {
    if (date < window.from) return;
    if (date < window.to) column[i] = { ...column[i]!, certainty: 'window', window };
    else if (column[i]!.since === window.to) column[i] = { ...column[i]!, window };
  });
}
