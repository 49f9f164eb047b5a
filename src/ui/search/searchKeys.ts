import { normalizePhrase } from '../../text/normalize.ts';

// Search keys: every spelling folded so that «الشعار», «شعار», "al-Sha'ar", "Shaar" and
// "ash-Sha‘ar" meet. Arabic goes through the extractor's own normalisation.

const ARABIC = /[\u0600-\u06FF]/;
/** District words a user may type before a name: «حي», «أحياء», "district of". */
const AR_DISTRICT_WORDS = /^(?:حي|حيي|احياء|منطقه|ساحه|دوار)\s+/;
const EN_DISTRICT_WORDS = /^(?:district of|quarter of|neighbourhood of|neighborhood of)\s+/;
/** The Arabic article as English spellings write it, assimilated or not: al-, el-, ash-, as-, ad- … */
const EN_ARTICLE = /(^|\s)(?:al|el|il|ul|a[tdrzsn]|ash|ath|adh|az)[-\s'’‘]+/g;

function arabicKey(text: string): string {
  let s = normalizePhrase(text).replace(AR_DISTRICT_WORDS, '');
  // «ال» at the start of each word, and «لل» after a preposition, are optional.
  s = s.replace(/(^|\s)(?:ال|لل)(?=\S{2,})/g, '$1');
  return s.replace(/\s+/g, '');
}

function latinKey(text: string): string {
  let s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(EN_DISTRICT_WORDS, '');
  s = s.replace(EN_ARTICLE, '$1');
  // Letters only; doubled letters and ou/oo/u, ei/ey/ay spellings meet.
  return s
    .replace(/[^a-z0-9]+/g, '')
    .replace(/ou|oo/g, 'u')
    .replace(/ee|ei|ey|ay/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** The key a name or a query is compared by. */
export function searchKey(text: string): string {
  return ARABIC.test(text) ? arabicKey(text) : latinKey(text);
}
