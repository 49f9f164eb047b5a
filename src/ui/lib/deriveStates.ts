import type { DayChange, DayState, DistrictDay, StatesFile, TimelineMode, TimelineResult } from '../../types.ts';
import { daysBetween } from '../../calendar.ts';
import { certaintyOf } from '../../timeline/resolve.ts';
import { BASELINE_SOURCE, daysSpokenOf } from '../../timeline/states.ts';
import { eventIdOf, type AppEvent, type PlaceEntry } from './appData.ts';

/** The districts an event lands on: from places.json when known, else its own place id. */
export function districtsOfEvent(event: AppEvent, places: ReadonlyMap<string, PlaceEntry> | null): string[] {
  return places?.get(event.place.id)?.districts ?? [event.place.id];
}

/** Events by the district they name, oldest first. */
export function eventsByDistrict(events: readonly AppEvent[], places: ReadonlyMap<string, PlaceEntry> | null): Map<string, AppEvent[]> {
  const out = new Map<string, AppEvent[]>();
  for (const event of events) {
    for (const d of districtsOfEvent(event, places)) {
      const list = out.get(d) ?? [];
      list.push(event);
      out.set(d, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return out;
}

/**
 * Day states from the plain timeline and the events, for a pipeline that wrote no states file.
 * Controller and changes come from the timeline; the events behind a state are the reports on
 * the district since it was set; nothing is known about one-side claims (claimed_by stays null).
 */
export function deriveStates(
  timeline: TimelineResult,
  events: readonly AppEvent[],
  places: ReadonlyMap<string, PlaceEntry> | null,
  mode: TimelineMode = 'now',
): StatesFile {
  const byDistrict = eventsByDistrict(events, places);
  const ids = Object.keys(timeline.days[0]?.control ?? {});
  const since = new Map<string, string | null>(ids.map((id) => [id, null]));
  const spoken = daysSpokenOf(
    events,
    [],
    timeline.days.map((d) => d.date),
    mode,
  );
  const days: DayState[] = timeline.days.map((day, i) => {
    const before = timeline.days[i - 1]?.control;
    const changes: DayChange[] = [];
    const districts: Record<string, DistrictDay> = {};
    for (const id of Object.keys(day.control)) {
      const controller = day.control[id]!;
      const reported = (byDistrict.get(id) ?? []).filter((e) => e.date <= day.date);
      if (before && (before[id] ?? 'unknown') !== controller) {
        since.set(id, day.date);
        changes.push({
          district: id,
          from: before[id] ?? 'unknown',
          to: controller,
          events: reported.filter((e) => e.date === day.date).map(eventIdOf),
          window: null,
        });
      }
      const from = since.get(id) ?? null;
      const behind = reported.filter((e) => from === null || e.date >= from);
      const against = behind.filter((e) => e.controller !== controller);
      const last = reported[reported.length - 1];
      const stale_days = last ? daysBetween(last.date, day.date) : null;
      districts[id] = {
        controller,
        since: from,
        events: behind.filter((e) => e.controller === controller).map(eventIdOf),
        claimed_by: null,
        disputed: against.length > 0,
        disputed_by: against.map(eventIdOf),
        partial: behind.some((e) => e.extent === 'most'),
        stale_days,
        certainty: certaintyOf({ controller, claimed_by: null, stale_days }),
        window: null,
      };
    }
    return { date: day.date, districts, changes, ...spoken[i]! };
  });
  return { version: 1, mode, start: timeline.start, end: timeline.end, baseline: { date: timeline.start, source: BASELINE_SOURCE, confidence: {} }, days };
}
