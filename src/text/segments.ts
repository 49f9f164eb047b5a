import { isWordChar } from './tokens.ts';

/** A span of the normalised text: a sentence, or a clause inside one. */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.؟?!؛;\n]+/g;

/**
 * Sentences end at . ؟ ! ؛ and line breaks. A full stop between two digits
 * (a decimal) does not end a sentence.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const isDecimal = m[0] === '.' && /\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? '');
    if (isDecimal) continue;
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

const SPACE = /\s/;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  for (let i = start; i < end; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      out.push({ start, end });
      return;
    }
  }
}
