import type { Place } from '../../types.ts';
import { spellingKey } from '../spelling.ts';

const ARABIC = /[\u0600-\u06ff]/;
const ARTICLE = /^(al|el|ad|ag|aj|an|ar|as|ash|at|az|ath)[-\s]+/;

/** An English or transliterated name folded for comparison: case, accents, quotes, dashes, a leading article. */
export function foldLatin(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘'`ʿʾ"]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(ARTICLE, '')
    .replace(/\s+/g, ' ');
}

/** The key a name is looked up under: the gazetteer's Arabic spelling key, or the folded Latin. */
export const nameKey = (name: string): string => (ARABIC.test(name) ? `ar:${spellingKey(name)}` : `en:${foldLatin(name)}`);

/**
 * Every spelling the gazetteer knows (Arabic and English names and variants, the key itself),
 * mapped to the places that carry it. Districts (neighbourhoods) and landmarks only: a user's
 * polygon for the Citadel is a landmark polygon, folded into a district like CSR's.
 */
export function spellingIndex(places: Place[]): Map<string, Place[]> {
  const index = new Map<string, Place[]>();
  for (const p of places) {
    if (p.kind !== 'neighbourhood' && p.kind !== 'landmark') continue;
    const names = [p.name_ar, p.name_en, ...p.variants_ar, ...p.variants_en, p.id.replace(/-/g, ' ')];
    for (const n of names) {
      if (!n.trim()) continue;
      const k = nameKey(n);
      const list = index.get(k) ?? [];
      if (!list.includes(p)) index.set(k, [...list, p]);
    }
  }
  return index;
}

/** The place a name names: one spelling of exactly one place (a neighbourhood before a landmark). */
export function placeNamed(name: string, index: Map<string, Place[]>): Place | null {
  const hits = index.get(nameKey(name)) ?? [];
  const hoods = hits.filter((p) => p.kind === 'neighbourhood');
  if (hoods.length === 1) return hoods[0]!;
  return hoods.length === 0 && hits.length === 1 ? hits[0]! : null;
}
