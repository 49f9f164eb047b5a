import type { Token } from '../text/tokens.ts';
import type { Place } from '../types.ts';
import type { Gazetteer } from './gazetteer.ts';

/** A gazetteer name found in the token stream. */
export interface Mention {
  place: Place;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** The clitics stripped from the first word (e.g. «وب»). */
  prefix: string;
}

/**
 * The readings of a word with its clitics peeled off: و/ف (and), then ب/ل/ك
 * (in, to, like), with لل read as ل + ال. Longest word first; never stems the name itself.
 */
export function prefixReadings(word: string): { prefix: string; rest: string }[] {
  const out = [{ prefix: '', rest: word }];
  const conj = /^[وف]/.test(word) && word.length > 2 ? [{ prefix: word[0]!, rest: word.slice(1) }] : [];
  for (const c of [{ prefix: '', rest: word }, ...conj]) {
    if (c.prefix) out.push(c);
    if (/^[بلك]/.test(c.rest) && c.rest.length > 2) {
      out.push({ prefix: c.prefix + c.rest[0], rest: c.rest.slice(1) });
      if (c.rest.startsWith('لل')) out.push({ prefix: c.prefix + 'ل', rest: 'ا' + c.rest.slice(1) });
    }
  }
  return out;
}

type Form = NonNullable<ReturnType<Gazetteer['byFirstWord']['get']>>[number];
const candidateCache = new WeakMap<Gazetteer, Map<string, Candidates>>();
const CACHE_LIMIT = 100_000;

/** The readings of a word that begin a gazetteer name, with those names. */
export type Candidates = readonly { prefix: string; forms: Form[] }[];

/** The readings of a word that begin a gazetteer name (remembered per gazetteer and word). */
export function nameCandidates(word: string, gazetteer: Gazetteer): Candidates {
  let cache = candidateCache.get(gazetteer);
  if (!cache) candidateCache.set(gazetteer, (cache = new Map()));
  return candidatesOf(word, gazetteer, cache);
}

/** The readings of a word that begin a gazetteer name, with those names; remembered per word in `cache`. */
function candidatesOf(word: string, gazetteer: Gazetteer, cache: Map<string, Candidates>): Candidates {
  let found = cache.get(word);
  if (found === undefined) {
    found = prefixReadings(word).flatMap(({ prefix, rest }) => {
      const forms = gazetteer.byFirstWord.get(rest);
      return forms ? [{ prefix, forms }] : [];
    });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, found);
  }
  return found;
}

/**
 * Finds gazetteer names in tokens; at each position the longest name wins. `candidates(i)` may give
 * token i's readings (nameCandidates) when the caller has looked its words up already.
 */
export function findMentions(tokens: readonly Token[], gazetteer: Gazetteer, candidates?: (i: number) => Candidates): Mention[] {
  let cache = candidateCache.get(gazetteer);
  if (!cache) candidateCache.set(gazetteer, (cache = new Map()));
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(tokens, i, candidates ? candidates(i) : candidatesOf(tokens[i]!.text, gazetteer, cache));
    if (found) {
      mentions.push(found);
      i = found.to;
    } else {
      i++;
    }
  }
  return mentions;
}

function longestAt(tokens: readonly Token[], i: number, candidates: Candidates): Mention | null {
  if (candidates.length === 0) return null;
  let best: Mention | null = null;
  // Indexed loops: this runs for every word of every sentence.
  for (let c = 0; c < candidates.length; c++) {
    const { prefix, forms } = candidates[c]!;
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f]!;
      const n = form.words.length;
      if (best && best.to - best.from >= n) continue;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = tokens[i + k]!.text === form.words[k];
      if (ok) best = { place: form.place, from: i, to: i + n, prefix };
    }
  }
  return best;
}
