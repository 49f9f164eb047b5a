import type { Token } from '../text/tokens.ts';
import type { IsoDate } from '../types.ts';
import { addDays } from '../calendar.ts';
import type { DateMention } from './dates.ts';
import type { Side, Source } from './lexicon.ts';
import type { PatternHit } from './patterns.ts';
import type { Trigger } from './govern.ts';

/** Everything found once per sentence that events draw on: who, says who, and when. */
export interface SentenceContext {
  tokens: readonly Token[];
  clause: readonly number[];
  triggers: readonly Trigger[];
  actors: readonly PatternHit<Side>[];
  sources: readonly PatternHit<Source>[];
  dates: readonly DateMention[];
  denied: boolean;
  /** The weight of the strongest hedge in the sentence («أنباء غير مؤكدة»), 1 when there is none. */
  hedge: number;
}

const distance = (a: { from: number; to: number }, b: { from: number; to: number }) =>
  a.to <= b.from ? b.from - a.to : a.from >= b.to ? a.from - b.to : 0;

/** The span nearest to `to` (the first of equals, in text order), or undefined. */
function nearestTo<T extends { from: number; to: number }>(spans: readonly T[], to: { from: number; to: number }): T | undefined {
  let best: T | undefined;
  for (const s of spans) if (!best || distance(s, to) < distance(best, to)) best = s;
  return best;
}

/**
 * The actor of a frame: the nearest actor in its clause (ties go to the one before);
 * else the nearest before it in the sentence; else the first after it.
 */
export function actorOf(ctx: SentenceContext, frame: Trigger): Side | null {
  const c = ctx.clause[frame.from];
  const inClause = nearestTo(ctx.actors.filter((a) => ctx.clause[a.from] === c), frame);
  if (inClause) return inClause.value;
  const before = ctx.actors.filter((a) => a.to <= frame.from).at(-1);
  return (before ?? ctx.actors.find((a) => a.from >= frame.to))?.value ?? null;
}

const AFTER_CUE = /^(و)?(وفق|وفقا|بحسب|حسب|حسبما|نقلا|بتاكيد)$/;

/**
 * Who says so: the source nearest before the frame in the sentence; after the frame,
 * only one introduced by «وفق / بحسب / نقلاً عن» (a source named later in the sentence
 * usually speaks of something else: «… قال مسؤول أمس إنه على وشك السقوط»).
 */
export function sourceOf(ctx: SentenceContext, frame: Trigger): Source | null {
  const before = ctx.sources.filter((s) => s.to <= frame.from).at(-1);
  if (before) return before.value;
  const cued = ctx.sources.find((s) => s.from >= frame.to && [1, 2].some((k) => AFTER_CUE.test(ctx.tokens[s.from - k]?.text ?? '')));
  return cued?.value ?? null;
}

/**
 * The day of a frame: the date nearest to it in its own clause; else the nearest date
 * in a clause of the sentence that has no frame of its own (a date inside another
 * statement, «قال أمس إنه …», belongs to that statement); else the day the report's lead
 * sets, when it is before publication (as a range up to the publication day); else the
 * publication day, as a range from the day before (a report tells of yesterday or today).
 */
export function dateOf(ctx: SentenceContext, frame: Trigger, published: IsoDate, lead: DateMention | null = null): Omit<DateMention, 'from' | 'to'> {
  const c = ctx.clause[frame.from];
  const nearest = (ds: readonly DateMention[]) => nearestTo(ds, frame);
  const own = nearest(ctx.dates.filter((d) => ctx.clause[d.from] === c));
  if (own) return own;
  const busy = new Set(ctx.triggers.map((t) => ctx.clause[t.from]));
  const free = nearest(ctx.dates.filter((d) => !busy.has(ctx.clause[d.from])));
  if (free) return free;
  if (lead && lead.date < published) return { date: lead.date, earliest: lead.date, latest: published, precision: 'range', consistent: true };
  return { date: published, earliest: addDays(published, -1), latest: published, precision: 'range', consistent: true };
}
