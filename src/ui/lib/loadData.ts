import type { DistrictCollection, EventsFile, FrontlineCollection, PlaceEntry, StatesFile, TimelineResult } from '../../types.ts';
import { fetchJson, fetchOptional } from './fetchJson.ts';
import type { LandmarkCollection } from '../../geo/landmarks.ts';

export interface MapData {
  districts: DistrictCollection;
  timeline: TimelineResult;
  /** The optional files: absent or null when the pipeline did not write them. */
  events?: EventsFile | null;
  places?: PlaceEntry[] | null;
  states?: { now: StatesFile | null; then: StatesFile | null };
  frontlines?: { now: FrontlineCollection | null; then: FrontlineCollection | null };
  /** landmarks.geojson: the city context drawn without tiles. */
  landmarks?: LandmarkCollection | null;
}

/**
 * Fetches the map's files relative to `base` (the app is served from any path). Districts and
 * timeline are required; the rest (events, places, day states, precomputed front lines) are
 * optional and come back null when missing.
 */
export async function loadData(base: string, signal: AbortSignal): Promise<MapData> {
  const at = (file: string) => new URL(`data/${file}`, base);
  // The checks (zod, src/schema/) come in their own chunk, fetched beside the data.
  const schema = import('../../schema/index.ts');
  const [districts, timeline, events, places, statesNow, statesThen, frontNow, frontThen, landmarks] = await Promise.all([
    fetchJson(at('districts.geojson'), signal),
    fetchJson(at('timeline.json'), signal),
    fetchOptional(at('events.json'), signal, async (v) => (await schema).checkEvents(v)),
    fetchOptional(at('places.json'), signal, async (v) => (await schema).checkPlacesJson(v)),
    fetchOptional(at('states-now.json'), signal, async (v) => (await schema).checkStates(v, 'states-now.json')),
    fetchOptional(at('states-then.json'), signal, async (v) => (await schema).checkStates(v, 'states-then.json')),
    fetchOptional(at('frontlines.geojson'), signal, async (v) => (await schema).checkFrontlines(v, 'frontlines.geojson')),
    fetchOptional(at('frontlines-then.geojson'), signal, async (v) => (await schema).checkFrontlines(v, 'frontlines-then.geojson')),
    fetchOptional(at('landmarks.geojson'), signal, async (v) => (await import('../../geo/landmarks.ts')).checkLandmarks(v)),
  ]);
  const { checkDistricts, checkTimeline } = await schema;
  return {
    districts: checkDistricts(districts),
    timeline: checkTimeline(timeline),
    events,
    places,
    states: { now: statesNow, then: statesThen },
    frontlines: { now: frontNow, then: frontThen },
    landmarks,
  };
}
