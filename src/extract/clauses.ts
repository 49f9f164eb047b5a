import type { Token } from '../text/tokens.ts';
import type { WordStarts } from './lexicon.ts';
import type { Mention } from '../gazetteer/match.ts';

/**
 * Splits a sentence's tokens into clauses. A clause starts after a comma (but not inside a list
 * of places: «أحياء أغيور، باب الحديد، الفرافرة والصفصافة», «… الأصيلة، حي بستان القصر»), at a clause
 * opener (وهي، حيث، لكن …), and at a relative pronoun (الذي، التي) right after a place name.
 * `words[i]` says what kind of word token i is. Returns, for each token, the index of its clause.
 */
export function clauseIndex(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  words: readonly Pick<WordStarts, 'opensClause' | 'relative' | 'district'>[],
): number[] {
  const END = 1,
    START = 2;
  const at = new Uint8Array(tokens.length + 1);
  for (const m of mentions) {
    at[m.to]! |= END;
    at[m.from]! |= START;
  }
  const out = new Array<number>(tokens.length);
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const word = words[i]!;
      // «أغيور، باب الحديد»; «… كرم الدعدع، حي بستان القصر»
      // «أحياء، مساكن هنانو، جبل بدرو»: after a district word, a comma opens its list.
      const inList =
        at[i] === (END | START) || ((at[i]! & END) !== 0 && word.district && (at[i + 1]! & START) !== 0) || (words[i - 1]!.district && (at[i]! & START) !== 0);
      // «بعد ظهر أمس», «بعد منتصف الليل»: a time, not a new clause.
      const opener = word.opensClause && !TIME_AFTER.test(tokens[i + 1]?.text ?? '');
      const opens = (!inList && commaBetween(text, tokens[i - 1]!.end, tokens[i]!.start)) || opener || ((at[i]! & END) !== 0 && word.relative);
      if (opens) clause++;
    }
    out[i] = clause;
  }
  return out;
}

/** Words after «بعد / عقب» that make it a time («بعد ظهر أمس»), not a clause. */
const TIME_AFTER = /^(ال)?(ظهر|منتصف|ساعات|ساعه|ساعتين|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|اشهر|ليله|مغرب|عصر|فجر|صلاه)$/;

const COMMAS = new Set([0x060c, 0x2c, 0x3a]); // ، , :

function commaBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (COMMAS.has(text.charCodeAt(k))) return true;
  return false;
}
