import type { Token } from '../text/tokens.ts';
import type { IgnoreReason } from '../types.ts';
import type { Mention } from '../gazetteer/match.ts';
import type { Frame, Lexicon } from './lexicon.ts';
import { matchesAt, type PatternHit } from './patterns.ts';

/** A frame or a blocker found in a sentence. */
export type Trigger = PatternHit<{ frame: Frame } | { blocker: IgnoreReason }>;

/** What a place mention is governed by: a frame (maybe carried by anaphora or a list), or a reason to ignore it. */
export type Governance = { frame: Trigger & { value: { frame: Frame } }; extent: 'all' | 'most' | 'partial' | null } | { ignore: IgnoreReason };

/** How many words before a place can say how much of it («على جزء كبير من حي …», «معظم أحياء …»). */
const EXTENT_REACH = 5;

/** How many words may stand between a negation and the name whose state it denies («لم يعد حي …»). */
const NEGATION_REACH = 3;

/** How far (in tokens) a blocker or frame reaches to govern the next frame of the clause. */
const CHAIN = 6;

export interface SentenceView {
  tokens: readonly Token[];
  clause: readonly number[];
  triggers: readonly Trigger[];
  /** Side phrases, when known: the attacker may stand between «تصدى لمحاولة» and the attack («… قوات الأسد السيطرة على»). */
  actors?: readonly { from: number; to: number }[];
}

/** Tokens from..to are nothing but side phrases (or nothing at all). */
function onlySides(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const a = view.actors?.find((x) => x.from === i);
    if (!a) return false;
    i = a.to;
  }
  return true;
}

/** The blocker governing a frame: one earlier in the clause, chained to it through frames at most CHAIN tokens apart. */
export function blockerOf(view: SentenceView, t: Trigger): IgnoreReason | null {
  let reach = t.from;
  for (let k = view.triggers.indexOf(t) - 1; k >= 0; k--) {
    const prev = view.triggers[k]!;
    if (view.clause[prev.from] !== view.clause[t.from] || wordsBetween(view, prev.to, reach) > CHAIN) return null;
    if ('blocker' in prev.value) return prev.value.blocker;
    reach = prev.from;
  }
  return null;
}

/** The words in [from, to), a side phrase counting as one («في محاولة من قوات النظام المدعومة بمليشيات حركة النجباء التقدم»). */
function wordsBetween(view: SentenceView, from: number, to: number): number {
  let n = to - from;
  if (view.actors) for (const a of view.actors) if (a.from >= from && a.to <= to) n -= a.to - a.from - 1;
  return n;
}

/** The first of tokens[from, to) that `word` matches, or -1. */
function findWord(tokens: readonly Token[], from: number, to: number, word: RegExp): number {
  for (let k = from; k < to; k++) if (word.test(tokens[k]!.text)) return k;
  return -1;
}

function govern(view: SentenceView, t: Trigger, from: number, to: number, lex: Lexicon, attached = false): Governance {
  if ('blocker' in t.value) return { ignore: t.value.blocker };
  // «تصدى لمحاولة اقتحام حي …», «صد هجوماً للسيطرة على …»: the attack was repelled; the holder holds.
  const prev = view.triggers[view.triggers.indexOf(t) - 1];
  if (
    prev &&
    'frame' in prev.value &&
    prev.value.frame.kind === 'hold' &&
    prev.value.frame.position === 'pre' &&
    (t.from - prev.to <= 1 || onlySides(view, prev.to, t.from)) &&
    view.clause[prev.from] === view.clause[t.from]
  ) {
    return govern(view, prev, prev.to, to, lex, attached);
  }
  const blocked = attached ? null : blockerOf(view, t);
  if (blocked) return { ignore: blocked };
  // The extent words of this place are the last few before it («على جزء كبير من حي X»), not those of
  // an earlier item of the list; «على كامل الأبنية في حي …»: a whole-word right before the partial one makes it whole.
  const { tokens, clause } = view;
  const first = Math.max(0, from, to - EXTENT_REACH);
  const last = Math.min(to, tokens.length);
  const partial = findWord(tokens, first, last, lex.partialWord);
  // «كل من X وY» is "each of X and Y", not the whole of X.
  const wholeAt = findWord(tokens, first, last, lex.allWord);
  const whole = wholeAt >= 0 && tokens[wholeAt + 1]?.text === 'من' ? -1 : wholeAt;
  if (partial >= 0 && !(whole >= 0 && whole === partial - 1)) return { frame: t as never, extent: 'partial' };
  if (findWord(tokens, first, last, lex.mostWord) >= 0) return { frame: t as never, extent: 'most' };
  if (whole >= 0) return { frame: t as never, extent: 'all' };
  // «سيطرتها الكاملة على», «تحت سيطرة المعارضة بالكامل»: inside the frame or just after it.
  for (let k = t.from; k < Math.min(t.to + 2, tokens.length); k++) {
    if (clause[k] === clause[t.from] && lex.allWord.test(tokens[k]!.text)) return { frame: t as never, extent: 'all' };
  }
  return { frame: t as never, extent: null };
}

/** Words right before the mention (skipping district words such as حي، أحياء) that make it a reference point. */
function positionalReason(view: SentenceView, m: Mention, lex: Lexicon): IgnoreReason | null {
  let k = m.from - 1;
  while (k >= 0 && lex.districtWord.test(view.tokens[k]!.text)) k--;
  const before = view.tokens[k]?.text ?? '';
  if (k >= 0 && view.clause[k] === view.clause[m.from]) {
    if (lex.outskirtsWord.test(before)) return 'outskirts';
    if (lex.directionWord.test(before)) {
      // «القسم الجنوبي الشرقي لحي …», «مواقع جديدة جنوب حي …»: a direction that qualifies a part of the place
      // (a part word, maybe with one word describing it) is its extent, not a bearing.
      let j = k;
      while (j > 0 && lex.directionWord.test(view.tokens[j - 1]!.text)) j--;
      const part = (i: number) => i >= 0 && view.clause[i] === view.clause[m.from] && lex.partialWord.test(view.tokens[i]!.text);
      return part(j - 1) || part(j - 2) ? null : 'direction';
    }
  }
  return null;
}

/** «… X وY ومناطق أخرى لا تزال تحت سيطرة …»: only words like «ومناطق أخرى / وغيرها» between a list and its state. */
const FILLER = /^(و)?(ال)?(مناطق|احياء|اخري|غيرها|سواها|المجاوره|مجاوره|عده|المحيطه|محيطها)$/;
function fillerUpTo(view: SentenceView, from: number, to: number): boolean {
  if (to - from > 4 || to <= from) return false;
  for (let i = from; i < to; i++)
    if (!FILLER.test(view.tokens[i]!.text)) return i === to - 1 && to - 1 > from && /^(ما|لا|التي|الذي)$/.test(view.tokens[i]!.text);
  return true;
}

function allAfter(view: SentenceView, m: Mention, lex: Lexicon): boolean {
  const next = view.tokens[m.to]?.text;
  return next !== undefined && view.clause[m.to] === view.clause[m.from] && lex.allWord.test(next);
}

/**
 * Decides what governs a place mention, in this order: a state frame right after the name
 * («الخاضع لسيطرة», «الذي تسيطر عليه») unless a blocker comes first («… مهددة بالسقوط»);
 * a frame whose gap spans the name («بات حي المرجة تحت سيطرة»); a direction or outskirts
 * word right before it (the edges of a district taken make a partial capture); the nearest
 * trigger before it in its clause; the previous clause's trigger when this clause continues
 * a list («منها», «و» + name); a blocker right after it, or a frame after it in the clause
 * («… لم يسقط»).
 */
export function governMention(view: SentenceView, m: Mention, lex: Lexicon): Governance {
  const { triggers, clause, tokens } = view;
  const next = triggers.find((t) => t.from >= m.to && clause[t.from] === clause[m.from]);

  // A state frame right after the name, in its clause or opening a relative clause («… الذي تسيطر عليه»),
  // unless a blocker stands between them («… مهددة بالسقوط»).
  const post = triggers.find(
    (t) =>
      'frame' in t.value &&
      t.value.frame.position !== 'pre' &&
      (t.from === m.to || t.from === m.to + 1 || fillerUpTo(view, m.to, t.from)) &&
      (clause[t.from] === clause[m.from] || lex.relativePronoun.test(tokens[t.from]!.text)),
  );
  if (post && next && next !== post && 'blocker' in next.value && next.from < post.from) return { ignore: next.value.blocker };
  // A frame governs the clause its last word is in: «انسحبت الكتائب، خلال الليل، من كامل أحياء …».
  let before: Trigger | undefined;
  for (let k = triggers.length - 1; k >= 0 && !before; k--) {
    const t = triggers[k]!;
    if (t.to <= m.from && clause[t.to - 1] === clause[m.from] && !('frame' in t.value && t.value.frame.position === 'post')) before = t;
  }
  // «سيطر الجيش على حي X الخاضع لسيطرة المعارضة»: the state after the name describes the place as it was;
  // a capture of it in the same clause is the news.
  const describes =
    post && 'frame' in post.value && post.value.frame.kind === 'hold' && before && 'frame' in before.value && before.value.frame.kind === 'capture';
  if (post && !describes) {
    // «لم يعد حي X تحت سيطرة …», «لم تعد X بيد …»: a negation just before the name denies the state.
    if (before && 'blocker' in before.value && before.value.blocker === 'negated' && m.from - before.to <= NEGATION_REACH) return { ignore: 'negated' };
    return withAll(govern(view, post, m.to, post.from, lex, true), view, m, lex);
  }

  const spanning = triggers.find((t) => 'frame' in t.value && t.from < m.from && t.to > m.from);
  if (spanning) return withAll(govern(view, spanning, m.to, m.to, lex), view, m, lex);

  const positional = positionalReason(view, m, lex);
  if (positional === 'outskirts' && before && 'frame' in before.value && before.value.frame.kind === 'capture') {
    // «سيطر على أطراف حي …»: the edges taken, not the district — a partial capture.
    const g = govern(view, before, before.to, m.from, lex);
    return 'frame' in g ? { ...g, extent: 'partial' } : g;
  }
  if (positional) return { ignore: positional };

  if (before) return withAll(govern(view, before, before.to, m.from, lex), view, m, lex);

  if (opensWithList(view, m, lex)) {
    // The clause before, or the one before that when the one between holds no frame (an aside: «… من جهة أخرى، في منطقة …»).
    const c = clause[m.from]!;
    const inClause = (k: number) => triggers.filter((t) => clause[t.from] === k);
    const prev = (inClause(c - 1).length > 0 ? inClause(c - 1) : inClause(c - 2)).at(-1);
    if (prev) return withAll(govern(view, prev, clause.indexOf(clause[m.from]!), m.from, lex, true), view, m, lex);
  }

  if (next && 'blocker' in next.value && next.from - m.to <= 2) return { ignore: next.value.blocker };
  if (next && 'frame' in next.value && next.value.frame.position === 'any') return withAll(govern(view, next, m.to, next.from, lex), view, m, lex);
  return { ignore: 'no-frame' };
}

function withAll(g: Governance, view: SentenceView, m: Mention, lex: Lexicon): Governance {
  return 'frame' in g && g.extent === null && allAfter(view, m, lex) ? { ...g, extent: 'all' } : g;
}

/** A clause that starts with «منها / من بينها», or straight with the place name, carries on the previous clause's list. */
function opensWithList(view: SentenceView, m: Mention, lex: Lexicon): boolean {
  const c = view.clause[m.from]!;
  if (c === 0) return false;
  const first = view.clause.indexOf(c);
  return first === m.from || lex.listConnectors.some((p) => matchesAt(view.tokens, first, p));
}
