import { isWordChar } from './tokens.ts';

/** A span of the normalised text: a sentence, or a clause inside one. */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.؟?!؛;\n]+/g;
/** The characters of SENTENCE_END, by code. */
const ENDS = new Set(['.', '؟', '?', '!', '؛', ';', '\n'].map((c) => c.charCodeAt(0)));
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * The longest sentence read as one: real reports' longest run to about 700 characters. A longer one
 * (a report pasted without full stops, a list that never ends) is cut at its last comma, else its
 * last space, before this length, so that reading stays linear in the length of the text.
 */
export const MAX_SENTENCE = 2000;

const CUT_AT = /[،,]/;

/**
 * Sentences end at . ؟ ! ؛ and line breaks. A full stop between two digits
 * (a decimal) does not end a sentence. Overlong sentences are cut (see MAX_SENTENCE).
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // test() finds each run of end marks without building a match; the run is walked back from where
  // it ends (never past the end of the run before it).
  let after = 0;
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(text)) {
    const end = SENTENCE_END.lastIndex;
    let index = end - 1;
    while (index > after && ENDS.has(text.charCodeAt(index - 1))) index--;
    after = end;
    const isDecimal = end - index === 1 && text.charCodeAt(index) === 0x2e && isDigit(text.charCodeAt(index - 1)) && isDigit(text.charCodeAt(index + 1));
    if (isDecimal) continue;
    pushTrimmed(text, start, index, out);
    start = end;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

const SPACE = /\s/;
/** Which UTF-16 code units are white space (\s). */
const IS_SPACE = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = SPACE.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
})();

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE);
    pushOne(text, start, cut, out);
    start = cut;
  }
  pushOne(text, start, end, out);
}

/** Where to cut text[from, limit): after its last comma, else at its last space, else at the limit. */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + MAX_SENTENCE / 2;
  for (let i = limit - 1; i > floor; i--) if (CUT_AT.test(text[i]!)) return i + 1;
  for (let i = limit - 1; i > floor; i--) if (IS_SPACE[text.charCodeAt(i)] === 1) return i + 1;
  let i = limit;
  if (i > from && i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff) i--; // never split a surrogate pair
  return i;
}

function pushOne(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && IS_SPACE[text.charCodeAt(start)] === 1) start++;
  while (end > start && IS_SPACE[text.charCodeAt(end - 1)] === 1) end--;
  for (let i = start; i < end; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      out.push({ start, end });
      return;
    }
  }
}
