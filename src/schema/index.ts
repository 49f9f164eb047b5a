// One schema module for every file the pipeline reads or writes. `check` runs a schema over a
// loaded value and names the file and the field of what is wrong; the typed checkers below are
// what the CLI, the map and the exporter call.
import type { z } from 'zod';
import { districtsSchema, eventsSchema, frontlinesSchema, placesJsonSchema, statesSchema, timelineSchema } from './data.ts';
import { frontMatterSchema } from './article.ts';
import { baselineRowSchema, placeRowSchema } from './gazetteer.ts';

export { check, checkDistricts, checkEvents, checkFrontlines, checkPlacesJson, checkStates, checkTimeline } from './check.ts';
export { frontMatterSchema, baselineRowSchema, placeRowSchema, districtsSchema, eventsSchema, frontlinesSchema, placesJsonSchema, statesSchema, timelineSchema };

/** Every schema by the file it describes, for docs/schemas/ (scripts/schemas.ts). */
export const SCHEMAS: Record<string, z.ZodType> = {
  'article-front-matter': frontMatterSchema,
  'places-csv-row': placeRowSchema,
  'baseline-csv-row': baselineRowSchema,
  districts: districtsSchema,
  timeline: timelineSchema,
  states: statesSchema,
  events: eventsSchema,
  places: placesJsonSchema,
  frontlines: frontlinesSchema,
};
