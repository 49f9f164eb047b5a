import type { Token } from '../text/tokens.ts';
import { foldArabic } from '../text/normalize.ts';

/**
 * A phrase as a list of whole-token regexes (see lexicon/*.json). The token "~N" is a
 * gap of up to N tokens, for the words Arabic puts between a verb and its preposition
 * («سيطر الجيش السوري على»).
 */
export type TokenPattern = (RegExp | { gap: number })[];

export function compileToken(source: string): RegExp {
  return new RegExp(`^(?:${foldArabic(source)})$`, 'u');
}

export function compilePattern(tokens: readonly string[]): TokenPattern {
  if (tokens.length === 0) throw new Error('lexicon: a pattern needs at least one token');
  const out = tokens.map((t) => (/^~\d$/.test(t) ? { gap: Number(t.slice(1)) } : compileToken(t)));
  if (!(out[0] instanceof RegExp) || !(out.at(-1) instanceof RegExp)) throw new Error(`lexicon: a pattern cannot start or end with a gap: ${tokens.join(' ')}`);
  return out;
}

/**
 * Words a gap never runs over: a direction ends the phrase the gap belongs to
 * («انسحب المسلحون إلى الأحياء الجنوبية من …» is no withdrawal from them), and a verb of holding
 * starts a statement of its own («خريطة السيطرة الحالية ماتزال المعارضة تسيطر على …»: the gap after
 * «السيطرة» does not run over «ماتزال» or «تسيطر»).
 */
export const GAP_STOP = /^(و)?(الي|نحو|باتجاه|اتجاه)$|^(و|ف)?(ما|لا)(زال|زالت|زالوا|يزال|تزال|يزالون)$|^(و|ف)?(ت|ي)سيطر(ون|ان)?$/;

/**
 * The number of tokens `pattern` covers starting at i (shortest gaps first), or -1 if it does not
 * match there. `marks[j]` may say more of word j: IN_PHRASE for the words after the first of a side
 * or date phrase (a gap counts such a phrase as one word: «سيطرت القوات النظامية أمس الأحد وفي
 * الأيام القليلة التي سبقتها على …» has a gap of three); GAP_STOPS for a word no gap runs over,
 * when the caller knows it (otherwise GAP_STOP is tested).
 */
export const IN_PHRASE = 1;
export const GAP_STOPS = 2;

export function matchLength(tokens: readonly Token[], i: number, pattern: TokenPattern, k = 0, marks?: Uint8Array): number {
  if (k === pattern.length) return 0;
  const part = pattern[k]!;
  if (part instanceof RegExp) {
    if (i < 0 || i >= tokens.length || !part.test(tokens[i]!.text)) return -1;
    const rest = matchLength(tokens, i + 1, pattern, k + 1, marks);
    return rest < 0 ? -1 : 1 + rest;
  }
  for (let skip = 0, cost = 0; i + skip <= tokens.length; skip++) {
    if (skip > 0) {
      const j = i + skip - 1;
      if (marks ? marks[j]! & GAP_STOPS : GAP_STOP.test(tokens[j]!.text)) return -1;
      if (!(marks && marks[j]! & IN_PHRASE)) cost++;
      if (cost > part.gap) return -1;
    }
    const rest = matchLength(tokens, i + skip, pattern, k + 1, marks);
    if (rest >= 0) return skip + rest;
  }
  return -1;
}

export function matchesAt(tokens: readonly Token[], i: number, pattern: TokenPattern): boolean {
  return matchLength(tokens, i, pattern) > 0;
}

export interface PatternHit<T> {
  value: T;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

type Entries<T> = readonly { pattern: TokenPattern; value: T }[];
const firstWordCache = new WeakMap<Entries<unknown>, Map<string, number[]>>();
const CACHE_LIMIT = 100_000;

/** The entries whose first token matches `word`; remembered per list and word (keep lists long-lived). */
export function startingWith<T>(entries: Entries<T>, word: string): number[] {
  let cache = firstWordCache.get(entries);
  if (!cache) firstWordCache.set(entries, (cache = new Map()));
  let found = cache.get(word);
  if (found === undefined) {
    found = entries.flatMap((e, k) => ((e.pattern[0] as RegExp).test(word) ? [k] : []));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, found);
  }
  return found;
}

/**
 * Scans tokens left to right; at each position takes the longest match, then continues after it.
 * `starts(i)` may give the entries whose first token matches token i, when the caller knows them
 * (exactly those: their first token is not tested again); `at` may list, in order, the only
 * positions where a match can start (every other token has no candidates); `marks` as for matchLength.
 */
export function scan<T>(
  tokens: readonly Token[],
  entries: Entries<T>,
  starts?: (i: number) => readonly number[],
  marks?: Uint8Array,
  at?: readonly number[],
): PatternHit<T>[] {
  const hits: PatternHit<T>[] = [];
  // With `at`, only those positions are visited (each after the last match's end); otherwise every token.
  for (let p = 0, i = 0; at ? p < at.length : i < tokens.length; p++) {
    if (at) {
      if (at[p]! < i) continue;
      i = at[p]!;
    }
    let best: PatternHit<T> | null = null;
    const candidates = starts ? starts(i) : startingWith(entries, tokens[i]!.text);
    if (candidates.length === 0) {
      i++;
      continue;
    }
    for (let c = 0; c < candidates.length; c++) {
      const e = entries[candidates[c]!]!;
      // The candidates' first token matches word i already: the match goes on from the second.
      const rest = matchLength(tokens, i + 1, e.pattern, 1, marks);
      const n = rest < 0 ? -1 : 1 + rest;
      if (n > 0 && (!best || n > best.to - best.from)) best = { value: e.value, from: i, to: i + n };
    }
    if (best) hits.push(best);
    i = best ? best.to : i + 1;
  }
  return hits;
}
