import type { Token } from '../text/tokens.ts';

/** A phrase as a list of whole-token regexes (see lexicon/*.json). */
export type TokenPattern = RegExp[];

export function compileToken(source: string): RegExp {
  return new RegExp(`^(?:${source})$`, 'u');
}

export function compilePattern(tokens: readonly string[]): TokenPattern {
  if (tokens.length === 0) throw new Error('lexicon: a pattern needs at least one token');
  return tokens.map(compileToken);
}

/** Does `pattern` match the tokens starting at index i? */
export function matchesAt(tokens: readonly Token[], i: number, pattern: TokenPattern): boolean {
  if (i + pattern.length > tokens.length) return false;
  for (let k = 0; k < pattern.length; k++) {
    if (!pattern[k]!.test(tokens[i + k]!.text)) return false;
  }
  return true;
}

export interface PatternHit<T> {
  value: T;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/**
 * Scans tokens left to right; at each position takes the longest matching entry,
 * then continues after it. Entries are tried longest first.
 */
export function scan<T>(tokens: readonly Token[], entries: readonly { pattern: TokenPattern; value: T }[]): PatternHit<T>[] {
  const sorted = [...entries].sort((a, b) => b.pattern.length - a.pattern.length);
  const hits: PatternHit<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const entry = sorted.find((e) => matchesAt(tokens, i, e.pattern));
    if (entry) {
      hits.push({ value: entry.value, from: i, to: i + entry.pattern.length });
      i += entry.pattern.length;
    } else {
      i++;
    }
  }
  return hits;
}
