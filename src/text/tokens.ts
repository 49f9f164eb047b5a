/** A word of the normalised text, with its span in that text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits normalised text into words: runs of letters and digits. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
