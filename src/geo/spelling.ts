import { normalizePhrase } from '../text/normalize.ts';

const DISTRICT_WORD = /^(حي|حيي|احياء|منطقه) /;

/**
 * The key under which two Arabic spellings count as the same name, for the gazetteer's
 * "one spelling, one place" check: the matcher's own normalisation, then a leading
 * district word («حي العامرية») and a leading ال dropped — a report writes «حي العامرية»,
 * «العامرية» and «بالعامرية» for one place, so those spellings must not name two.
 */
export function spellingKey(name: string): string {
  const folded = normalizePhrase(name).replace(DISTRICT_WORD, '');
  return folded.startsWith('ال') && folded.length > 3 ? folded.slice(2) : folded;
}
