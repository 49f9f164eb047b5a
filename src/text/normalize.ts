/**
 * Arabic normalisation for matching only. The result keeps, for every character,
 * the offset of the character it came from, so that evidence spans found in the
 * normalised text point back into the original.
 */
export interface Normalized {
  text: string;
  /** origin[i] = offset in the original of normalised character i; origin[text.length] = original length. */
  origin: Int32Array;
}

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c-\u200f\u202a-\u202e]/;

const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ئ: 'ي',
  ة: 'ه',
  ؤ: 'و',
  // Persian letter forms some Arabic sites use (ک, ی, ۀ): the same words.
  ک: 'ك',
  ی: 'ي',
  ۀ: 'ه',
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '„': '"',
};

function foldChar(ch: string): string {
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian digits
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch; // one character in, one out: the offset map stays aligned
}

/** What each UTF-16 code unit becomes: its folded code unit, or DROPPED. Built once from the rules above. */
const DROPPED = 0xffff;
const TABLE = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    table[code] = code >= 0xd800 && code <= 0xdfff ? code : DROP.test(ch) ? DROPPED : foldChar(ch).charCodeAt(0);
  }
  table[DROPPED] = DROPPED;
  return table;
})();
const decoder = new TextDecoder('utf-16le');

export function normalize(original: string): Normalized {
  const out = new Uint16Array(original.length);
  const origin = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const folded = TABLE[original.charCodeAt(i)]!;
    if (folded === DROPPED) continue;
    out[n] = folded;
    origin[n++] = i;
  }
  origin[n] = original.length;
  return { text: decoder.decode(out.subarray(0, n)), origin: origin.slice(0, n + 1) };
}

/**
 * Applies only the Arabic folding (no case change, nothing dropped but tashkeel), so that
 * lexicon regexes can be written in ordinary spelling and still match normalised text.
 */
export function foldArabic(source: string): string {
  let out = '';
  for (const ch of source) if (!DROP.test(ch)) out += /[\u0600-\u06FF«»“”„]/.test(ch) ? foldChar(ch) : ch;
  return out;
}

/** Normalises a lexicon or gazetteer phrase: same folding, runs of spaces collapsed. */
export function normalizePhrase(phrase: string): string {
  return normalize(phrase).text.replace(/\s+/g, ' ').trim();
}

/** Maps a [start, end) span of the normalised text back to the original. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.origin[start] ?? n.origin[n.origin.length - 1]!;
  const e = end > 0 ? (n.origin[end - 1] ?? s) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
