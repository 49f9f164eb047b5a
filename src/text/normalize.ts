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
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ئ': 'ي', 'ة': 'ه', 'ؤ': 'و',
  '“': '"', '”': '"', '«': '"', '»': '"', '„': '"',
};

function foldChar(ch: string): string {
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian digits
  return ch.toLowerCase();
}

export function normalize(original: string): Normalized {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (DROP.test(ch)) continue;
    text += foldChar(ch);
    origin.push(i);
  }
  origin.push(original.length);
  return { text, origin: Int32Array.from(origin) };
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
