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
  actors: readonly PatternHit<Side | 'same'>[];
  sources: readonly PatternHit<Source>[];
  dates: readonly DateMention[];
  denied: boolean;
  /** The first clause a denial no longer speaks for («… نفى المراسل أي تقدم، مشيراً إلى أن القوات سيطرت على …»); Infinity when none. */
  deniedBefore: number;
  /** The weight of the strongest hedge in the sentence («أنباء غير مؤكدة»), 1 when there is none. */
  hedge: number;
}

const distance = (a: { from: number; to: number }, b: { from: number; to: number }) => (a.to <= b.from ? b.from - a.to : a.from >= b.to ? a.from - b.to : 0);

/** The span nearest to `to` (the first of equals, in text order), or undefined. */
function nearestTo<T extends { from: number; to: number }>(spans: readonly T[], to: { from: number; to: number }): T | undefined {
  let best: T | undefined;
  for (const s of spans) if (!best || distance(s, to) < distance(best, to)) best = s;
  return best;
}

/** A side phrase found in a sentence: a side, or «same» for words that point back to the last side named («القوات», «الأخيرة»). */
export type ActorHit = PatternHit<Side | 'same'>;

/** A verbal noun with a possessive pronoun: «سيطرته», «استعادتها», «سيطرتهم». */
const POSSESSED = /ت(ه|ها|هم|هما)$/;
/** Side phrases that start with men in the plural («مقاتلو», «الثوار», «عناصر»): what «هم» agrees with. */
const MEN = /^(و|ف|ب|ل|لل)?(ال)?(مقاتل(و|ي|ين|ون)|ثوار|مسلح(ين|ون|و|ي)|عناصر|جنود|ارهابي(ين|ون)|مرتزق(ين|ون|ه)|متمرد(ين|ون))$/;

/** Words right before a side phrase that make it the loser, not the subject («… من مقاتلي المعارضة», «ضد …»). */
const FROM_WORD = /^(و)?(من|ضد|امام|علي)$/;

/**
 * The side that does what a frame says, read as Arabic word order gives it:
 * 1. inside the frame or between it and the place — the subject of a verb-first clause or the
 *    genitive of a verbal noun («سيطرت قوات النظام على», «استعادة القوات النظامية لأحياء …»,
 *    «الخاضع لسيطرة الأكراد»);
 *    not after the frame when the frame says so (`subject: before`: what follows «تصدى لمحاولة»
 *    is the attacker), and never a side introduced by «من / ضد»;
 * 2. the nearest side before the frame in its clause (subject-first clauses); for a frame with a
 *    pronoun of its own («بعد استعادة سيطرته عليها»), the sentence's subject (its first side);
 *    then the nearest side before the frame in the sentence;
 * 3. the last side an earlier sentence named (ellipsis);
 * 4. the first side after the frame in its clause.
 * A pointing word («القوات») stands for the side named before it (or, when none was, the one after it).
 */
/** Words that open a clause fronted before the main one («وبعد …، سيطر …»). */
const FRONTED = /^(و|ف)?(بعد|عقب|اثر|وبعيد|بعيد)$/;

/** Words before a side that make it a place's owner, not an actor: «بيد / في يد / بأيدي», «سيطرة», «لسيطرة». */
const OWNER_BEFORE = /^(و)?(ب|في)?(يد|ايدي)$|^(و)?(ل)?سيطره$/;

/** Records why a side was chosen, when asked (extract --explain). */
function note(why: { reason: string } | undefined, reason: string): void {
  if (why) why.reason = reason;
}

/** The side of earlier sentences (asked for only when a sentence does not settle it: it may cost a search). */
function sideBefore(previousOf: Side | null | (() => Side | null)): Side | null {
  return typeof previousOf === 'function' ? previousOf() : previousOf;
}

/** The side of actor k; a pointing word («القوات») stands for the side named before it, else earlier sentences', else the one after it. */
function resolveSide(actors: readonly ActorHit[], k: number, previousOf: Side | null | (() => Side | null)): Side | null {
  const a = actors[k]!;
  if (a.value !== 'same') return a.value;
  // «قوات» + «الجيش»: a pointing word right before a side's name is that side.
  const next = actors[k + 1];
  if (next && next.from === a.to && next.value !== 'same') return next.value;
  for (let j = k - 1; j >= 0; j--) if (actors[j]!.value !== 'same') return actors[j]!.value as Side;
  const earlier = sideBefore(previousOf);
  if (earlier) return earlier;
  for (let j = k + 1; j < actors.length; j++) if (actors[j]!.value !== 'same') return actors[j]!.value as Side;
  return null;
}

export function actorOf(
  ctx: SentenceContext,
  frame: Trigger,
  place: { from: number } | null = null,
  previousOf: Side | null | (() => Side | null) = null,
  why?: { reason: string },
): Side | null {
  const actors = ctx.actors as readonly ActorHit[];
  const subjectAfter = !('frame' in frame.value) || frame.value.frame.subject !== 'before';
  // The side right after a frame is its genitive («تحت سيطرة المعارضة», «الخاضع لسيطرة الأكراد»).
  const genitive = actors.find((a) => a.from === frame.to);
  const stop = !subjectAfter ? frame.to : place && place.from > frame.to ? place.from : genitive ? genitive.to : frame.to;
  const c = ctx.clause[frame.from];
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k]!;
    if (a.from >= frame.from && a.to <= stop && !FROM_WORD.test(ctx.tokens[a.from - 1]?.text ?? '')) {
      note(why, 'subject inside or right after the frame');
      return resolveSide(actors, k, previousOf);
    }
  }
  let before = -1;
  let beforeInClause = -1;
  for (let k = 0; k < actors.length && actors[k]!.to <= frame.from; k++) {
    before = k;
    if (ctx.clause[actors[k]!.from] === c) beforeInClause = k;
  }
  if (beforeInClause >= 0) {
    note(why, 'nearest side before the frame in its clause');
    return resolveSide(actors, beforeInClause, previousOf);
  }
  // A frame with a pronoun of its own («بعد استعادة سيطرته عليها», «سيطرتها») speaks of the sentence's subject: its first side.
  const first = actors.findIndex((a) => a.to <= frame.from);
  const pronoun = ctx.tokens.slice(frame.from, frame.to).find((t) => POSSESSED.test(t.text));
  if (first >= 0 && pronoun) {
    // «هم» (they, men) agrees with fighters, not with forces or factions (which take «ها»):
    // «… ينسحب مقاتلو الفصائل من X، بينما لا تزال Y خاضعة لسيطرتهم».
    if (pronoun.text.endsWith('هم')) {
      for (let k = before; k >= 0; k--) {
        if (actors[k]!.value !== 'same' && MEN.test(ctx.tokens[actors[k]!.from]!.text)) {
          note(why, 'the pronoun of the frame («هم»): the last fighters named before it');
          return resolveSide(actors, k, previousOf);
        }
      }
    }
    note(why, 'the pronoun of the frame: the subject of the sentence');
    return resolveSide(actors, first, previousOf);
  }
  // Reaching outside its clause, a side that only owns a place («التي كانت بيد الثوار», «تحت سيطرة
  // المعارضة») is no one's subject: the nearest side that acts.
  while (before >= 0 && OWNER_BEFORE.test(ctx.tokens[actors[before]!.from - 1]?.text ?? '')) before--;
  if (before >= 0) {
    note(why, 'nearest side before the frame in the sentence');
    return resolveSide(actors, before, previousOf);
  }
  // «وبعد تمكنه أمس من السيطرة على حي X، ضيقت قوات الجيش الخناق …»: a fronted «بعد / عقب / إثر» clause
  // speaks of the subject of the main clause after it.
  const opener = ctx.tokens[ctx.clause.indexOf(c!)]?.text ?? '';
  if (c === 0 && FRONTED.test(opener)) {
    const main = actors.findIndex((a) => a.from >= frame.to && ctx.clause[a.from]! > c && !OWNER_BEFORE.test(ctx.tokens[a.from - 1]?.text ?? ''));
    if (main >= 0) {
      note(why, 'the subject of the main clause after a fronted «بعد» clause');
      return resolveSide(actors, main, previousOf);
    }
  }
  const earlier = sideBefore(previousOf);
  if (earlier) {
    note(why, 'the side an earlier sentence is about (its first subject)');
    return earlier;
  }
  const after = actors.findIndex((a) => a.from >= frame.to && ctx.clause[a.from] === c);
  note(why, after >= 0 ? 'first side after the frame in its clause' : 'no side named');
  return after >= 0 ? resolveSide(actors, after, previousOf) : null;
}

/** The side places are handed to: the first side after the place introduced by «ل» («… للوحدات الكردية»). */
export function recipientOf(ctx: SentenceContext, place: { to: number }, why?: { reason: string }): Side | null {
  for (const a of ctx.actors as readonly ActorHit[]) {
    if (a.from < place.to || a.value === 'same') continue;
    if (/^(و)?ل/.test(ctx.tokens[a.from]!.text)) {
      if (why) why.reason = 'the side the places are handed to';
      return a.value;
    }
  }
  return null;
}

/** In a distribution («بين A (…) وB (…)»): the side named last between the frame and the place. */
export function precedingSideOf(ctx: SentenceContext, frame: Trigger, place: { from: number }, why?: { reason: string }): Side | null {
  let side: Side | null = null;
  for (const a of ctx.actors as readonly ActorHit[]) if (a.from >= frame.to && a.to <= place.from && a.value !== 'same') side = a.value;
  if (why) why.reason = 'the side named just before the list';
  return side;
}

/** Words right before a side phrase that make it an object: the other party of a clash, the loser («اشتباكات مع …»). */
const OBJECT_WORD = /^(و)?(من|ضد|امام|علي|مع)$/;

/** A side phrase the sentences after it may leave unnamed: a subject, not an object («… بعد اشتباكات مع الفصائل»). */
function carriesOn(tokens: readonly Token[], a: { from: number; value: Side | 'same' }): a is { from: number; value: Side } {
  return a.value !== 'same' && !OBJECT_WORD.test(tokens[a.from - 1]?.text ?? '');
}

/**
 * The side a run of words is about, for the sentences after it (ellipsis: «سيطرت القوات صباح اليوم على …»):
 * its topic, the first side it names as a subject («تقدم الجيش … بعد اشتباكات مع الفصائل»); else the
 * last side it names at all; null when it names none.
 */
export function topicSide(tokens: readonly Token[], actors: readonly { from: number; value: Side | 'same' }[]): Side | null {
  let any: Side | null = null;
  for (const a of actors) {
    if (a.value === 'same') continue;
    if (carriesOn(tokens, a)) return a.value;
    any = a.value;
  }
  return any;
}

/** The side a sentence leaves for the sentences after it: its topic, else the one before it left. */
export function lastSideOf(ctx: SentenceContext, previous: Side | null): Side | null {
  return topicSide(ctx.tokens, ctx.actors) ?? previous;
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
 * statement, «قال أمس إنه …», belongs to that statement); else the last date of the clause before,
 * when this one is joined to it by «و» (coordinated statements share a day); else the day the report's lead
 * sets, when it is before publication (as a range up to the publication day); else the
 * publication day, as a range from the day before (a report tells of yesterday or today).
 */
/** «في حين», «بينما», «فيما» open a clause set beside the one before it. */
const WHILE = /^(و)?(في|بينما|فيما)$/;
const WHILE_NEXT = /^(و)?في$/;

/** «كان / كانت / كانوا» before a frame in its clause: what it tells had happened before the report. */
const PLUPERFECT = /^(و|ف)?كان(ت|وا)?$/;
/** «حديثاً», «مؤخراً»: recently. */
const RECENTLY = /^(حديثا|مؤخرا)ً?$/;
/** How many words after a frame «حديثاً» may stand and still qualify it. */
const RECENTLY_REACH = 3;
/** How far back such an undated past may reach, in days. */
const PLUPERFECT_REACH_DAYS = 7;

/** Some day of the week before the report: what it tells had happened, with no day said. */
const weekBefore = (published: IsoDate): Omit<DateMention, 'from' | 'to'> => ({
  date: addDays(published, -1),
  earliest: addDays(published, -PLUPERFECT_REACH_DAYS),
  latest: addDays(published, -1),
  precision: 'range',
  consistent: true,
});

export function dateOf(ctx: SentenceContext, frame: Trigger, published: IsoDate, lead: DateMention | null = null): Omit<DateMention, 'from' | 'to'> {
  const c = ctx.clause[frame.from];
  // «… التي سيطرت عليها حديثاً / مؤخراً»: the frame itself says recently, whatever day the clause names.
  for (let k = frame.to; k < Math.min(frame.to + RECENTLY_REACH, ctx.tokens.length); k++) if (RECENTLY.test(ctx.tokens[k]!.text)) return weekBefore(published);
  const own = nearestTo(
    ctx.dates.filter((d) => ctx.clause[d.from] === c),
    frame,
  );
  if (own) return own;
  const busy = new Set(ctx.triggers.map((t) => ctx.clause[t.from]));
  const free = nearestTo(
    ctx.dates.filter((d) => !busy.has(ctx.clause[d.from])),
    frame,
  );
  if (free) return free;
  // A statement joined to an earlier one of the sentence shares its day
  // («سيطرت أمس على …، واستكملت سيطرتها على …»).
  // A clause joined by «و» takes the day of the clause before; one set beside the others by «في حين / بينما / فيما»
  // (while, whereas) tells of the same days: the last date said before it in the sentence.
  const first = ctx.clause.indexOf(c!);
  const joined = c! > 0 && /^و/.test(ctx.tokens[first]!.text);
  const beside = c! > 0 && WHILE.test(ctx.tokens[first]!.text) && (WHILE_NEXT.test(ctx.tokens[first]!.text) ? ctx.tokens[first + 1]?.text === 'حين' : true);
  const earlier = joined ? ctx.dates.filter((d) => ctx.clause[d.from] === c! - 1).at(-1) : beside ? ctx.dates.filter((d) => d.to <= first).at(-1) : undefined;
  if (earlier) return earlier;
  // «وكانت قوات النظام (قد) سيطرت على …» with no day said: the past before the report's present —
  // some day of the week before it, not the day it was published.
  for (let k = first; k < frame.from; k++) if (PLUPERFECT.test(ctx.tokens[k]!.text)) return weekBefore(published);
  if (lead && lead.date < published) return { date: lead.date, earliest: lead.date, latest: published, precision: 'range', consistent: true };
  return { date: published, earliest: addDays(published, -1), latest: published, precision: 'range', consistent: true };
}
