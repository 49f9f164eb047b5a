/**
 * Latin text for the English reader: words with their offsets into the original body, and
 * sentences. Nothing is rewritten; every offset points into the text as published.
 */

/** A word of the original text and its matching key. */
export interface Word {
  /** The word as written. */
  text: string;
  /** Lower case, accents and apostrophes dropped, a possessive «'s» dropped: "Sha'ar" → "shaar", "Assad's" → "assad". */
  key: string;
  start: number;
  end: number;
  /** «al-», «as-», «el » … glued to the next word: an Arabic article inside a name. */
  article: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ`][\p{L}\p{N}]+)*/gu;
const APOSTROPHE = /['’‘ʼ`]/g;
const POSSESSIVE = /['’‘ʼ`]s$/i;
/** Arabic articles as transliterated: al-, el-, and the assimilated forms (ash-Shaar, as-Sakhour, ad-Dudu …). */
const ARTICLE = /^(al|el|il|ul|ash|as|ad|az|at|an|aj|ar|ath|adh|es|ez|et|en|ed)$/;
const HYPHEN = /^[-‐‑–]$/;

/** The matching key of a word or phrase word: lower case, no accents, no apostrophes. */
export function keyOf(word: string): string {
  return word.replace(POSSESSIVE, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHE, '');
}

/** Every word of `text` in [from, to). */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const key = keyOf(m[0]);
    const next = text[end] ?? '';
    // «al-Shaar», «as-Sakhour»; «al Shaar», «el Jabal» with a space (only al/el: "as", "at" and "an" are English words).
    const article = ARTICLE.test(key) && (HYPHEN.test(next) || ((key === 'al' || key === 'el') && next === ' ' && /\p{L}/u.test(text[end + 1] ?? '')));
    out.push({ text: m[0], key, start, end, article, capital: /^\p{Lu}/u.test(m[0]) });
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION =
  /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|gen|lt|col|maj|sgt|capt|brig|cpl|pvt|rev|no|vs|etc|approx|u\.s|u\.n|u\.k|[a-z])$/i;

/**
 * Sentences end at «.», «!» or «?» followed by a space and a capital, a digit or a quote, and at
 * line breaks. A full stop after an abbreviation («Dec. 6», «U.S. officials», «Lt. Gen.») or
 * between digits does not end one.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (/[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Closing quotes and brackets belong to the sentence they close.
    let end = i + 1;
    while (end < text.length && /["'”’»)\]]/.test(text[end]!)) end++;
    const after = text.slice(end, end + 3);
    if (end < text.length && !/^\s+["'“‘«(]?[\p{Lu}\p{N}]/u.test(after) && !/^\s*\n/.test(after)) continue;
    if (ch === '.') {
      const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
      if (before && ABBREVIATION.test(before)) continue;
    }
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return out;
}
