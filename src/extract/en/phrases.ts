/**
 * Phrase patterns over word keys, as the English lexicons write them: words separated by
 * spaces; 'a|b' = either word; a trailing '?' = the slot may be missing; '{side}' = a side
 * phrase (with an optional 'the' before it). Matching is on keys (see text.ts).
 */

export type Slot = { words: ReadonlySet<string>; optional: boolean } | { side: true; optional: boolean };

export interface Phrase<T> {
  slots: Slot[];
  value: T;
  /** The words the phrase can start with (null: a '{side}' or optional first slot, any word). */
  first: ReadonlySet<string> | null;
}

/** Compiles one written phrase; `where` names the file and field for errors. */
export function compilePhrase<T>(written: string, value: T, where: string): Phrase<T> {
  const parts = written.trim().split(/\s+/);
  if (parts.length === 0 || parts[0] === '') throw new Error(`${where}: empty phrase`);
  const slots: Slot[] = parts.map((part) => {
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    if (body === '{side}') return { side: true, optional };
    const alternatives = body.split('|');
    if (alternatives.some((a) => !/^[a-z0-9]+$/.test(a))) {
      throw new Error(`${where}: "${written}": each word must be lower-case letters or digits (got "${part}"); write hyphenated words as two words`);
    }
    return { words: new Set(alternatives), optional };
  });
  if (slots.every((s) => s.optional)) throw new Error(`${where}: "${written}": every slot is optional`);
  const head = slots[0]!;
  const first = !head.optional && 'words' in head ? head.words : null;
  return { slots, value, first };
}

/** Reads the side phrase starting at word i: its end and value, or null. */
export type SideAt<S> = (i: number) => { end: number; value: S } | null;

export interface PhraseHit<T, S> {
  from: number;
  to: number;
  value: T;
  /** The side read in the '{side}' slot, if the phrase has one. */
  side: S | null;
  sideFrom: number;
}

/** The longest way `phrase` matches at word i of `keys` (backtracking over optional slots). */
export function matchAt<T, S>(phrase: Phrase<T>, keys: readonly string[], i: number, sideAt?: SideAt<S>): PhraseHit<T, S> | null {
  let best: PhraseHit<T, S> | null = null;
  const walk = (slot: number, at: number, side: S | null, sideFrom: number) => {
    if (slot === phrase.slots.length) {
      if (at > i && (!best || at > best.to)) best = { from: i, to: at, value: phrase.value, side, sideFrom };
      return;
    }
    const s = phrase.slots[slot]!;
    if (s.optional) walk(slot + 1, at, side, sideFrom);
    if ('side' in s) {
      if (!sideAt) return;
      const start = keys[at] === 'the' ? at + 1 : at;
      const hit = sideAt(start) ?? (start !== at ? sideAt(at) : null);
      if (hit) walk(slot + 1, hit.end, hit.value, start);
    } else if (at < keys.length && s.words.has(keys[at]!)) {
      walk(slot + 1, at + 1, side, sideFrom);
    }
  };
  walk(0, i, null, -1);
  return best;
}

/** An index of phrases by first word, for scanning a sentence. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly anyFirst: Phrase<T>[] = [];
  constructor(readonly phrases: readonly Phrase<T>[]) {
    for (const p of phrases) {
      if (!p.first) this.anyFirst.push(p);
      else for (const w of p.first) this.byFirst.set(w, [...(this.byFirst.get(w) ?? []), p]);
    }
  }

  /** The longest phrase matching at word i. */
  longestAt<S>(keys: readonly string[], i: number, sideAt?: SideAt<S>): PhraseHit<T, S> | null {
    let best: PhraseHit<T, S> | null = null;
    for (const list of [this.byFirst.get(keys[i]!) ?? [], this.anyFirst]) {
      for (const p of list) {
        const hit = matchAt(p, keys, i, sideAt);
        if (hit && (!best || hit.to > best.to)) best = hit;
      }
    }
    return best;
  }

  /** Non-overlapping hits left to right, the longest at each word; words with skip(i) true are passed over. */
  scan<S>(keys: readonly string[], sideAt?: SideAt<S>, skip: (i: number) => boolean = () => false): PhraseHit<T, S>[] {
    const out: PhraseHit<T, S>[] = [];
    for (let i = 0; i < keys.length; ) {
      const hit = skip(i) ? null : this.longestAt(keys, i, sideAt);
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else i++;
    }
    return out;
  }
}
