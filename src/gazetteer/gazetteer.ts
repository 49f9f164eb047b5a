import { normalizePhrase } from '../text/normalize.ts';
import type { Place, PlaceId, PlaceRef } from '../types.ts';

/** A name form: the words of one normalised spelling, and the place it names. */
export interface NameForm {
  words: string[];
  place: Place;
  /** The spelling with an article dropped («جلوم» for «الجلوم»): a name only where the text vouches for it (see extract). */
  bare?: true;
}

export interface Gazetteer {
  places: Map<PlaceId, Place>;
  /** First word of a normalised spelling → the forms starting with it, longest first. */
  byFirstWord: Map<string, NameForm[]>;
  /**
   * Where an event on this place lands: a district id for neighbourhoods, quarters,
   * landmarks and roundabouts; the member districts for an area; [] for a village.
   */
  districtsOf(id: PlaceId): PlaceId[];
}

/** For landmarks and roundabouts that name no district: the district whose polygon contains them. */
export type Containing = ReadonlyMap<PlaceId, PlaceId | null>;

const KIND_RANK: Record<Place['kind'], number> = { neighbourhood: 0, area: 1, quarter: 2, roundabout: 3, landmark: 4, village: 5 };

export function buildGazetteer(places: readonly Place[], containing: Containing = new Map()): Gazetteer {
  const byId = new Map(places.map((p) => [p.id, p] as const));
  const byFirstWord = new Map<string, NameForm[]>();
  const spellingsOf = new Map(places.map((p) => [p, new Set([p.name_ar, ...p.variants_ar].map(normalizePhrase).filter(Boolean))] as const));
  const written = new Set([...spellingsOf.values()].flatMap((s) => [...s]));
  for (const [place, spellings] of spellingsOf) {
    const bare = withoutArticle(spellings, written);
    for (const spelling of [...spellings, ...withArticle(spellings, written), ...bare]) {
      const words = spelling.split(' ');
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push(bare.includes(spelling) ? { words, place, bare: true } : { words, place });
      byFirstWord.set(words[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length || KIND_RANK[a.place.kind] - KIND_RANK[b.place.kind]);
  }
  const resolved = new Map<PlaceId, PlaceId[]>();
  const districtsOf = (id: PlaceId): PlaceId[] => {
    const cached = resolved.get(id);
    if (cached) return cached;
    const place = byId.get(id);
    let out: PlaceId[] = [];
    if (!place || place.kind === 'village') out = [];
    else if (place.kind === 'neighbourhood') out = [place.id];
    else if (place.part_of.length > 0) out = place.kind === 'area' ? [...place.part_of] : [place.part_of[0]!];
    else out = [containing.get(place.id) ?? null].filter((d): d is PlaceId => d !== null);
    resolved.set(id, out);
    return out;
  };
  return { places: byId, byFirstWord, districtsOf };
}

export function placeRef(place: Place): PlaceRef {
  return { id: place.id, name_ar: place.name_ar, name_en: place.name_en };
}

/** Landmarks, roundabouts and quarters land on their district; the place named in the text is kept as `via`. */
export function landOn(p: Place, gaz: Gazetteer): { place: PlaceRef; via: PlaceRef | undefined } {
  if (p.kind === 'neighbourhood' || p.kind === 'area' || p.kind === 'village') return { place: placeRef(p), via: undefined };
  const district = gaz.places.get(gaz.districtsOf(p.id)[0] ?? '');
  return district ? { place: placeRef(district), via: placeRef(p) } : { place: placeRef(p), via: undefined };
}

/**
 * Reports put the article on a name the gazetteer writes without it («القاضي عسكر» for «قاضي عسكر»,
 * «الحلوانية» for «حلوانية»): each spelling whose first word has none is also read with it, unless
 * that form is another spelling of the gazetteer. (The article is never taken off a name: «الشعار»
 * without it is the common word «شعار».)
 */
function withArticle(spellings: ReadonlySet<string>, written: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const s of spellings) {
    if (s.startsWith('ال') || s.length < 3) continue;
    const form = `ال${s}`;
    if (!written.has(form)) out.push(form);
  }
  return out;
}

/**
 * Reports also drop an article the gazetteer writes: «أحياء جلوم وعقبة» for «الجلوم» and «العقبة»,
 * «باب مقام» for «باب المقام». Such forms are often common words («عقبة»: an obstacle), so they are
 * marked bare: the reader takes them for names only after a district word or inside a list of names.
 * The article goes from the first word, or from the second when the first has none.
 */
function withoutArticle(spellings: ReadonlySet<string>, written: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const s of spellings) {
    const words = s.split(' ');
    const k = words[0]!.startsWith('ال') ? 0 : 1;
    const word = words[k];
    if (!word?.startsWith('ال') || word.length < 5) continue;
    const form = [...words.slice(0, k), word.slice(2), ...words.slice(k + 1)].join(' ');
    if (!written.has(form)) out.push(form);
  }
  return out;
}
