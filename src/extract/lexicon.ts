import framesData from './lexicon/frames.json' with { type: 'json' };
import blockersData from './lexicon/blockers.json' with { type: 'json' };
import actorsData from './lexicon/actors.json' with { type: 'json' };
import attributionData from './lexicon/attribution.json' with { type: 'json' };
import contextData from './lexicon/context.json' with { type: 'json' };
import { compilePattern, compileToken, type TokenPattern } from './patterns.ts';
import { normalizePhrase } from '../text/normalize.ts';
import type { Controller, EventKind, IgnoreReason } from '../types.ts';

export interface Frame {
  rule: string;
  kind: EventKind;
  side: 'actor' | 'other' | 'none';
  position: 'pre' | 'post' | 'any';
  confidence: number;
  /** `denial`: the frame speaks only in a sentence that holds a denial («نفى سقوط», «لم يسقط»). */
  requires?: 'denial';
}
export type Side = Exclude<Controller, 'contested'>;
export interface Source { label: string; weight: number }

/** The compiled lexicons: built once, shared by every extraction. */
export interface Lexicon {
  frames: { pattern: TokenPattern; value: Frame }[];
  blockers: { pattern: TokenPattern; value: IgnoreReason }[];
  blockerWindow: number;
  denials: TokenPattern[];
  actors: { pattern: TokenPattern; value: Side }[];
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
  listConnectors: TokenPattern[];
  commonWordNames: Set<string>;
}

export function loadLexicon(): Lexicon {
  const c = contextData;
  return {
    frames: framesData.frames.map((f) => ({
      pattern: compilePattern(f.tokens),
      value: { rule: f.rule, kind: f.kind as EventKind, side: f.side as Frame['side'], position: f.position as Frame['position'], confidence: f.confidence, ...('requires' in f ? { requires: f.requires as 'denial' } : {}) },
    })),
    blockers: blockersData.blockers.map((b) => ({ pattern: compilePattern(b.tokens), value: b.reason as IgnoreReason })),
    blockerWindow: blockersData.window,
    denials: blockersData.denials.map(compilePattern),
    actors: (['government', 'opposition', 'kurdish'] as const).flatMap((side) =>
      actorsData[side].map((tokens) => ({ pattern: compilePattern(tokens), value: side })),
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
    listConnectors: c.list_connectors.map(compilePattern),
    commonWordNames: new Set(c.common_word_names.map(normalizePhrase)),
  };
}
