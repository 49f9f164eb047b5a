/** A word of the normalised text, with its span in that text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Which UTF-16 code units belong to words: letters and digits (\p{L}, \p{N}); surrogates count as letters. */
const IN_WORD = (() => {
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}]/u;
  for (let code = 0; code < 0x10000; code++) {
    table[code] = (code >= 0xd800 && code <= 0xdfff) || word.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return table;
})();

/** Whether a UTF-16 code unit belongs to a word. */
export const isWordChar = (code: number): boolean => IN_WORD[code] === 1;

/** Splits normalised text into words: runs of letters and digits, within [from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && IN_WORD[text.charCodeAt(i)] === 0) i++;
    const start = i;
    while (i < to && IN_WORD[text.charCodeAt(i)] === 1) i++;
    if (i > start) out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}
