// articles/reviews.yaml: a reader's decisions on the events the extractor found, applied by the
// pipeline (src/review/apply.ts) the same way on the command line, in CI and in the browser.
import { z } from 'zod';
import { isoDate } from './data.ts';
import { isIsoDate } from '../calendar.ts';
import { PERIOD } from '../types.ts';

const inPeriod = isoDate.refine((d) => !isIsoDate(d) || (d >= PERIOD.start && d <= PERIOD.end), {
  error: (i) => `${String(i.input)} is outside the map's period ${PERIOD.start} … ${PERIOD.end}`,
});
const placeId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a place key of geo/places.csv (e.g. al-shaar)');
const eventId = z.string().min(1).meta({ description: 'The event id of events.json (<article>-<n>)' });
const side = z.enum(['government', 'opposition', 'kurdish', 'contested']);
const kind = z.enum(['capture', 'hold', 'contested']);
const window = z
  .strictObject({ from: inPeriod, to: inPeriod })
  .refine((w) => w.from <= w.to, 'from must not be after to')
  .meta({ description: 'The change happened on some day between from and to' });

/** Which event a decision is about: its id, the place it named, and (optional) where the name stands in the text. */
const target = {
  event: eventId,
  place: placeId.meta({ description: 'The place the event named: a decision whose event no longer names it is reported, not applied' }),
  at: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'The offset of the place name in the article body: finds the event again when its number changed' }),
  note: z.string().max(2000).optional(),
};

/** What a reading of a place says: who, what, when (a day or a window). */
const reading = {
  district: placeId.optional(),
  side: side.optional(),
  kind: kind.optional(),
  day: inPeriod.optional(),
  window: window.optional(),
};

const oneDate = (d: { day?: string; window?: unknown }) => !(d.day && d.window);

export const decisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), ...target }),
  z.strictObject({ decision: z.literal('reject'), ...target }),
  z
    .strictObject({ decision: z.literal('edit'), ...target, ...reading })
    .refine(oneDate, 'give a day or a window, not both')
    .refine((d) => d.district || d.side || d.kind || d.day || d.window, 'an edit changes at least one of district, side, kind, day, window'),
  z
    .strictObject({
      decision: z.literal('add'),
      article: z.string().min(1).meta({ description: 'The id of the article that says it' }),
      quote: z.string().min(1).optional().meta({ description: 'The words that say it, exactly as in the article body' }),
      start: z.number().int().min(0).optional().meta({ description: 'Where the words start in the body (UTF-16 offset); with quote, picks which occurrence' }),
      end: z.number().int().min(0).optional(),
      district: placeId,
      side,
      kind,
      day: inPeriod.optional(),
      window: window.optional(),
      note: z.string().max(2000).optional(),
    })
    .refine(oneDate, 'give a day or a window, not both')
    .refine((d) => d.day || d.window, 'an added event needs a day or a window')
    .refine((d) => d.quote !== undefined || (d.start !== undefined && d.end !== undefined && d.start < d.end), 'give the quote, or start and end offsets'),
]);

export const reviewsSchema = z
  .strictObject({
    version: z.literal(1),
    decisions: z.array(decisionSchema).default([]),
  })
  .meta({
    title: 'articles/reviews.yaml',
    description: "A reader's decisions on the extracted events: accept, reject, edit, or add one the extractor missed.",
  });

export type Decision = z.infer<typeof decisionSchema>;
export type Reviews = z.infer<typeof reviewsSchema>;
