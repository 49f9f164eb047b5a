// The schemas as JSON Schema (draft 2020-12), for other tools: `npm run schemas` writes them to
// docs/schemas/, and a test fails when those files no longer match the code.
import { z } from 'zod';
import { daySchema, districtsSchema, eventsSchema, frontlinesSchema, frontMatterSchema, placesJsonSchema, statesSchema, timelineSchema } from './index.ts';
import { baselineRowSchema, placeRowSchema } from './gazetteer.ts';
import { reviewsSchema } from './reviews.ts';

/** Every schema by the file it describes. */
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
  day: daySchema,
  reviews: reviewsSchema,
};

/** Each schema's JSON Schema text, by file name (`<name>.schema.json`). CSV rows are described as read (strings). */
export function jsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    out.set(`${name}.schema.json`, JSON.stringify({ $id: `${name}.schema.json`, ...json }, null, 2) + '\n');
  }
  return out;
}
