// The files `npm run pipeline` writes (public/data/), as zod schemas: the pipeline checks what it
// writes with them, the map and the exporter check what they load. Objects are loose: a field a
// newer pipeline adds passes through.
import { z } from 'zod';
import { isIsoDate } from '../calendar.ts';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isIsoDate(s), 'must be a real day written YYYY-MM-DD')
  .meta({ description: 'A day, YYYY-MM-DD' });
const id = z.string().min(1);
export const controller = z.enum(['government', 'opposition', 'kurdish', 'contested']);
export const controlState = z.enum(['government', 'opposition', 'kurdish', 'contested', 'unknown']);

const position = z.array(z.number()).min(2).max(3).meta({ description: '[lon, lat] in WGS84 degrees' });
/** A closed ring: at least four positions, the last the same as the first (RFC 7946 §3.1.6). */
const ring = z
  .array(position)
  .min(4)
  .refine((r) => r[0]!.length === r.at(-1)!.length && r[0]!.every((v, i) => v === r.at(-1)![i]), 'must be closed: its last position the same as its first');
export const polygon = z.looseObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
export const multiPolygon = z.looseObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) });
const multiLineString = z.looseObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)) });

/** districts.geojson: one (Multi)Polygon feature per district. */
export const districtsSchema = z
  .looseObject({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.looseObject({
        type: z.literal('Feature'),
        properties: z.looseObject({ id, name_en: z.string(), name_ar: z.string() }),
        geometry: z.union([polygon, multiPolygon]),
      }),
    ),
  })
  .meta({
    title: 'districts.geojson',
    description: 'District boundaries: a GeoJSON FeatureCollection of Polygon or MultiPolygon features, properties.id the district key of places.csv.',
  });

/** timeline.json (DESIGN §3): who holds each district on each day. */
export const timelineSchema = z
  .looseObject({
    version: z.literal(1),
    start: isoDate,
    end: isoDate,
    days: z.array(z.looseObject({ date: isoDate, control: z.record(z.string(), controlState) })).min(1),
  })
  .meta({ title: 'timeline.json', description: 'The controller of every district on every day of the period.' });

const dateWindow = z
  .looseObject({ from: isoDate, to: isoDate, side: controlState })
  .meta({ description: 'A change known only to lie between two days: the district passes to `side` by `to`' });

const districtDay = z.looseObject({
  controller: controlState,
  since: isoDate.nullable(),
  events: z.array(z.string()),
  claimed_by: z.enum(['government', 'opposition', 'kurdish', 'neutral']).nullable(),
  disputed: z.boolean(),
  disputed_by: z.array(z.string()),
  partial: z.boolean(),
  stale_days: z.number().int().min(0).nullable(),
  certainty: z.enum(['reported', 'carried', 'baseline', 'claimed', 'contested', 'window']).meta({
    description:
      "What the state rests on: a report of this day, one carried forward (stale_days old), only the baseline, one side's claim, fighting or disagreement, or a change known only to a window",
  }),
  window: dateWindow.nullable(),
});

/** states-now.json and states-then.json: why each district has its colour on each day. */
export const statesSchema = z
  .looseObject({
    version: z.literal(1),
    mode: z.enum(['now', 'then']),
    start: isoDate,
    end: isoDate,
    baseline: z
      .looseObject({
        date: isoDate,
        source: z.string(),
        confidence: z.record(z.string(), z.enum(['high', 'medium', 'low'])),
      })
      .meta({ description: 'Where every district starts: the day, the source, and how sure the baseline is per district' }),
    days: z.array(
      z.looseObject({
        date: isoDate,
        districts: z.record(z.string(), districtDay),
        changes: z.array(
          z.looseObject({ district: z.string(), from: controlState, to: controlState, events: z.array(z.string()), window: dateWindow.nullable() }),
        ),
        reports: z.number().int().min(0).meta({ description: 'Statements dated to this day (as known then: published by then)' }),
        last_report: isoDate.nullable().meta({ description: 'The latest day on or before this one a statement is dated to; null: none yet' }),
      }),
    ),
  })
  .meta({
    title: 'states-now.json / states-then.json',
    description: 'Each district on each day with the reasons for its state; "now" uses every report, "then" only those published by that day.',
  });

const placeRef = z.looseObject({ id, name_ar: z.string(), name_en: z.string() });
const span = z.looseObject({ start: z.number().int().min(0), end: z.number().int().min(0) });
const evidence = span.extend({ sentence: z.string() });

/** events.json: the articles read, the events found in them and the mentions set aside. */
export const eventsSchema = z
  .looseObject({
    version: z.literal(1),
    articles: z.array(
      z.looseObject({
        id,
        published: isoDate,
        source: z.string(),
        file: z.string().optional(),
        url: z.string().nullable().optional(),
        title: z.string().nullable().optional(),
      }),
    ),
    events: z.array(
      z.looseObject({
        id: z.string().optional().meta({ description: 'Written by newer pipelines only' }),
        article: z.string(),
        place: placeRef,
        via: placeRef.optional(),
        kind: z.enum(['capture', 'hold', 'contested']),
        controller,
        date: isoDate,
        date_earliest: isoDate,
        date_latest: isoDate,
        date_precision: z.enum(['day', 'range']).optional(),
        confidence: z.number().min(0).max(1),
        attribution: z.string().nullable(),
        evidence,
        rule: z.string(),
        mention: span.extend({ text: z.string() }),
        extent: z.enum(['all', 'most']).optional(),
        review: z
          .string()
          .optional()
          .meta({ description: 'Set when a reader reviewed it (articles/reviews.yaml): "accepted", "edited: side government → contested", "added by review"' }),
      }),
    ),
    ignored: z
      .array(
        z.looseObject({
          article: z.string(),
          place: placeRef,
          reason: z.string().meta({ description: 'Why the mention is not an event; "rejected": a reader rejected the event (then review and event are set)' }),
          evidence,
          review: z.string().optional(),
          event: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ title: 'events.json', description: 'What the extractor read: articles, control events with their evidence, and ignored mentions.' });

/** places.json: every place of the gazetteer with the districts an event on it lands on. */
export const placesJsonSchema = z
  .array(
    z.looseObject({
      id,
      name_en: z.string(),
      name_ar: z.string(),
      kind: z.enum(['neighbourhood', 'quarter', 'landmark', 'roundabout', 'area', 'village']),
      point: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable(),
      districts: z.array(z.string()),
    }),
  )
  .meta({ title: 'places.json', description: 'The places the map searches and labels.' });

/** frontlines.geojson and frontlines-then.geojson: one MultiLineString per day. */
export const frontlinesSchema = z
  .looseObject({
    type: z.literal('FeatureCollection'),
    features: z.array(z.looseObject({ type: z.literal('Feature'), properties: z.looseObject({ date: isoDate }), geometry: multiLineString })),
  })
  .meta({ title: 'frontlines.geojson', description: 'The front line of each day, where districts of different sides meet.' });

/** days/YYYY-MM-DD.geojson: one day as GeoJSON, each side's merged territory and the front line. */
export const daySchema = z
  .looseObject({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.union([
        z.looseObject({
          type: z.literal('Feature'),
          properties: z.looseObject({ kind: z.literal('territory'), date: isoDate, controller: controlState, districts: z.array(id).min(1) }),
          geometry: multiPolygon,
        }),
        z.looseObject({ type: z.literal('Feature'), properties: z.looseObject({ kind: z.literal('frontline'), date: isoDate }), geometry: multiLineString }),
      ]),
    ),
  })
  .meta({
    title: 'days/YYYY-MM-DD.geojson',
    description: "One day as RFC 7946 GeoJSON: each side's merged territory (MultiPolygon) and the front line (MultiLineString).",
  });
