import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { type Candidates, nameCandidates } from '../gazetteer/match.ts';
import type { Lexicon, WordStarts } from './lexicon.ts';

/** What the reader asks of a word: the gazetteer names and the lexicon entries it may start. */
export interface WordInfo {
  names: Candidates;
  starts: WordStarts;
}

const caches = new WeakMap<Lexicon, WeakMap<Gazetteer, Map<string, WordInfo>>>();
const CACHE_LIMIT = 100_000;

/**
 * A lookup that answers, for each distinct word, everything the reader asks of it — one map
 * lookup per word of a report instead of one per question; remembered per lexicon and gazetteer.
 */
export function wordLookup(gazetteer: Gazetteer, lex: Lexicon): (word: string) => WordInfo {
  let byGazetteer = caches.get(lex);
  if (!byGazetteer) caches.set(lex, (byGazetteer = new WeakMap()));
  let cache = byGazetteer.get(gazetteer);
  if (!cache) byGazetteer.set(gazetteer, (cache = new Map()));
  const known = cache;
  return (word) => {
    let info = known.get(word);
    if (info === undefined) {
      info = { names: nameCandidates(word, gazetteer), starts: lex.startsOf(word) };
      if (known.size >= CACHE_LIMIT) known.clear();
      known.set(word, info);
    }
    return info;
  };
}
