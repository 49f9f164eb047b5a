/**
 * The key under which two Arabic spellings count as the same name, for the gazetteer's
 * "one spelling, one place" check: tashkeel and tatweel stripped, أ إ آ ٱ → ا, ى → ي,
 * ة → ه, Arabic-Indic digits → 0-9, spaces collapsed, and one leading ال dropped.
 */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function spellingKey(name: string): string {
  const folded = name
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\s+/g, ' ')
    .trim();
  return folded.startsWith('ال') && folded.length > 3 ? folded.slice(2) : folded;
}
