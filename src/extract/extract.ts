import { normalize, toOriginal, type Normalized } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { sentences, type Span } from '../text/segments.ts';
import { findMentions, type Mention } from '../gazetteer/match.ts';
import { landOn, type Gazetteer } from '../gazetteer/gazetteer.ts';
import { addDays } from '../calendar.ts';
import type { Article, ControlEvent, Controller, Evidence, IgnoredMention, IgnoreReason, Place } from '../types.ts';
import { findDates, type DateMention } from './dates.ts';
import { clauseIndex } from './clauses.ts';
import { finishEvents, type Draft } from './dedupe.ts';
import { throughArea } from './area.ts';
import { draftOf } from './draft.ts';
import { governMention, blockerOf, type Governance, type Trigger } from './govern.ts';
import { actorOf, dateOf, lastSideOf, topicSide, precedingSideOf, recipientOf, sourceOf, type SentenceContext } from './context.ts';
import { GAP_STOPS, IN_PHRASE, matchesAt, scan } from './patterns.ts';
import type { Frame, Lexicon, Side, WordStarts } from './lexicon.ts';

export interface ArticleExtraction {
  events: ControlEvent[];
  ignored: IgnoredMention[];
}

/** Reads one article: every gazetteer place it names becomes an event or an ignored mention with a reason. */
interface Found {
  events: Draft[];
  ignored: IgnoredMention[];
}

/** What the sentences of one article share while it is read. */
interface Reading {
  article: Article;
  norm: Normalized;
  gaz: Gazetteer;
  lex: Lexicon;
  out: Found;
  /** The day the lead sets (see leadDate), and where (normalised offset of its sentence): it speaks for the sentences from there on. */
  lead: DateMention | null;
  leadAt: number;
  /** Where the sentence being read starts (normalised offset). */
  at: number;
  /** The district «الحي» can stand for: the only one the last sentence naming districts named. */
  antecedent: Place | null;
  /** The last side an earlier sentence that was read named: the subject of a clause that names none. */
  lastSide: Side | null;
  /** Sentences passed over since then (word ranges), read for sides only if a later clause needs one. */
  unread: { words: readonly Token[]; from: number; to: number }[];
  /** The side earlier sentences named last, once asked for in the current sentence. */
  previous: { at: number; side: Side | null } | null;
  /** When asked for (`extract --explain`), what each sentence read held and what became of each place. */
  explain?: SentenceTrace[];
}

/** What one sentence held and what became of each place it named (see src/extract/explain.ts). */
export interface SentenceTrace {
  evidence: Evidence;
  clauses: string[];
  places: { text: string; id: string; clause: number }[];
  sides: { text: string; side: string; clause: number }[];
  triggers: { text: string; what: string; clause: number }[];
  dates: { text: string; date: string; precision: string }[];
  sources: { text: string; label: string }[];
  outcomes: { place: string; result: string; why: string }[];
}

export function extractArticle(article: Article, gazetteer: Gazetteer, lex: Lexicon, explain?: SentenceTrace[]): ArticleExtraction {
  const norm = normalize(article.body);
  const spans = sentences(norm.text);
  // Words and names are found once for the whole article; a sentence is read only when it names a
  // place or says «الحي», and only then are its words looked up in the lexicon.
  const words = tokenize(norm.text);
  const reading: Reading = {
    article,
    norm,
    gaz: gazetteer,
    lex,
    out: { events: [], ignored: [] },
    ...leadDate(words, lex, spans, article.published),
    at: 0,
    antecedent: null,
    lastSide: null,
    unread: [],
    previous: null,
    explain,
  };
  const names = withoutLoneBare(findMentions(words, gazetteer), words, lex, norm.text);
  let w = 0;
  let n = 0;
  let near = norm.text.indexOf('حي');
  for (const span of spans) {
    while (w < words.length && words[w]!.start < span.start) w++;
    let end = w;
    while (end < words.length && words[end]!.start < span.end) end++;
    while (n < names.length && names[n]!.from < w) n++;
    let last = n;
    while (last < names.length && names[last]!.from < end) last++;
    // «حي» found once ahead and reused until the sentences pass it: one walk over the text, not one per sentence.
    if (near !== -1 && near < span.start) near = norm.text.indexOf('حي', span.start);
    const saysDistrict = near >= 0 && near < span.end;
    if (last > n || saysDistrict) {
      const tokens = words.slice(w, end);
      // Names are found across the whole article: one may run over a sentence end («… حي الشيخ. سعيد …»).
      const crossing = (n > 0 && names[n - 1]!.to > w) || (last > n && names[last - 1]!.to > end);
      const found = crossing
        ? withoutLoneBare(findMentions(tokens, gazetteer), tokens, lex, norm.text)
        : names.slice(n, last).map((m) => ({ place: m.place, from: m.from - w, to: m.to - w, prefix: m.prefix }));
      extractSentence(reading, span, tokens, found, saysDistrict);
    } else noteSides(reading, words, w, end);
    w = end;
    n = last;
  }
  return { events: finishEvents(article.id, reading.out.events), ignored: reading.out.ignored };
}

/**
 * A name found without its article («جلوم», «عقبة») counts only beside another name of a list or
 * after a district word; alone it is most often the common word, and a sentence holding nothing
 * else is not read at all. A name that is a common word even with its article («الجديدة») counts
 * without it only inside a list: «أحياء جديدة» are new districts. Decided once, for the article.
 */
function withoutLoneBare(names: Mention[], words: Token[], lex: Lexicon, text: string): Mention[] {
  if (!names.some((m) => m.bare)) return names;
  return names.filter((m, i) => {
    if (!m.bare) return true;
    const listed = joinedTo(names[i - 1], m, words, text) || joinedTo(m, names[i + 1], words, text);
    if (listed || lex.commonWordNames.has(`ال${nameAsWritten(m, words)}`)) return listed;
    return lex.districtWord.test(words[m.from - 1]?.text ?? '');
  });
}

/** One sentence: its words and the names found in them (indices into `tokens`). */
function extractSentence(reading: Reading, span: Span, tokens: Token[], found: Mention[], saysDistrict: boolean): void {
  reading.at = span.start;
  const { article, norm, gaz, lex, out } = reading;
  const named = acceptMentions(found, tokens, lex, reading.norm.text);
  const referring = saysDistrict ? backReferences(tokens, named, reading) : [];
  const mentions = referring.length === 0 ? named : [...named, ...referring].sort((a, b) => a.from - b.from);
  if (named.length > 0) {
    // The one district named (null when two or more are; undefined when none is).
    let district: Place | null | undefined;
    for (const m of named) {
      if (m.place.kind !== 'neighbourhood' && m.place.kind !== 'quarter') continue;
      district = district === undefined || district === m.place ? m.place : null;
    }
    if (district !== undefined) reading.antecedent = district;
  }
  if (mentions.length === 0) {
    noteSides(reading, tokens, 0, tokens.length);
    return;
  }
  // What each word may start, and what kind of word it is (one lookup per word, remembered by the lexicon).
  const starts = startsOf(tokens, 0, tokens.length, lex);
  const clause = clauseIndex(norm.text, tokens, mentions, starts);
  // The words that may start a source, side, trigger, hedge or denial: the only places the scans visit.
  const at: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    if (s.sources.length + s.actors.length + s.triggers.length + s.hedges.length + s.denials.length > 0) at.push(i);
  }
  const sources = scan(tokens, lex.sources, (i) => starts[i]!.sources, undefined, at);
  const inSource = new Uint8Array(tokens.length);
  for (const s of sources) inSource.fill(1, s.from, s.to);
  const actors = scan(tokens, lex.actors, (i) => starts[i]!.actors, undefined, at).filter((a) => !inSource[a.from]);
  const dates = findDates(tokens, article.published, starts);
  // Side and date phrases count as one word in a template's gap; no gap runs over a direction.
  const marks = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) if (starts[i]!.gapStop) marks[i] = GAP_STOPS;
  for (const p of actors) for (let i = p.from + 1; i < p.to; i++) marks[i]! |= IN_PHRASE;
  for (const p of dates) for (let i = p.from + 1; i < p.to; i++) marks[i]! |= IN_PHRASE;
  const triggers: Trigger[] = scan(tokens, lex.triggers, (i) => starts[i]!.triggers, marks, at).filter(
    (t) => !('blocker' in t.value && t.value.unlessNext?.test(tokens[t.to]?.text ?? '')),
  );
  let hedge = 1;
  for (const h of scan(tokens, lex.hedges, (i) => starts[i]!.hedges, undefined, at)) if (!inSource[h.from]) hedge = Math.min(hedge, h.value);
  const ctx: SentenceContext = {
    tokens,
    clause,
    triggers,
    sources,
    actors,
    dates,
    hedge,
    ...denialScope(
      scan(tokens, lex.denials, (i) => starts[i]!.denials, undefined, at),
      tokens,
      clause,
      lex,
    ),
  };
  const evidence = evidenceOf(article, norm, span);
  const trace = reading.explain ? traceOf(reading, ctx, mentions, evidence) : null;
  const anaphoric = anaphoraFrames(ctx, mentions, lex);
  const governed: Governance[] = [];
  let previous: { m: Mention; g: Governance } | null = null;
  for (const m of mentions) {
    const carried = anaphoric.get(m);
    let g: Governance = governMention(ctx, m, lex);
    // A frame carried back from a later clause speaks for the place unless the place's own clause took it
    // («سيطرت الوحدات الكردية على حي X بعد انسحاب الفصائل منه»: the capture says who has it).
    if (carried && !('frame' in g && g.frame.value.frame.kind === 'capture')) g = { frame: carried as never, extent: null };
    if ('ignore' in g && g.ignore === 'no-frame' && previous && continuesList(previous.m, m, ctx, lex)) g = previous.g;
    // «كامل / أجزاء من حيي X وY»: a list governed by one frame shares its first item's extent.
    else if (
      previous &&
      'frame' in g &&
      'frame' in previous.g &&
      g.extent === null &&
      previous.g.extent !== null &&
      previous.g.frame === g.frame &&
      continuesList(previous.m, m, ctx, lex)
    ) {
      g = { ...g, extent: previous.g.extent };
    }
    // «نحو بستان القصر والشيخ سعيد»: a direction before a list holds for the whole list — unless the direction
    // only placed the name before it («إلى حي الأصيلة جنوب شرق القلعة وحي كرم الدعدع»: the list goes on from الأصيلة).
    else if (
      previous &&
      'ignore' in previous.g &&
      (previous.g.ignore === 'direction' || previous.g.ignore === 'outskirts') &&
      continuesList(previous.m, m, ctx, lex)
    ) {
      g = describedPlace(previous.m, mentions, governed, ctx.tokens, lex) ?? previous.g;
    }
    previous = { m, g };
    governed.push(g);
  }
  // A list governed from after it: «أحياء X وY ومناطق أخرى لا تزال تحت سيطرة …», «غدت أحياء X وY مهددة بالسقوط»;
  // such a state also outweighs shelling or flight before the list («غارات على أحياء X وY … لا تزال تحت سيطرة الفصائل»).
  for (let k = mentions.length - 2; k >= 0; k--) {
    const here = governed[k]!;
    const next = governed[k + 1]!;
    if (!('ignore' in here) || !continuesList(mentions[k]!, mentions[k + 1]!, ctx, lex)) continue;
    const after = 'frame' in next && next.frame.from >= mentions[k + 1]!.to;
    const state = after && next.frame.value.frame.kind === 'hold' && next.frame.value.frame.position === 'post';
    if (
      here.ignore === 'no-frame'
        ? after || ('ignore' in next && next.ignore !== 'no-frame')
        : (here.ignore === 'shelling' || here.ignore === 'displacement') && state
    ) {
      governed[k] = next;
    }
  }
  for (const [k, m] of mentions.entries()) {
    const carried = anaphoric.get(m);
    const g = governed[k]!;
    const referred = referring.length > 0 && referring.includes(m);
    const name = trace ? m.place.id + (referred ? ' («الحي»)' : '') : '';
    if ('ignore' in g) {
      if (!referred) out.ignored.push(ignoredOf(article, m, g.ignore, evidence, gaz));
      trace?.outcomes.push({
        place: name,
        result: `ignored: ${g.ignore}`,
        why: g.ignore === 'no-frame' ? 'no control frame governs it' : 'a blocker governs it',
      });
      continue;
    }
    const why = { reason: '' };
    const event = eventOf(reading, m, g, ctx, evidence, (carried !== undefined && g.frame === carried) || referred, why);
    if ('reason' in event) {
      if (!referred) out.ignored.push(ignoredOf(article, m, event.reason, evidence, gaz));
      trace?.outcomes.push({ place: name, result: `ignored: ${event.reason}`, why: `frame ${g.frame.value.frame.rule}; ${why.reason}` });
    } else {
      out.events.push(event);
      for (const each of throughArea(event, m.place, g.extent, gaz)) out.events.push(each);
      trace?.outcomes.push({
        place: name,
        result: `${event.kind} ${event.controller} ${event.date}${event.date_precision === 'range' ? ` (${event.date_earliest}..${event.date_latest})` : ''} conf ${event.confidence}`,
        why: `${event.rule}${g.extent ? `, extent ${g.extent}` : ''}${why.reason ? `; side: ${why.reason}` : ''}${event.attribution ? `; says: ${event.attribution}` : ''}`,
      });
    }
  }
  const own = lastSideOf(ctx, null);
  if (own) {
    reading.lastSide = own;
    reading.unread = [];
  }
}

/** The phrases of a sentence, for `extract --explain`. */
function traceOf(reading: Reading, ctx: SentenceContext, mentions: readonly Mention[], evidence: Evidence): SentenceTrace {
  const { norm, article } = reading;
  const text = (from: number, to: number) => {
    const span = toOriginal(norm, ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
    return article.body.slice(span.start, span.end);
  };
  const clauses: string[] = [];
  for (let i = 0; i < ctx.tokens.length; ) {
    let j = i;
    while (j < ctx.tokens.length && ctx.clause[j] === ctx.clause[i]) j++;
    clauses.push(text(i, j));
    i = j;
  }
  const trace: SentenceTrace = {
    evidence,
    clauses,
    places: mentions.map((m) => ({ text: text(m.from, m.to), id: m.place.id, clause: ctx.clause[m.from]! })),
    sides: ctx.actors.map((a) => ({ text: text(a.from, a.to), side: a.value, clause: ctx.clause[a.from]! })),
    triggers: ctx.triggers.map((t) => ({
      text: text(t.from, t.to),
      what: 'frame' in t.value ? t.value.frame.rule : `blocker: ${t.value.blocker}`,
      clause: ctx.clause[t.from]!,
    })),
    dates: ctx.dates.map((d) => ({ text: text(d.from, d.to), date: d.precision === 'day' ? d.date : `${d.earliest}..${d.latest}`, precision: d.precision })),
    sources: ctx.sources.map((s) => ({ text: text(s.from, s.to), label: s.value.label })),
    outcomes: [],
  };
  reading.explain!.push(trace);
  return trace;
}

/** How many sentences passed over are kept for a later clause that names no side. */
const UNREAD_KEPT = 8;

/** A sentence not otherwise read may still name the side a later clause leaves unnamed: kept, read only if asked. */
function noteSides(reading: Reading, words: readonly Token[], from: number, to: number): void {
  reading.unread.push({ words, from, to });
  if (reading.unread.length > UNREAD_KEPT) reading.unread.shift();
}

/** The side earlier sentences are about: the newest passed-over sentence that names one (its first subject), else the last read one's. */
function previousSide(reading: Reading): Side | null {
  if (reading.previous?.at === reading.at) return reading.previous.side;
  const { lex } = reading;
  let side: Side | null = null;
  for (let k = reading.unread.length - 1; k >= 0 && side === null; k--) {
    const { words, from, to } = reading.unread[k]!;
    const tokens = words.slice(from, to);
    side = topicSide(
      tokens,
      scan(tokens, lex.actors, (i) => lex.startsOf(tokens[i]!.text).actors),
    );
  }
  side ??= reading.lastSide;
  reading.previous = { at: reading.at, side };
  return side;
}

const THE_DISTRICT = /^(و|ف)?(ب|ل)?(ال|ل)حي$/;

/**
 * «الحي» (the district) with no name after it speaks of the district named just before: earlier
 * in the sentence, or in the last sentence that named districts, when it named exactly one.
 * Such a mention yields an event when a frame governs it and is otherwise left unrecorded
 * (it names nothing new).
 */
function backReferences(tokens: readonly Token[], named: readonly Mention[], reading: Reading): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.text.endsWith('حي') || !THE_DISTRICT.test(tokens[i]!.text) || named.some((m) => m.from === i + 1 || (m.from <= i && i < m.to))) continue;
    const earlier = named.filter((m) => m.to <= i && (m.place.kind === 'neighbourhood' || m.place.kind === 'quarter'));
    const places = new Set(earlier.map((m) => m.place));
    const place = earlier.length > 0 ? (places.size === 1 ? earlier[0]!.place : null) : reading.antecedent;
    if (place) out.push({ place, from: i, to: i + 1, prefix: '' });
  }
  return out;
}

/** What each of words[from, to) may start, and what kind of word it is. */
function startsOf(words: readonly Token[], from: number, to: number, lex: Lexicon): WordStarts[] {
  const out = new Array<WordStarts>(to - from);
  for (let i = from; i < to; i++) out[i - from] = lex.startsOf(words[i]!.text);
  return out;
}

/** How many sentences from the top count as the lead (a title line, then the opening paragraph). */
const LEAD_SENTENCES = 3;

/**
 * The day the report's lead sets («خاضت قوات النظام أمس معارك …»): the first day-precise date
 * in its first sentences. Statements from there on that carry no date of their own usually
 * tell of that day (a statement before it does not: the date may belong to something later).
 */
function leadDate(words: readonly Token[], lex: Lexicon, spans: readonly Span[], published: string): { lead: DateMention | null; leadAt: number } {
  let from = 0;
  for (const span of spans.slice(0, LEAD_SENTENCES)) {
    while (from < words.length && words[from]!.start < span.start) from++;
    let to = from;
    while (to < words.length && words[to]!.start < span.end) to++;
    const found = findDates(words.slice(from, to), published, startsOf(words, from, to, lex)).find((d) => d.precision === 'day' && d.date <= published);
    if (found) return { lead: found, leadAt: span.start };
  }
  return { lead: null, leadAt: 0 };
}

/**
 * When a name stands right after another behind a direction («حي الأصيلة جنوب شرق قلعة حلب»), it only
 * says where that place is: the governance of the place it describes, or null.
 */
function describedPlace(m: Mention, mentions: readonly Mention[], governed: readonly Governance[], tokens: readonly Token[], lex: Lexicon): Governance | null {
  const k = mentions.indexOf(m);
  if (k < 1) return null;
  let j = m.from - 1;
  while (j >= 0 && lex.districtWord.test(tokens[j]!.text)) j--;
  // A bare bearing right after the name («… الأصيلة جنوب شرق القلعة»); «وباتجاه …» coordinates a new place instead.
  if (j < 0 || !lex.directionWord.test(tokens[j]!.text) || tokens[j]!.text.startsWith('و')) return null;
  while (j > 0 && lex.directionWord.test(tokens[j - 1]!.text)) j--;
  const before = governed[k - 1]!;
  return mentions[k - 1]!.to === j && 'frame' in before ? before : null;
}

/** «الزبدية والإذاعة وجبل الجلبي»: a name joined by و (or a comma) right after another shares its reading. */
function continuesList(prev: Mention, m: Mention, ctx: SentenceContext, lex: Lexicon): boolean {
  if (
    ctx.clause[prev.from] !== ctx.clause[m.from] &&
    !(ctx.clause[m.from] === ctx.clause[prev.from]! + 1 && ctx.clause.indexOf(ctx.clause[m.from]!) === m.from)
  )
    return false;
  const gap = m.from - prev.to;
  return (gap === 0 && m.prefix.startsWith('و')) || (gap === 1 && (lex.districtWord.test(ctx.tokens[prev.to]!.text) || ctx.tokens[prev.to]!.text === 'و'));
}

/** The mention continues a list that `prev` is in: «X وY», «X و Y», «X، Y». */
function joinedTo(prev: Mention | undefined, m: Mention | undefined, tokens: SentenceContext['tokens'], text: string): boolean {
  if (!prev || !m) return false;
  if (prev.to === m.from) return m.prefix.startsWith('و') || /[،,]/.test(text.slice(tokens[m.from - 1]!.end, tokens[m.from]!.start));
  return prev.to === m.from - 1 && tokens[m.from - 1]!.text === 'و';
}

/** Names that are also common words (الشعار: slogan) count only after a district word, in a list of places, or right after a frame. */
function acceptMentions(found: Mention[], tokens: SentenceContext['tokens'], lex: Lexicon, text: string): Mention[] {
  const accepted: Mention[] = [];
  for (const m of found) {
    const ok =
      !isCommonWord(m, tokens, lex) ||
      lex.districtWord.test(tokens[m.from - 1]?.text ?? '') ||
      joinedTo(accepted.at(-1), m, tokens, text) ||
      found.some((next) => joinedTo(m, next, tokens, text)) ||
      (/^(الي|علي|في|من)$/.test(tokens[m.from - 1]?.text ?? '') &&
        lex.frames.some((f) => [2, 3, 4].some((back) => matchesAt(tokens, m.from - back, f.pattern))));
    if (ok) accepted.push(m);
  }
  return accepted;
}

/** The name as the text writes it (clitics off) is also a common word (الشعار: slogan). */
function isCommonWord(m: Mention, tokens: SentenceContext['tokens'], lex: Lexicon): boolean {
  if (!lex.commonWordFirsts.has(tokens[m.from]!.text.slice(m.prefix.length))) return false;
  return lex.commonWordNames.has(nameAsWritten(m, tokens));
}

/** The words of a mention, clitics off («وجلوم» → «جلوم»). */
function nameAsWritten(m: Mention, tokens: SentenceContext['tokens']): string {
  const words = tokens.slice(m.from, m.to).map((t) => t.text);
  words[0] = words[0]!.slice(m.prefix.length);
  return words.join(' ');
}

/**
 * A clause that opens with «وهي / الذي / التي», names no place and holds a capture
 * frame speaks of the places of the clause before it: «… أحياء الجزماتي وكرم الطراب
 * وهي ثلاثة أحياء تمكنت قوات النظام من استعادة السيطرة عليها».
 */
const JOINED = /^و/;
/** «عليها / عليه / عليهم / عليهما»: the object is a pronoun. */
const PRONOUN_OBJECT = /^علي(ها|ه|هم|هما)$/;

function anaphoraFrames(ctx: SentenceContext, mentions: readonly Mention[], lex: Lexicon): ReadonlyMap<Mention, Trigger> {
  const carried = new Map<Mention, Trigger>();
  let withPlace: Set<number | undefined> | null = null;
  for (const t of ctx.triggers) {
    if ('frame' in t.value && t.value.frame.rule === 'hold/repelled' && !blockerOf(ctx, t)) {
      for (const m of attackedBefore(ctx, t, mentions)) if (!carried.has(m)) carried.set(m, t);
      continue;
    }
    if (!('frame' in t.value) || t.value.frame.kind !== 'capture' || blockerOf(ctx, t)) continue;
    withPlace ??= new Set(mentions.map((m) => ctx.clause[m.from]));
    const c = ctx.clause[t.from]!;
    const first = ctx.clause.indexOf(c);
    const opener = ctx.tokens[first]!.text;
    // «تقدمت الوحدات باتجاه أحياء X وY والسيطرة عليها»: a capture joined by «و» whose object is a
    // pronoun speaks of the places named before it in its clause, whatever stood before them.
    if (withPlace.has(c) && JOINED.test(ctx.tokens[t.from]!.text) && PRONOUN_OBJECT.test(ctx.tokens[t.to - 1]!.text)) {
      for (const m of mentions) if (ctx.clause[m.from] === c && m.to <= t.from && !carried.has(m)) carried.set(m, t);
      continue;
    }
    // Not a clause set against the one before («بينما دخلت الوحدات الكردية …»: whereas, another subject).
    if (withPlace.has(c) || c === 0 || lex.contrastOpener.test(opener) || !(lex.clauseOpener.test(opener) || lex.relativePronoun.test(opener))) continue;
    for (const m of mentions) if (ctx.clause[m.from] === c - 1 && !carried.has(m)) carried.set(m, t);
  }
  return carried;
}

/** Whether the sentence holds a denial, and the first clause after it that says what did happen instead. */
function denialScope(
  denials: readonly { from: number }[],
  tokens: readonly { text: string }[],
  clause: readonly number[],
  lex: Lexicon,
): { denied: boolean; deniedBefore: number } {
  if (denials.length === 0) return { denied: false, deniedBefore: Infinity };
  const from = clause[denials[0]!.from]!;
  for (let i = denials[0]!.from; i < tokens.length; i++) {
    if (
      clause[i]! > from &&
      (i === 0 || clause[i - 1] !== clause[i]) &&
      (lex.affirmingOpener.test(tokens[i]!.text) || lex.contrastOpener.test(tokens[i]!.text))
    )
      return { denied: true, deniedBefore: clause[i]! };
  }
  return { denied: true, deniedBefore: Infinity };
}

/** An attack, as a noun: «هجوم (آخر) على حي …», «الهجمات على», «اقتحام حي …». */
const ATTACK = /^(و|ب|ف)?(ال)?(هجوم|هجوما|هجمات|هجومين|اقتحام)$/;
/** How many words may stand between the attack and the place it was on («هجوم عنيف آخر على حي …»). */
const ATTACK_REACH = 5;

/**
 * «… هجوم آخر على حي X، فدارت اشتباكات عنيفة، تمكن الثوار خلالها من صد الهجوم»: a repelled attack
 * whose object is the attack itself («صد الهجوم», «التصدي للهجمات»), with no place after it in the
 * sentence, speaks of the places named as attacked before it: the repeller holds them.
 */
function attackedBefore(ctx: SentenceContext, t: Trigger, mentions: readonly Mention[]): Mention[] {
  if (mentions.some((m) => m.from >= t.to)) return [];
  if (!/^(و|ف|ب)?(ال|لل)/.test(ctx.tokens[t.to - 1]!.text)) return [];
  return mentions.filter((m) => {
    if (m.to > t.from) return false;
    for (let k = m.from - 1; k >= Math.max(0, m.from - ATTACK_REACH) && ctx.clause[k] === ctx.clause[m.from]; k--) {
      if (ATTACK.test(ctx.tokens[k]!.text)) return true;
    }
    return false;
  });
}

/** A statement about a day this long before the report is background (the battle's history), not news. */
const BACKGROUND_DAYS = 60;

const OPPOSITE: Partial<Record<Controller, Controller>> = { government: 'opposition', opposition: 'government' };

function eventOf(
  reading: Reading,
  m: Mention,
  g: Extract<Governance, { frame: unknown }>,
  ctx: SentenceContext,
  evidence: Evidence,
  anaphora: boolean,
  why?: { reason: string },
): Draft | { reason: IgnoreReason } {
  const { article, norm, gaz } = reading;
  const lead = reading.at >= reading.leadAt ? reading.lead : null;
  const frame: Frame = g.frame.value.frame;
  if (frame.requires === 'denial' && !ctx.denied) return { reason: 'no-frame' };
  let kind = frame.kind;
  let controller: Controller = 'contested';
  let rule = frame.rule + (anaphora ? '+anaphora' : '');
  if (frame.side !== 'none') {
    const found =
      frame.side === 'recipient'
        ? recipientOf(ctx, m, why)
        : frame.side === 'preceding'
          ? precedingSideOf(ctx, g.frame, m, why)
          : actorOf(ctx, g.frame, m, () => previousSide(reading), why);
    const actor = found ?? frame.fallback ?? null;
    if (!actor) return { reason: 'no-actor' };
    const side = frame.side === 'other' ? OPPOSITE[actor] : actor;
    if (!side) return { reason: 'no-actor' };
    controller = side;
  }
  if (g.extent === 'partial' && kind === 'capture') [kind, controller, rule] = ['contested', 'contested', 'contested/partial'];
  if (ctx.denied && kind === 'capture' && ctx.clause[g.frame.from]! < ctx.deniedBefore)
    [kind, controller, rule] = ['contested', 'contested', 'contested/denied'];
  const when = dateOf(ctx, g.frame, article.published, lead);
  if (when.latest < addDays(article.published, -BACKGROUND_DAYS)) return { reason: 'background' };
  const source = sourceOf(ctx, g.frame);
  const { place, via } = landOn(m.place, gaz);
  const span = toOriginal(norm, ctx.tokens[m.from]!.start, ctx.tokens[m.to - 1]!.end);
  return draftOf({
    article: article.id,
    place,
    via,
    kind,
    controller,
    rule,
    when,
    source,
    evidence,
    mention: { text: article.body.slice(span.start, span.end), start: span.start, end: span.end },
    extent: g.extent,
    confidence: frame.confidence,
    factor: 1,
    hedge: ctx.hedge,
  });
}

function ignoredOf(article: Article, m: Mention, reason: IgnoreReason, evidence: Evidence, gaz: Gazetteer): IgnoredMention {
  return { article: article.id, place: landOn(m.place, gaz).place, reason, evidence };
}

function evidenceOf(article: Article, norm: Normalized, span: Span): Evidence {
  const { start, end } = toOriginal(norm, span.start, span.end);
  return { sentence: article.body.slice(start, end), start, end };
}
