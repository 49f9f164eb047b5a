import type { Token } from '../text/tokens.ts';
import type { WordStarts } from './lexicon.ts';
import type { Mention } from '../gazetteer/match.ts';

/**
 * Splits a sentence's tokens into clauses. A clause starts after a comma (but not inside a list
 * of places: «أحياء باب الحديد، أغيور، الصفصافة والفرافرة», «… الأصيلة، حي بستان القصر»), at a clause
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
    // «الشيخ سعيد الاستراتيجي، …»: an adjective after a name ends the item with it.
    if (m.to < tokens.length && ADJECTIVE.test(tokens[m.to]!.text)) at[m.to + 1]! |= END;
  }
  // A comma before token i: looked at once, by the list items and by the clauses.
  const comma = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) if (commaBetween(text, tokens[i - 1]!.end, tokens[i]!.start)) comma[i] = 1;
  const out = new Array<number>(tokens.length);
  const unlisted = unlistedItems(comma, at, words, END, START);
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const word = words[i]!;
      // «أغيور، باب الحديد»; «… كرم الدعدع، حي بستان القصر»
      // «أحياء، مساكن هنانو، جبل بدرو»: after a district word, a comma opens its list.
      // «الشيخ سعيد، الشحادين، كرم الدعدع»: a name the gazetteer lacks, between two of the list's, is one of its items.
      const inList =
        at[i] === (END | START) ||
        ((at[i]! & END) !== 0 && word.district && (at[i + 1]! & START) !== 0) ||
        (words[i - 1]!.district && (at[i]! & START) !== 0) ||
        unlisted[i] === 1;
      // «بعد ظهر أمس», «بعد منتصف الليل»: a time, not a new clause.
      const opener = word.opensClause && !TIME_AFTER.test(tokens[i + 1]?.text ?? '');
      const opens = (!inList && comma[i] === 1) || opener || ((at[i]! & END) !== 0 && word.relative);
      if (opens) clause++;
    }
    out[i] = clause;
  }
  return out;
}

/** The longest name the gazetteer may lack that still counts as a list item («كرم الافندي»). */
const UNLISTED_MAX_TOKENS = 3;
/** How many items the gazetteer lacks may stand in a row inside a list («الشحادين، منطقة الإسكان، كرم الأفندي»). */
const UNLISTED_RUN = 4;
/** A definite adjective after a name («الاستراتيجي», «الشرقي», «الجنوبية»). */
const ADJECTIVE = /^ال\S{3,}(ي|يه)$/;

/**
 * Marks the items of a place list that the gazetteer does not know: a run of at most
 * UNLISTED_MAX_TOKENS words between two commas, with no place and no clause word in it, that
 * follows a place of the list (or another such item) and is followed, after its comma, by a place
 * (or another such item). `out[i]` is 1 where a comma before token i stays inside the list: before
 * each such item and before the place after it (the words inside an item have no comma between them).
 */
/** Tokens [from, to) hold no place and no clause word: a list item the gazetteer does not know. */
function isBareItem(
  from: number,
  to: number,
  at: Uint8Array,
  words: readonly Pick<WordStarts, 'opensClause' | 'relative' | 'district'>[],
  END: number,
  START: number,
): boolean {
  if (to - from < 1 || to - from > UNLISTED_MAX_TOKENS) return false;
  for (let k = from; k < to; k++) {
    const place = k === from ? at[k]! & START : at[k]!; // the first word may follow the end of a place
    // «حي الشحادين», «حارة الفرن»: a district word may open the item, not stand inside it.
    if (place !== 0 || words[k]!.opensClause || words[k]!.relative || (k > from && words[k]!.district)) return false;
  }
  return (at[to]! & END) === 0; // no place ends at its last word either
}

function unlistedItems(
  comma: Uint8Array,
  at: Uint8Array,
  words: readonly Pick<WordStarts, 'opensClause' | 'relative' | 'district'>[],
  END: number,
  START: number,
): Uint8Array {
  const out = new Uint8Array(comma.length + 1);
  // Where each comma-separated run starts: token indices with a comma just before them.
  const starts: number[] = [];
  for (let i = 1; i < comma.length; i++) if (comma[i] === 1) starts.push(i);
  // Runs right after a place of a list, up to UNLISTED_RUN unknown ones in a row, then a place again.
  for (let r = 0; r < starts.length; r++) {
    const i = starts[r]!;
    if ((at[i]! & END) === 0) continue; // the run before this comma must end with a place
    let k = r;
    let items = 0;
    while (items < UNLISTED_RUN && k + 1 < starts.length && isBareItem(starts[k]!, starts[k + 1]!, at, words, END, START) && (at[starts[k]!]! & START) === 0) {
      items++;
      k++;
      if ((at[starts[k]!]! & START) !== 0) {
        for (let m = r; m <= k; m++) out[starts[m]!] = 1;
        break;
      }
    }
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
