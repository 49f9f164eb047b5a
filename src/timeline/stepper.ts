import type { BaselineRow, ControlState, DistrictDay, IsoDate, PlaceId } from '../types.ts';
import type { Report } from './reports.ts';
import { dayOf, fromBaseline, step, type Held } from './resolve.ts';

export interface Stepper {
  /** Folds in the reports of `date` (days must come in order) and returns the control of that day. */
  advance(date: IsoDate): Readonly<Record<PlaceId, ControlState>>;
  /** Why a district has its controller on the last day advanced to. */
  why(district: PlaceId, date: IsoDate): DistrictDay;
}

/**
 * The timeline one day at a time, as known now: the cost of a day is the day's reports, not the
 * number of districts or days. For long periods and large maps, where keeping every district-day
 * (buildStates) would not fit in memory.
 */
export function stepper(baseline: readonly BaselineRow[], reports: readonly Report[]): Stepper {
  const held = new Map<PlaceId, Held>(baseline.map((b) => [b.id, fromBaseline(b.controller)]));
  const control: Record<PlaceId, ControlState> = Object.fromEntries(baseline.map((b) => [b.id, b.controller]));
  const byDay = new Map<IsoDate, Map<PlaceId, Report[]>>();
  for (const r of reports) {
    if (!held.has(r.district)) continue;
    const day = byDay.get(r.date) ?? new Map<PlaceId, Report[]>();
    day.set(r.district, [...(day.get(r.district) ?? []), r]);
    byDay.set(r.date, day);
  }
  let last: IsoDate | null = null;
  return {
    advance(date) {
      if (last !== null && date <= last) throw new Error(`stepper: days must come in order; ${date} is not after ${last}`);
      last = date;
      for (const [district, todays] of byDay.get(date) ?? []) {
        const next = step(held.get(district)!, todays, date);
        held.set(district, next);
        control[district] = next.controller;
      }
      return control;
    },
    why(district, date) {
      const h = held.get(district);
      if (!h) throw new Error(`stepper: no district "${district}"`);
      return dayOf(h, date);
    },
  };
}
