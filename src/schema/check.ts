// The checks of the files the pipeline writes (public/data/), without the gazetteer's CSV readers:
// what the browser loads (src/ui imports this, not index.ts, so no Node-only CSV parser is bundled).
import type { z } from 'zod';
import type { DayCollection } from '../frontline/day.ts';
import type { DistrictCollection, EventsFile, FrontlineCollection, PlaceEntry, StatesFile, TimelineResult } from '../types.ts';
import { daySchema, districtsSchema, eventsSchema, frontlinesSchema, placesJsonSchema, statesSchema, timelineSchema } from './data.ts';

/** How many problems one message lists before it says how many more there are. */
const LISTED = 5;

/** Checks `value` against `schema`; throws an Error listing the problems as `file: path: message`. Returns the value as it was. */
export function check<T>(schema: z.ZodType, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  const lines = result.error.issues.map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`);
  const more = lines.length > LISTED ? [`${file}: … and ${lines.length - LISTED} more problems`] : [];
  throw new Error([...lines.slice(0, LISTED), ...more].join('\n'));
}

export const checkDistricts = (value: unknown, file = 'districts.geojson') => check<DistrictCollection>(districtsSchema, value, file);
export const checkTimeline = (value: unknown, file = 'timeline.json') => check<TimelineResult>(timelineSchema, value, file);
export const checkStates = (value: unknown, file = 'states-now.json') => check<StatesFile>(statesSchema, value, file);
export const checkEvents = (value: unknown, file = 'events.json') => check<EventsFile>(eventsSchema, value, file);
export const checkPlacesJson = (value: unknown, file = 'places.json') => check<PlaceEntry[]>(placesJsonSchema, value, file);
export const checkFrontlines = (value: unknown, file = 'frontlines.geojson') => check<FrontlineCollection>(frontlinesSchema, value, file);
export const checkDay = (value: unknown, file: string) => check<DayCollection>(daySchema, value, file);
