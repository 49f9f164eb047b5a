import namesData from '../lexicon/en/names.json' with { type: 'json' };
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Place } from '../../types.ts';
import { keyOf, words as wordsOf, type Word } from './text.ts';

/** A place named in English: word indices [from, to) into the sentence's words. */
export interface NameMention {
  place: Place;
  from: number;
  to: number;
  /** Offsets into the body of the name as written, with its article («al-Shaar»). */
  start: number;
  end: number;
}

interface Form {
  keys: string[];
  place: Place;
  /** Matched on the loose sound key (capitals required for one-word names). */
  loose: boolean;
  needsDistrictWord: boolean;
}

export interface EnglishNames {
  /** First key of a form → the forms, longest first. */
  byFirst: Map<string, Form[]>;
}

const KIND_RANK: Record<Place['kind'], number> = { neighbourhood: 0, area: 1, quarter: 2, roundabout: 3, landmark: 4, village: 5 };
/** Words the desks spell several ways, each read as the first spelling of its list («Karam» as «Karm»). */
const SAME_WORD = new Map(namesData.sameWords.flatMap((e) => e.words.map((w) => [w, e.words[0]!] as const)));
const canonical = (key: string): string => SAME_WORD.get(key) ?? key;
const IGNORED = new Set(namesData.ignoreForms.map((f) => formKeys(f.form).join(' ')));
const NEEDS_DISTRICT_WORD = new Set(namesData.needsDistrictWord.map((f) => keyOf(f.form)));
const NOT_NAMES = new Set(namesData.notNames.words.map(keyOf));
const OF_ANOTHER_CITY = new Set(namesData.ofAnotherCity.forms.map((f) => keyOf(f)));
export const DISTRICT_WORDS = new Set(namesData.districtWords);

/**
 * The sound of a key: vowel runs (and y after the first letter) as one mark, doubled letters
 * single, q as k, a final h after a vowel dropped. Sakhour, Sakhur, Sakhoor → s*kh*r.
 */
export function soundOf(key: string): string {
  // «ذ / ض» come as 'dh' or 'd' ('Sheikh Khedher', 'Khodr').
  let s = key
    .replace(/q/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/(.)\1+/g, '$1');
  s = s[0]! + s.slice(1).replace(/y/g, 'i');
  s = s.replace(/[aeiou]+h$/, 'a').replace(/[aeiou]+/g, '*');
  return s;
}

/** The content keys of a written name: articles and a leading 'the' left out; «(…)» dropped. */
export function formKeys(written: string): string[] {
  const plain = written.replace(/\([^)]*\)/g, ' ').trim();
  const ws = wordsOf(plain).filter((w) => !w.article);
  const keys = ws.map((w) => canonical(w.key));
  if (keys[0] === 'the' && keys.length > 1) keys.shift();
  return keys;
}

/** Builds the English name index from the gazetteer's places (name_en and variants_en). */
export function englishNames(gazetteer: Gazetteer): EnglishNames {
  const byFirst = new Map<string, Form[]>();
  const add = (keys: string[], place: Place, loose: boolean) => {
    if (keys.length === 0) return;
    const needsDistrictWord = keys.length === 1 && NEEDS_DISTRICT_WORD.has(keys[0]!);
    const list = byFirst.get(keys[0]!) ?? [];
    if (list.some((f) => f.place === place && f.loose === loose && f.keys.join(' ') === keys.join(' '))) return;
    list.push({ keys, place, loose, needsDistrictWord });
    byFirst.set(keys[0]!, list);
  };
  for (const place of gazetteer.places.values()) {
    for (const written of [place.name_en, ...place.variants_en]) {
      const keys = formKeys(written);
      if (keys.length === 0 || IGNORED.has(keys.join(' '))) continue;
      add(keys, place, false);
      const long = keys.length > 1 || (keys[0]?.length ?? 0) >= 6;
      if (long) add(keys.map(soundOf), place, true);
    }
  }
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.keys.length - a.keys.length || Number(a.loose) - Number(b.loose) || KIND_RANK[a.place.kind] - KIND_RANK[b.place.kind]);
  }
  return { byFirst };
}

const cache = new WeakMap<Gazetteer, EnglishNames>();
export function englishNamesOf(gazetteer: Gazetteer): EnglishNames {
  let names = cache.get(gazetteer);
  if (!names) cache.set(gazetteer, (names = englishNames(gazetteer)));
  return names;
}

/** Only spaces, hyphens and glued articles may stand between the words of one name. */
const JOIN = /^[\s\-‐‑–]*$/;

/**
 * The places named in a sentence's words (longest name first at each word). `body` is the
 * article text the words index into.
 */
export function findNames(ws: readonly Word[], body: string, names: EnglishNames): NameMention[] {
  // Content words: articles glued to the next word are left out, as in the forms.
  const content: number[] = [];
  for (let i = 0; i < ws.length; i++) if (!ws[i]!.article) content.push(i);
  const out: NameMention[] = [];
  for (let c = 0; c < content.length; ) {
    const found = longestAt(ws, content, c, body, names);
    if (!found) {
      c++;
      continue;
    }
    const firstWord = content[c]!;
    const lastWord = content[c + found.length - 1]!;
    let from = firstWord;
    while (from > 0 && ws[from - 1]!.article && JOIN.test(body.slice(ws[from - 1]!.end, ws[from]!.start))) from--;
    out.push({ place: found.place, from, to: lastWord + 1, start: ws[from]!.start, end: ws[lastWord]!.end });
    c += found.length;
  }
  return out.filter((m, i) => !needsContextAndLacksIt(m, out, i, ws) && !ofAnotherCity(m, ws));
}

/** 'the ancient city of Palmyra': a generic name followed by 'of' and a proper noun other than Aleppo. */
function ofAnotherCity(m: NameMention, ws: readonly Word[]): boolean {
  if (
    !OF_ANOTHER_CITY.has(
      ws
        .slice(m.from, m.to)
        .filter((w) => !w.article)
        .map((w) => w.key)
        .join(' '),
    )
  )
    return false;
  const of = ws[m.to];
  const next = ws[m.to + 1];
  return of?.key === 'of' && next !== undefined && next.capital && next.key !== 'aleppo';
}

function longestAt(ws: readonly Word[], content: readonly number[], c: number, body: string, names: EnglishNames): { place: Place; length: number } | null {
  const first = ws[content[c]!]!;
  const firstKey = canonical(first.key);
  const candidates = [...(names.byFirst.get(firstKey) ?? []), ...(names.byFirst.get(soundOf(firstKey)) ?? [])];
  let best: { place: Place; length: number; loose: boolean } | null = null;
  for (const form of candidates) {
    const n = form.keys.length;
    if (c + n > content.length || (best && (best.length > n || (best.length === n && !best.loose)))) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const w = ws[content[c + k]!]!;
      const key = canonical(w.key);
      ok = (form.loose ? soundOf(key) : key) === form.keys[k];
      // Words of one name sit side by side (only glued articles between them).
      if (ok && k > 0)
        ok = JOIN.test(body.slice(ws[content[c + k - 1]!]!.end, w.start).replace(/\b(al|el|il|ul|ash|as|ad|az|at|an|aj|ar|ath|adh|es|ez|et|en|ed)\b/gi, ''));
    }
    // A loose one-word match must be a proper noun: written with a capital.
    if (ok && form.loose && n === 1 && (!first.capital || NOT_NAMES.has(first.key))) ok = false;
    if (ok && (!best || n > best.length || (best.loose && !form.loose))) best = { place: form.place, length: n, loose: form.loose };
  }
  return best;
}

/** 'Tishreen', 'Midan' …: names that are also other things count only beside a district word or in a list of places. */
function needsContextAndLacksIt(m: NameMention, all: readonly NameMention[], i: number, ws: readonly Word[]): boolean {
  if (m.to - m.from !== 1) return false;
  const form = ws[m.from]!.key;
  if (!NEEDS_DISTRICT_WORD.has(form)) return false;
  const near = [ws[m.from - 1], ws[m.from - 2], ws[m.to], ws[m.to + 1]].some((w) => w && DISTRICT_WORDS.has(w.key));
  const listed = (all[i - 1] && m.from - all[i - 1]!.to <= 1) || (all[i + 1] && all[i + 1]!.from - m.to <= 1);
  return !near && !listed;
}
