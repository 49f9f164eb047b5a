import { daysInRange } from '../calendar.ts';
import type { BaselineRow, ControlEvent, ControlState, Controller, IsoDate, PlaceId, TimelineResult } from '../types.ts';
import { PERIOD } from '../types.ts';

export interface TimelineInput {
  baseline: readonly BaselineRow[];
  events: readonly ControlEvent[];
  /** Where an event on a place lands (an area names several districts); see Gazetteer.districtsOf. */
  districtsOf: (place: PlaceId) => PlaceId[];
  start?: IsoDate;
  end?: IsoDate;
}

/**
 * The first, simple reading of the reports: each district starts at its baseline; on an
 * event's day it takes the event's controller and keeps it until a later event; when
 * the reports of one day disagree about a district, it is contested that day and after.
 * Events dated before the start are already in the baseline; events after the end are left out.
 * An event moves a district only when it names exactly one: a statement about an area
 * («حلب القديمة») is kept as evidence but does not recolour all its quarters.
 */
export function buildTimeline({ baseline, events, districtsOf, start = PERIOD.start, end = PERIOD.end }: TimelineInput): TimelineResult {
  const districts = new Set(baseline.map((b) => b.id));
  const byDay = new Map<IsoDate, Map<PlaceId, Set<Controller>>>();
  for (const e of events) {
    if (e.date < start || e.date > end) continue;
    const targets = districtsOf(e.place.id);
    if (targets.length !== 1) continue;
    for (const d of targets) {
      if (!districts.has(d)) continue;
      const day = byDay.get(e.date) ?? new Map<PlaceId, Set<Controller>>();
      day.set(d, (day.get(d) ?? new Set()).add(e.controller));
      byDay.set(e.date, day);
    }
  }
  const state: Record<PlaceId, ControlState> = Object.fromEntries(baseline.map((b) => [b.id, b.controller]));
  const days = daysInRange(start, end).map((date) => {
    for (const [district, said] of byDay.get(date) ?? []) {
      state[district] = said.size === 1 ? [...said][0]! : 'contested';
    }
    return { date, control: { ...state } };
  });
  return { version: 1, start, end, days };
}
