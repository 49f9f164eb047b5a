import { useEffect, useMemo, useRef } from 'react';
import type { StatesFile, TimelineMode } from '../../types.ts';
import type { MapData } from '../lib/loadData.ts';
import type { PlaceEntry } from '../lib/appData.ts';
import { deriveStates } from '../lib/deriveStates.ts';
import { dayModel, daysByDate, type DayModel } from '../lib/dayModel.ts';
import { workWhenIdle } from '../lib/idleNearest.ts';

/** The states per mode: the pipeline's files, or (hindsight only) derived from timeline and events. */
export function useStates(data: MapData) {
  const places = useMemo(() => (data.places ? new Map<string, PlaceEntry>(data.places.map((p) => [p.id, p])) : null), [data.places]);
  const now = useMemo<StatesFile>(
    () => data.states?.now ?? deriveStates(data.timeline, data.events?.events ?? [], places, 'now'),
    [data.states, data.timeline, data.events, places],
  );
  const then = data.states?.then ?? null;
  const byDate = useMemo(() => ({ now: daysByDate(now), then: then ? daysByDate(then) : null }), [now, then]);
  const detailed = Boolean(data.states?.now);
  return useMemo(() => ({ now, then, byDate, places, detailed }), [now, then, byDate, places, detailed]);
}

export type States = ReturnType<typeof useStates>;

/** The shown mode: `then` falls back to `now` while the pipeline has written no states-then.json. */
export function effectiveMode(states: States, mode: TimelineMode): TimelineMode {
  return mode === 'then' && states.then ? 'then' : 'now';
}

/** Day models per district list and states: the map's and the panels' calls share them. */
const caches = new WeakMap<readonly string[], WeakMap<States, Map<string, DayModel>>>();
function cacheFor(ids: readonly string[], states: States): Map<string, DayModel> {
  let byStates = caches.get(ids);
  if (!byStates) caches.set(ids, (byStates = new WeakMap()));
  let cache = byStates.get(states);
  if (!cache) byStates.set(states, (cache = new Map()));
  return cache;
}

function modelOf(
  cache: Map<string, DayModel>,
  ids: readonly string[],
  states: States,
  shown: TimelineMode,
  day: MapData['timeline']['days'][number],
): DayModel {
  const key = `${shown}|${day.date}`;
  let model = cache.get(key);
  if (!model) {
    const byDate = shown === 'then' ? states.byDate.then! : states.byDate.now;
    model = dayModel(ids, day, byDate.get(day.date));
    cache.set(key, model);
  }
  return model;
}

/**
 * The day's model; each (mode, day) is computed once, so scrubbing back over a day costs nothing.
 * The other days of the shown mode are computed while the browser is idle, the nearest first,
 * so the first sweep of the slider does not compute them either.
 */
export function useDayModel(data: MapData, states: States, mode: TimelineMode, index: number) {
  const ids = useMemo(() => data.districts.features.map((f) => f.properties.id), [data.districts]);
  const cache = cacheFor(ids, states);
  const shown = effectiveMode(states, mode);
  const days = data.timeline.days;

  // Read by the idle work when it picks its next day: a step of the slider does not restart it.
  const shownIndex = useRef(index);
  shownIndex.current = index;
  useEffect(
    () =>
      workWhenIdle(
        days.length,
        () => shownIndex.current,
        (i) => modelOf(cache, ids, states, shown, days[i]!),
      ),
    [cache, ids, states, shown, days],
  );

  return modelOf(cache, ids, states, shown, days[index]!);
}
