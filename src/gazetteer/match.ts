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
  /** Found by a spelling with its article dropped (NameForm.bare). */
  bare?: true;
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
const CACHE_LIMIT = 100_000;

/** The readings of a word that begin a gazetteer name, with those names. */
export type Candidates = readonly { prefix: string; forms: Form[] }[];

const NONE: Candidates = Object.freeze([]);

/** What the name finder keeps per gazetteer: the tail keys of words that may begin a name, and the readings of words seen. */
interface Finder {
  /** One bit per tail key (8 KB: it stays in the processor's nearest cache). */
  tails: Uint32Array;
  cache: Map<string, Candidates>;
}
const finders = new WeakMap<Gazetteer, Finder>();

/** A number from a word's length and last four letters (a word's clitics change its length, rarely its last letters). */
function tailKey(word: string): number {
  const n = word.length;
  const last = Math.imul(word.charCodeAt(n - 1) | 0, 29_791) + Math.imul(word.charCodeAt(n - 2) | 0, 961);
  return (last + Math.imul(word.charCodeAt(n - 3) | 0, 31) + (word.charCodeAt(n - 4) | 0) + Math.imul(n, 7919)) & 0xffff;
}

/** The clitics prefixReadings peels off, as they can stand before a name's first word. */
const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/**
 * The tail keys of every word that can begin a gazetteer name: each first word with every run of
 * clitics before it, and «لل» for «ال» (as prefixReadings reads them). A word whose key is not
 * marked begins no name: most words of a report are turned away by one table lookup.
 */
function finderOf(gazetteer: Gazetteer): Finder {
  let finder = finders.get(gazetteer);
  if (!finder) {
    const tails = new Uint32Array(0x10000 / 32);
    const mark = (word: string) => {
      const key = tailKey(word);
      tails[key >>> 5]! |= 1 << (key & 31);
    };
    for (const first of gazetteer.byFirstWord.keys()) {
      for (const clitic of CLITICS) mark(clitic + first);
      if (first.startsWith('ال')) for (const conj of ['', 'و', 'ف']) mark(`${conj}لل${first.slice(2)}`);
    }
    finders.set(gazetteer, (finder = { tails, cache: new Map() }));
  }
  return finder;
}

/** False when the word can begin no name (its tail key is not marked). */
function mayBeginName(word: string, finder: Finder): boolean {
  const key = tailKey(word);
  return ((finder.tails[key >>> 5]! >>> (key & 31)) & 1) === 1;
}

/** The readings of a word that begin a gazetteer name (remembered per gazetteer and word). */
export function nameCandidates(word: string, gazetteer: Gazetteer): Candidates {
  return candidatesOf(word, gazetteer, finderOf(gazetteer));
}

/** The readings of a word that begin a gazetteer name, with those names; remembered per word. */
function candidatesOf(word: string, gazetteer: Gazetteer, finder: Finder): Candidates {
  if (!mayBeginName(word, finder)) return NONE;
  let found = finder.cache.get(word);
  if (found === undefined) {
    found = prefixReadings(word).flatMap(({ prefix, rest }) => {
      const forms = gazetteer.byFirstWord.get(rest);
      return forms ? [{ prefix, forms }] : [];
    });
    if (finder.cache.size >= CACHE_LIMIT) finder.cache.clear();
    finder.cache.set(word, found);
  }
  return found;
}

/** Finds gazetteer names in tokens; at each position the longest name wins. */
export function findMentions(tokens: readonly Token[], gazetteer: Gazetteer): Mention[] {
  const finder = finderOf(gazetteer);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!mayBeginName(tokens[i]!.text, finder)) {
      i++;
      continue;
    }
    const found = longestAt(tokens, i, candidatesOf(tokens[i]!.text, gazetteer, finder));
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
      if (best && (best.to - best.from > n || (best.to - best.from === n && !(best.bare && !form.bare)))) continue;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = tokens[i + k]!.text === form.words[k];
      if (ok) best = form.bare ? { place: form.place, from: i, to: i + n, prefix, bare: true } : { place: form.place, from: i, to: i + n, prefix };
    }
  }
  return best;
}
