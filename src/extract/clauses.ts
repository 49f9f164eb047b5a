import type { Token } from '../text/tokens.ts';
import type { Lexicon } from './lexicon.ts';
import type { Mention } from '../gazetteer/match.ts';

/**
 * Splits a sentence's tokens into clauses. A clause starts after a comma (but not inside a list
 * of places: «أحياء أغيور، باب الحديد، الفرافرة والصفصافة»), at a clause
 * opener (وهي، حيث، لكن …), and at a relative pronoun (الذي، التي) right after a place name.
 * Returns, for each token, the index of its clause.
 */
export function clauseIndex(text: string, tokens: readonly Token[], mentions: readonly Mention[], lex: Lexicon): number[] {
  const mentionEnds = new Set(mentions.map((m) => m.to));
  const mentionStarts = new Set(mentions.map((m) => m.from));
  const out: number[] = [];
  let clause = 0;
  tokens.forEach((tok, i) => {
    if (i > 0) {
      const word = lex.startsOf(tok.text);
      const inList = mentionEnds.has(i) && mentionStarts.has(i);
      // «بعد ظهر أمس», «بعد منتصف الليل»: a time, not a new clause.
      const opener = word.opensClause && !TIME_AFTER.test(tokens[i + 1]?.text ?? '');
      const opens = (!inList && commaBetween(text, tokens[i - 1]!.end, tok.start)) || opener || (mentionEnds.has(i) && word.relative);
      if (opens) clause++;
    }
    out.push(clause);
  });
  return out;
}

/** Words after «بعد / عقب» that make it a time («بعد ظهر أمس»), not a clause. */
const TIME_AFTER = /^(ال)?(ظهر|منتصف|ساعات|ساعه|ساعتين|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|اشهر|ليله|مغرب|عصر|فجر|صلاه)$/;

const COMMAS = new Set([0x060c, 0x2c, 0x3a]); // ، , :

function commaBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (COMMAS.has(text.charCodeAt(k))) return true;
  return false;
}
