import framesData from './lexicon/frames.json' with { type: 'json' };
import blockersData from './lexicon/blockers.json' with { type: 'json' };
import actorsData from './lexicon/actors.json' with { type: 'json' };
import attributionData from './lexicon/attribution.json' with { type: 'json' };
import contextData from './lexicon/context.json' with { type: 'json' };
import { compilePattern, compileToken, GAP_STOP, type TokenPattern } from './patterns.ts';
import { mayStartDate } from './dates.ts';
import { normalizePhrase } from '../text/normalize.ts';
import type { Controller, EventKind, IgnoreReason } from '../types.ts';

export interface Frame {
  rule: string;
  kind: EventKind;
  /** Who gets the place: the clause's subject, the other side (withdrawal), the side it is handed to («ل» + side), the side named just before the place (a distribution), or none (fighting). */
  side: 'actor' | 'other' | 'recipient' | 'preceding' | 'none';
  position: 'pre' | 'post' | 'any';
  confidence: number;
  /** `denial`: the frame speaks only in a sentence that holds a denial («نفى سقوط», «لم يسقط»). */
  requires?: 'denial';
  /** `before`: its subject stands before it or inside it, never after it («تصدى … لمحاولة قوات X»: X attacks). */
  subject?: 'before';
  /** The side when the text names none: state media's euphemisms speak only of the army. */
  fallback?: Side;
}
export type Side = Exclude<Controller, 'contested'>;
export interface Source {
  label: string;
  weight: number;
}

/** For one word: the entries of each scanned list whose first token it matches. */
export interface WordStarts {
  triggers: readonly number[];
  sources: readonly number[];
  actors: readonly number[];
  denials: readonly number[];
  hedges: readonly number[];
  /** The word opens a clause («وهي», «حيث», «لكن» …). */
  opensClause: boolean;
  /** The word is a relative pronoun («الذي», «التي» …). */
  relative: boolean;
  /** The word may start a date expression. */
  date: boolean;
  /** A gap in a template never runs over this word (a direction: «إلى», «نحو» …). */
  gapStop: boolean;
  /** The word introduces a district («حي», «أحياء», «منطقة» …). */
  district: boolean;
}

/** The compiled lexicons: built once, shared by every extraction. */
export interface Lexicon {
  frames: { pattern: TokenPattern; value: Frame }[];
  /** unlessNext: the word is no blocker when the next word matches («لا تزال» is no negation). */
  blockers: { pattern: TokenPattern; value: IgnoreReason; unlessNext: RegExp | undefined }[];
  /** Frames and blockers in one list, scanned together (built once: scan remembers per list). */
  triggers: { pattern: TokenPattern; value: { frame: Frame } | { blocker: IgnoreReason; unlessNext?: RegExp } }[];
  blockerWindow: number;
  denials: { pattern: TokenPattern; value: true }[];
  actors: { pattern: TokenPattern; value: Side | 'same' }[];
  sources: { pattern: TokenPattern; value: Source }[];
  hedges: { pattern: TokenPattern; value: number }[];
  districtWord: RegExp;
  directionWord: RegExp;
  outskirtsWord: RegExp;
  partialWord: RegExp;
  mostWord: RegExp;
  allWord: RegExp;
  clauseOpener: RegExp;
  relativePronoun: RegExp;
  /** Opens a clause set against the one before (whereas, while, but). */
  contrastOpener: RegExp;
  /** Opens a clause that, after a denial, says what did happen («مشيراً إلى أن», «مؤكداً»). */
  affirmingOpener: RegExp;
  listConnectors: TokenPattern[];
  commonWordNames: Set<string>;
  /** The first words of those names. */
  commonWordFirsts: Set<string>;
  /** What each scanned list could start at this word (one lookup per word, remembered). */
  startsOf: (word: string) => WordStarts;
}

const NOTHING: WordStarts = {
  triggers: [],
  sources: [],
  actors: [],
  denials: [],
  hedges: [],
  opensClause: false,
  relative: false,
  date: false,
  gapStop: false,
  district: false,
};

/** One remembered lookup per word for all the lists a sentence is scanned with. */
function wordStarts(lex: Omit<Lexicon, 'startsOf'>): (word: string) => WordStarts {
  const cache = new Map<string, WordStarts>();
  return (word) => {
    let found = cache.get(word);
    if (found === undefined) {
      const of = (entries: readonly { pattern: TokenPattern }[]) => entries.flatMap((e, k) => ((e.pattern[0] as RegExp).test(word) ? [k] : []));
      found = {
        triggers: of(lex.triggers),
        sources: of(lex.sources),
        actors: of(lex.actors),
        denials: of(lex.denials),
        hedges: of(lex.hedges),
        opensClause: lex.clauseOpener.test(word),
        relative: lex.relativePronoun.test(word),
        date: mayStartDate(word),
        gapStop: GAP_STOP.test(word),
        district: lex.districtWord.test(word),
      };
      if (Object.values(found).every((v) => v === false || (Array.isArray(v) && v.length === 0))) found = NOTHING;
      if (cache.size >= 100_000) cache.clear();
      cache.set(word, found);
    }
    return found;
  };
}

export function loadLexicon(): Lexicon {
  const c = contextData;
  const frames = framesData.frames.map((f) => ({
    pattern: compilePattern(f.tokens),
    value: {
      rule: f.rule,
      kind: f.kind as EventKind,
      side: f.side as Frame['side'],
      position: f.position as Frame['position'],
      confidence: f.confidence,
      ...('requires' in f ? { requires: f.requires as 'denial' } : {}),
      ...('subject' in f ? { subject: f.subject as 'before' } : {}),
      ...('fallback' in f ? { fallback: f.fallback as Side } : {}),
    } as Frame,
  }));
  const blockers = blockersData.blockers.map((b) => ({
    pattern: compilePattern(b.tokens),
    value: b.reason as IgnoreReason,
    unlessNext: 'unless_next' in b && b.unless_next ? compileToken(b.unless_next) : undefined,
  }));
  const lexicon: Omit<Lexicon, 'startsOf'> = {
    frames,
    blockers,
    triggers: [
      ...frames.map((f) => ({ pattern: f.pattern, value: { frame: f.value } })),
      ...blockers.map((b) => ({ pattern: b.pattern, value: b.unlessNext ? { blocker: b.value, unlessNext: b.unlessNext } : { blocker: b.value } })),
    ],
    blockerWindow: blockersData.window,
    denials: blockersData.denials.map((tokens) => ({ pattern: compilePattern(tokens), value: true as const })),
    actors: (['government', 'opposition', 'kurdish', 'same'] as const).flatMap((side) =>
      actorsData[side].map((entry) => ({ pattern: compilePattern(Array.isArray(entry) ? entry : entry.tokens), value: side })),
    ),
    sources: attributionData.sources.flatMap((s) =>
      s.tokens.map((tokens) => ({ pattern: compilePattern(tokens), value: { label: s.label, weight: s.weight } })),
    ),
    hedges: attributionData.hedges.flatMap((h) => h.tokens.map((tokens) => ({ pattern: compilePattern(tokens), value: h.weight }))),
    districtWord: compileToken(c.district_words),
    directionWord: compileToken(c.direction_words),
    outskirtsWord: compileToken(c.outskirts_words),
    partialWord: compileToken(c.partial_words),
    mostWord: compileToken(c.most_words),
    allWord: compileToken(c.all_words),
    clauseOpener: compileToken(c.clause_openers),
    relativePronoun: compileToken(c.relative_pronouns),
    contrastOpener: compileToken(c.contrast_openers),
    affirmingOpener: compileToken(c.affirming_openers),
    listConnectors: c.list_connectors.map(compilePattern),
    commonWordNames: new Set(c.common_word_names.map(normalizePhrase)),
    commonWordFirsts: new Set(c.common_word_names.map((n) => normalizePhrase(n).split(' ')[0]!)),
  };
  return { ...lexicon, startsOf: wordStarts(lexicon) };
}
