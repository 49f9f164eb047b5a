import { parse } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from '../calendar.ts';
import { type Controller, type EventKind, IGNORE_REASONS, type IgnoreReason, type IsoDate } from '../types.ts';

/** One event a reader expects: the day, or the range the text leaves open. */
export interface GoldEvent {
  place: string;
  kind: EventKind;
  controller: Controller;
  earliest: IsoDate;
  latest: IsoDate;
  attribution?: string;
  extent?: 'all' | 'most';
}

export interface GoldArticle {
  article: string;
  events: GoldEvent[];
}

export interface GoldSentence {
  construction: string;
  text: string;
  published: IsoDate;
  events: GoldEvent[];
  ignored: { place: string; reason: IgnoreReason }[];
}

const day = z.string().refine(isIsoDate, 'expected a real day, YYYY-MM-DD');
const event = z
  .object({
    place: z.string().min(1),
    kind: z.enum(['capture', 'hold', 'contested']),
    controller: z.enum(['government', 'opposition', 'kurdish', 'contested']),
    date: day.optional(),
    dates: z.tuple([day, day]).optional(),
    attribution: z.string().optional(),
    extent: z.enum(['all', 'most']).optional(),
  })
  .strict()
  .refine((e) => (e.date === undefined) !== (e.dates === undefined), 'give either "date" or "dates: [earliest, latest]"')
  .transform(({ date, dates, ...rest }): GoldEvent => ({ ...rest, earliest: date ?? dates![0], latest: date ?? dates![1] }));
const reason = z.enum(IGNORE_REASONS);
const sentence = z
  .object({
    construction: z.string().min(1),
    text: z.string().min(1),
    published: day.default('2016-12-06'),
    events: z.array(event),
    ignored: z.array(z.object({ place: z.string(), reason }).strict()).default([]),
  })
  .strict();

function check<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new Error(lines.join('\n'));
}

/** corpus.yaml: article id → the events a careful reader finds in it. */
export function parseGoldCorpus(text: string, file: string): GoldArticle[] {
  const data = check(z.record(z.string(), z.array(event)), parse(text), file);
  return Object.entries(data).map(([article, events]) => ({ article, events }));
}

/** sentences.yaml: one construction per case. */
export function parseGoldSentences(text: string, file: string): GoldSentence[] {
  return check(z.array(sentence), parse(text), file) as GoldSentence[];
}
