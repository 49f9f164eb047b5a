// Font stacks for the drawn texts. Noto Sans / Noto Sans Arabic are what the CLI loads into
// resvg (Debian's fonts-noto-core) and what the browser finds on most systems; the rest are
// fallbacks with Arabic glyphs on Windows and macOS.
export const FONT_LATIN = "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";
export const FONT_ARABIC = "'Noto Sans Arabic', 'Noto Naskh Arabic', 'Geeza Pro', Tahoma, 'Segoe UI', sans-serif";

/**
 * A conservative width estimate of a single-line text, in pixels, for layout without font metrics
 * (Node has none). Errs wide, so laid-out texts never collide.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0600 && c <= 0x06ff) em += 0.46;
    else if (/[A-Z0-9]/.test(ch)) em += 0.66;
    else if (/[il.,:;'’|!() ]/.test(ch)) em += 0.3;
    else if (/[mwMW]/.test(ch)) em += 0.86;
    else em += 0.56;
  }
  return em * size;
}

/** Cuts `text` with an ellipsis so that it fits `width` at `size`. */
export function fitText(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', size) > width) chars.pop();
  return chars.join('').trimEnd() + '…';
}

/** Breaks `text` into at most `maxLines` lines that fit `width` at `size`; the last is cut with an ellipsis if need be. */
export function wrapText(text: string, size: number, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(`${line} ${words.slice(i).join(' ')}`, size, width));
      return lines;
    }
    lines.push(fitText(line, size, width));
    line = word;
  }
  if (line) lines.push(fitText(line, size, width));
  return lines;
}
