import type { DistrictCollection, EventsFile, FrontlineCollection, PlaceEntry, StatesFile, TimelineResult } from '../../types.ts';
import { fetchJson, fetchOptional } from './fetchJson.ts';
import { checkDistricts, checkEvents, checkFrontlines, checkPlacesJson, checkStates, checkTimeline } from '../../schema/check.ts';

export interface MapData {
  districts: DistrictCollection;
  timeline: TimelineResult;
  /** The optional files: absent or null when the pipeline did not write them. */
  events?: EventsFile | null;
  places?: PlaceEntry[] | null;
  states?: { now: StatesFile | null; then: StatesFile | null };
  frontlines?: { now: FrontlineCollection | null; then: FrontlineCollection | null };
}

/**
 * Fetches the map's files relative to `base` (the app is served from any path). Districts and
 * timeline are required; the rest (events, places, day states, precomputed front lines) are
 * optional and come back null when missing.
 */
export async function loadData(base: string, signal: AbortSignal): Promise<MapData> {
  const at = (file: string) => new URL(`data/${file}`, base);
  const [districts, timeline, events, places, statesNow, statesThen, frontNow, frontThen] = await Promise.all([
    fetchJson(at('districts.geojson'), signal),
    fetchJson(at('timeline.json'), signal),
    fetchOptional(at('events.json'), signal, (v) => checkEvents(v)),
    fetchOptional(at('places.json'), signal, (v) => checkPlacesJson(v)),
    fetchOptional(at('states-now.json'), signal, (v) => checkStates(v, 'states-now.json')),
    fetchOptional(at('states-then.json'), signal, (v) => checkStates(v, 'states-then.json')),
    fetchOptional(at('frontlines.geojson'), signal, (v) => checkFrontlines(v, 'frontlines.geojson')),
    fetchOptional(at('frontlines-then.geojson'), signal, (v) => checkFrontlines(v, 'frontlines-then.geojson')),
  ]);
  return {
    districts: checkDistricts(districts),
    timeline: checkTimeline(timeline),
    events,
    places,
    states: { now: statesNow, then: statesThen },
    frontlines: { now: frontNow, then: frontThen },
  };
}
