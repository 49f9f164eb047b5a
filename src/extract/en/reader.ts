import { addDays } from '../../calendar.ts';
import { landOn, type Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Article, ControlEvent, Controller, Evidence, IgnoreReason, IgnoredMention, Place } from '../../types.ts';
import { findDates, num, type EnglishDate } from './dates.ts';
import type { EnglishLexicon, Extent, Predicate, Side, Source, Template } from './lexicon.ts';
import { DISTRICT_WORDS, englishNamesOf, findNames, type NameMention } from './names.ts';
import type { PhraseHit } from './phrases.ts';
import { sentences, words, type Span, type Word } from './text.ts';
import { throughArea } from '../area.ts';
import { draftOf } from '../draft.ts';

type Draft = Omit<ControlEvent, 'id'>;

/** One sentence as the reader sees it: its content words (glued articles left out) and what was found in them. */
interface Sentence {
  span: Span;
  evidence: Evidence;
  ws: Word[];
  keys: string[];
  /** Clause number of each word. */
  clause: number[];
  /** First word of each clause. */
  clauseStart: number[];
  /**
   * The clause each clause goes on from: itself, or, for the words after an aside set off by a pair
   * of dashes or brackets ('Kurdish fighters — helped by the army — took X'), the clause before it.
   */
  resumes: number[];
  places: PlacePhrase[];
  sides: PhraseHit<Side, never>[];
  predicates: PhraseHit<Predicate, Side>[];
  sources: PhraseHit<Source, never>[];
  dates: EnglishDate[];
  /** Where denials stand ('denied', 'disputed'): word indices. */
  denials: number[];
  hedge: number;
}

/** A place list: one name or several joined by commas and 'and' ('the districts of A, B and C'). */
interface PlacePhrase {
  members: { mention: NameMention; from: number; to: number; extent: Extent | null }[];
  from: number;
  to: number;
}

interface Reading {
  article: Article;
  gaz: Gazetteer;
  lex: EnglishLexicon;
  lead: EnglishDate | null;
  /** The last side named before the current sentence: what 'they' and 'it' stand for. */
  lastSide: Side | null;
  /** The places of the last sentence that named exactly one: what 'the district' in the next sentence stands for. */
  lastPlaces: PlacePhrase['members'] | null;
  /** The side of the last capture read: who a bare 'X also fell' most likely fell to. */
  lastTaker: Side | null;
  /** The last sentence's predicate over districts it did not name ('regained control of seven other districts'). */
  unnamedObject: { s: Sentence; hit: PhraseHit<{ template: Template }, Side> } | null;
  events: Draft[];
  ignored: IgnoredMention[];
}

const OPPOSITE: Record<Side, Side | null> = { government: 'opposition', opposition: 'government', kurdish: null };
const LEAD_SENTENCES = 3;
/** Words that may stand between a predicate and the places after it. */
const AFTER_WINDOW = 8;
/** Words that may stand between a predicate and an elaboration of its object ('took over other areas east of the Old City, including …'). */
const ELABORATED_WINDOW = 14;
/** Words that may stand between places and a predicate after them ('X, which is still in rebel hands'). */
const BEFORE_WINDOW = 6;
const BEFORE_GAP = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'been',
  'be',
  'being',
  'remain',
  'remains',
  'remained',
  'remaining',
  'stay',
  'stays',
  'stayed',
  'still',
  'now',
  'also',
  'largely',
  'mostly',
  'entirely',
  'fully',
  'completely',
  'all',
  'which',
  'that',
  'who',
  'where',
  'firmly',
  'yet',
  'reportedly',
  'finally',
  'eventually',
  'quickly',
  'already',
  'then',
  'the',
  'of',
  'both',
  'and',
  'a',
  'an',
  'long',
  'almost',
  'nearly',
  'effectively',
  'practically',
  'virtually',
  'since',
  'officially',
  'later',
  'too',
  'again',
  'back',
  'just',
  'recently',
  'city',
  'aleppo',
  'eastern',
  'east',
  'in',
  'on',
  'late',
  'early',
  'by',
  'night',
  'morning',
  'largest',
  'key',
  'strategic',
  'major',
  'its',
  'their',
  // modals: read by modalBefore ('X could fall to the army')
  'could',
  'would',
  'may',
  'might',
  'will',
  'should',
  'can',
  'cannot',
  'not',
  'never',
  'to',
  'about',
  'set',
  'poised',
  'expected',
  'likely',
  'soon',
  'unlikely',
  ...DISTRICT_WORDS,
]);
/** Words before a side that make it an object, not a subject ('clashes with rebels', 'backed by Russia'). */
const PREPOSITION = new Set([
  'by',
  'from',
  'with',
  'against',
  'of',
  'on',
  'to',
  'at',
  'between',
  'for',
  'among',
  'alongside',
  'beside',
  'behind',
  'under',
  'toward',
  'towards',
  'into',
  'in',
  'and',
  'pushed',
  'drove',
  'expelled',
  'ousted',
  'forced',
  'besieged',
  'pounded',
  'shelled',
  'bombed',
  'hit',
  'targeted',
  'attacked',
]);
const PRONOUN = new Set(['they', 'it', 'who', 'which', 'we']);
/** Words that start a clause. */
const CLAUSE_WORD = new Set([
  'that',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'when',
  'after',
  'before',
  'because',
  'amid',
  'which',
  'who',
  'where',
  'said',
  'says',
  'say',
  'told',
  'reported',
  'reports',
  'added',
  'claimed',
  'announced',
  'confirmed',
  'stated',
  'according',
  'adding',
  'saying',
  'denied',
  'insisted',
  'warned',
  'until',
  'if',
  'unless',
  'whether',
  'meanwhile',
  'then',
]);
/** 'and', 'as', 'since' start a clause only before a new subject. */
const SUBJECT_LED = new Set(['and', 'as', 'since', 'or']);
const CLAUSE_PUNCT = /[,;:()[\]—–"“”]|\s-\s/;
/** Marks that open an aside, each with the mark that closes it. */
const ASIDE_OPENS: readonly (readonly [RegExp, RegExp])[] = [
  [/[—–]|\s-\s/, /[—–]|\s-\s/],
  [/\(/, /\)/],
];
const CONDITIONAL = new Set(['if', 'unless', 'whether']);
/** A sentence opening on these is a condition ('Should X fall …', 'Were the rebels to withdraw …'). */
const INVERTED_IF = new Set(['should', 'were']);
/** Words allowed between a modal and the predicate it stops ('could soon fall', 'has not yet fallen'). */
const MODAL_GAP = new Set([
  'be',
  'been',
  'have',
  'has',
  'had',
  'being',
  'the',
  'also',
  'still',
  'fully',
  'completely',
  'quickly',
  'soon',
  'now',
  'then',
  'eventually',
  'finally',
  'further',
  'again',
  'yet',
  'already',
  'swiftly',
  'entirely',
  'not',
  'never',
  'once',
  'even',
  'easily',
  'likely',
  'probably',
  'to',
  'it',
  'them',
  'back',
]);
/** Words a list of places may have between its names. */
const LIST_GAP =
  /^(?:[\s,&()-]|\b(?:and|as well as|or|plus|the|of|districts?|neighbou?rhoods?|quarters?|areas?|suburbs?|villages?|towns?|most|much|parts?|all|some|whole|entire|eastern|western|northern|southern|nearby|neighbouring|neighboring|adjacent|al|el|ash|as|ad|az|at|an|aj|ar)\b)*$/i;
/**
 * Names the gazetteer lacks between two of a list ('Karm al-Miasar, Karm al-Tahhan, Qadi Askar'): items
 * set off by commas, each a capitalised name (with its articles); they do not end the list.
 */
/** 'Sheikh Saeed in the south and Saliheen in the east': a bearing after an item does not end the list. */
const BEARING_GAP =
  /^\s*(?:in|on|to)\s+the\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?(?:\s+(?:of\s+the\s+city|side|edge))?\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** Capitalised words right after a name, up to the comma that ends the item ('Hanano Housing Project,'). */
const NAME_TAIL = /^(?:\s+[A-Z][\w'’-]*){1,3}(?=\s*,)/;
const UNLISTED_ITEMS =
  /^(?:\s*,\s*(?:the\s+)?(?:(?:al|el|as|ash|ad|az|at|an|ar)[-\s])?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|as|ash|ad|az|at|an|ar)[-\s])?[A-Z][\w'’-]*){0,3})+\s*,?\s*(?:and\s+)?(?:the\s+)?$/;
const SKIP_BEFORE_PLACE = new Set([
  'the',
  'of',
  'a',
  'an',
  'its',
  'their',
  'his',
  'aleppo',
  'city',
  'key',
  'strategic',
  'large',
  'largest',
  'big',
  'major',
  'important',
  'last',
  'remaining',
  'besieged',
  'eastern',
  'western',
  'northern',
  'southern',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'east',
  'west',
  'north',
  'south',
  'old',
  'ancient',
  'historic',
  'walled',
  'nearby',
  'village',
  'town',
  'adjacent',
  'neighbouring',
  'neighboring',
  ...DISTRICT_WORDS,
]);

export function readEnglish(article: Article, gaz: Gazetteer, lex: EnglishLexicon): { events: Draft[]; ignored: IgnoredMention[] } {
  const spans = sentences(article.body);
  const reading: Reading = { article, gaz, lex, lead: null, lastSide: null, lastPlaces: null, lastTaker: null, unnamedObject: null, events: [], ignored: [] };
  const names = englishNamesOf(gaz);
  const read = spans.map((span) => readSentence(article, span, names, lex));
  const leadOf = (s: Sentence) => s.dates.find((d) => d.precision === 'day' && !d.background && d.date <= article.published) ?? null;
  read.forEach((s, index) => {
    if (index < LEAD_SENTENCES && !reading.lead) reading.lead = leadOf(s);
    // The headline ('Rebels withdraw from Old City', a line with no full stop) tells of the day its lead gives, said just after it.
    if (index === 0 && !reading.lead && !/[.!?]["'”’)]*\s*$/.test(s.evidence.sentence))
      reading.lead =
        read
          .slice(1, LEAD_SENTENCES)
          .map(leadOf)
          .find((d) => d !== null) ?? null;
    const named = namesSomeOf(reading, s);
    for (const phrase of s.places) if (!named || !readNamedObject(reading, s, phrase, named)) readPlaces(reading, s, phrase);
    readBackReferences(reading, s);
    reading.unnamedObject = unnamedObjectOf(s);
    if (s.places.length > 0) reading.lastPlaces = s.places.length === 1 ? s.places[0]!.members : null;
    // What 'they' will stand for: the last side that acts ('the rebel bastion' names ground, not an actor).
    const last = s.sides.filter((x) => !GROUND.has(s.keys[x.to] ?? '')).at(-1);
    if (last) reading.lastSide = last.value;
  });
  return { events: reading.events, ignored: reading.ignored };
}

function readSentence(article: Article, span: Span, names: ReturnType<typeof englishNamesOf>, lex: EnglishLexicon): Sentence {
  const body = article.body;
  const all = words(body, span.start, span.end);
  const mentions = findNames(all, body, names);
  // Content words: glued articles are left out, as in the lexicons ('Jabhat al-Nusra' reads 'jabhat nusra').
  const index = new Map<number, number>();
  const ws: Word[] = [];
  all.forEach((w, i) => {
    if (!w.article) {
      index.set(i, ws.length);
      ws.push(w);
    }
  });
  const keys = ws.map((w) => w.key);
  const toContent = (m: NameMention) => {
    let from = m.from;
    while (!index.has(from)) from++;
    let last = m.to - 1;
    while (!index.has(last)) last--;
    return { from: index.get(from)!, to: index.get(last)! + 1 };
  };
  const placed = mentions.map((m) => ({ mention: m, ...toContent(m) }));
  const inPlace = new Uint8Array(keys.length);
  for (const p of placed) inPlace.fill(1, p.from, p.to);
  const sources = lex.sources.scan<never>(keys, undefined, (i) => inPlace[i] === 1);
  const inSource = new Uint8Array(keys.length);
  for (const s of sources) inSource.fill(1, s.from, s.to);
  const sideAt = (i: number) => (inPlace[i] || inSource[i] ? null : lex.sides.longestAt<never>(keys, i));
  const sides = lex.sides.scan<never>(keys, undefined, (i) => inPlace[i] === 1 || inSource[i] === 1);
  const predicates = lex.predicates.scan(
    keys,
    (i) => {
      const hit = sideAt(i);
      return hit ? { end: hit.to, value: hit.value } : null;
    },
    (i) => inPlace[i] === 1,
  );
  const places = groupPlaces(placed, ws, body, keys, lex);
  const { clause, clauseStart, resumes } = clausesOf(ws, body, keys, places, sides);
  const start = span.start;
  return {
    span,
    ws,
    keys,
    clause,
    clauseStart,
    resumes,
    places,
    sides,
    predicates,
    sources,
    evidence: { sentence: body.slice(start, span.end), start, end: span.end },
    dates: findDates(keys, article.published),
    denials: lex.denials.scan(keys).map((d) => d.from),
    hedge: Math.min(1, ...lex.hedges.scan(keys).map((h) => h.value)),
  };
}

/** Consecutive names with only list words between them make one phrase; each member keeps its own extent. */
function groupPlaces(
  placed: { mention: NameMention; from: number; to: number }[],
  ws: readonly Word[],
  body: string,
  keys: readonly string[],
  lex: EnglishLexicon,
): PlacePhrase[] {
  const out: PlacePhrase[] = [];
  for (const p of placed) {
    const prev = out.at(-1);
    const last = prev?.members.at(-1);
    const extent = extentBefore(keys, p.from, last ? last.to : Math.max(0, p.from - 6), lex, (from, to) => body.slice(ws[from]!.start, ws[to]!.start));
    const member = { ...p, extent };
    // 'Hanano Housing Project, Jabal Badrou': words of a longer name the gazetteer knows only the start of.
    const gap = prev && last ? body.slice(last.mention.end, p.mention.start).replace(NAME_TAIL, '') : '';
    if (prev && last && (LIST_GAP.test(gap) || UNLISTED_ITEMS.test(gap) || BEARING_GAP.test(gap))) {
      prev.members.push(member);
      prev.to = p.to;
    } else out.push({ members: [member], from: p.from, to: p.to });
  }
  for (const phrase of out) {
    // 'parts of A and B': an extent before the list speaks of every name in it.
    const first = phrase.members[0]!.extent;
    for (const m of phrase.members) m.extent ??= first;
    const after = lex.extentsAfter.longestAt<never>(keys, phrase.to) ?? lex.extentsAfter.longestAt<never>(keys, phrase.to + 1);
    if (after) for (const m of phrase.members) m.extent = after.value;
  }
  return out;
}

/** The extent said in the words just before a name ('most of', 'parts of', 'the whole of'), not across a comma or a dash. */
function extentBefore(keys: readonly string[], at: number, floor: number, lex: EnglishLexicon, text: (from: number, to: number) => string): Extent | null {
  for (let i = Math.max(floor, at - 6); i < at; i++) {
    const hit = lex.extentsBefore.longestAt<never>(keys, i);
    if (hit && hit.to <= at && keys.slice(hit.to, at).every((k) => SKIP_BEFORE_PLACE.has(k)) && !/[,;—–]|\s-\s/.test(text(hit.from, at))) return hit.value;
  }
  return null;
}

/** Clause numbers: a new clause at punctuation, at clause words, and at 'and'/'as' before a new subject; never inside a place list. */
function clausesOf(ws: readonly Word[], body: string, keys: readonly string[], places: readonly PlacePhrase[], sides: readonly PhraseHit<Side, never>[]) {
  const inList = new Uint8Array(ws.length);
  for (const p of places) inList.fill(1, p.from, p.to);
  const sideStarts = new Set(sides.map((s) => s.from));
  const clause: number[] = [];
  const clauseStart: number[] = [0];
  const resumes: number[] = [0];
  // The clause an open aside interrupted, and the mark that opened it.
  let aside: { before: number; close: RegExp } | null = null;
  let c = 0;
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && !(inList[i] && inList[i - 1])) {
      const gap = body.slice(ws[i - 1]!.end, ws[i]!.start);
      const k = keys[i]!;
      const newSubject = sideStarts.has(i + 1) || sideStarts.has(i + 2) || PRONOUN.has(keys[i + 1] ?? '');
      if (CLAUSE_PUNCT.test(gap) || CLAUSE_WORD.has(k) || (SUBJECT_LED.has(k) && newSubject)) {
        c++;
        clauseStart.push(i);
        resumes.push(c);
        if (aside?.close.test(gap)) {
          resumes[c] = aside.before;
          aside = null;
        } else if (!aside) {
          const opens = ASIDE_OPENS.find(([open]) => open.test(gap));
          if (opens) aside = { before: c - 1, close: opens[1] };
        }
      }
    }
    clause.push(c);
  }
  return { clause, clauseStart, resumes };
}

/** Plural district words: the object a later sentence may name some of ('seven other districts'). */
const DISTRICTS = new Set(['districts', 'neighbourhoods', 'neighborhoods', 'areas', 'quarters']);
/** Openings that name some of the last sentence's object: 'These included …', 'Among them were …'. */
const NAMES_SOME = [
  ['these', 'included'],
  ['these', 'include'],
  ['these', 'includes'],
  ['they', 'included'],
  ['they', 'include'],
  ['those', 'included'],
  ['among', 'them'],
  ['among', 'these'],
  ['among', 'those'],
];

/** A capture or hold whose object is a count of districts it does not name ('regained control of seven other districts Tuesday'). */
function unnamedObjectOf(s: Sentence): Reading['unnamedObject'] {
  for (let k = s.predicates.length - 1; k >= 0; k--) {
    const hit = s.predicates[k]!;
    if (!('template' in hit.value) || hit.value.template.places !== 'after' || hit.value.template.kind === 'contested') continue;
    const end = Math.min(s.keys.length, hit.to + AFTER_WINDOW);
    const plural = s.keys.findIndex((key, i) => i >= hit.to && i < end && DISTRICTS.has(key));
    if (plural < 0 || s.places.some((p) => p.from >= hit.to && p.from <= plural)) continue;
    return { s, hit: hit as PhraseHit<{ template: Template }, Side> };
  }
  return null;
}

/** The word after an opening that names some of the last sentence's unnamed object, or null. */
function namesSomeOf(reading: Reading, s: Sentence): number | null {
  if (!reading.unnamedObject) return null;
  const opening = NAMES_SOME.find((words) => words.every((w, j) => s.keys[j] === w));
  return opening ? opening.length : null;
}

/**
 * 'Government forces regained control of seven other districts on Tuesday. These included the Shaar
 * neighbourhood': the places named after the opening are read with the last sentence's predicate
 * (its side and day); the evidence is both sentences. False when the phrase is not the one named.
 */
function readNamedObject(reading: Reading, s: Sentence, phrase: PlacePhrase, after: number): boolean {
  const carried = reading.unnamedObject!;
  if (phrase.from < after || phrase.from > after + 3) return false;
  const prev = carried.s;
  const evidence = { sentence: reading.article.body.slice(prev.evidence.start, s.evidence.end), start: prev.evidence.start, end: s.evidence.end };
  let done = false;
  for (const member of phrase.members) {
    const e = eventOf(reading, { ...prev, evidence }, phrase, member, carried.hit);
    if ('reason' in e) continue;
    reading.events.push({ ...e, rule: `${e.rule}+named-after` });
    done = true;
  }
  return done;
}

type Governor = { hit: PhraseHit<Predicate, Side>; distance: number; blockedBy: IgnoreReason | null };

/** Reads one place list: finds what governs it and records an event or an ignored mention per name. */
function readPlaces(reading: Reading, s: Sentence, phrase: PlacePhrase): void {
  const candidates = [...governorsBefore(reading, s, phrase), ...governorsAfter(reading, s, phrase)];
  const usable = (g: Governor) => 'template' in g.hit.value && !g.blockedBy;
  const rank = (g: Governor) => {
    if (!usable(g)) return 0;
    const t = (g.hit.value as { template: Template }).template;
    return t.outranks ? 3 : t.kind === 'hold' ? 1 : 2;
  };
  candidates.sort((a, b) => rank(b) - rank(a) || a.distance - b.distance);
  for (const member of phrase.members) {
    let firstReason: IgnoreReason | null = null;
    let done = false;
    for (const g of candidates) {
      if (!usable(g)) {
        firstReason ??= g.blockedBy ?? ('blocker' in g.hit.value ? g.hit.value.blocker : 'no-frame');
        continue;
      }
      const result = eventOf(reading, s, phrase, member, g.hit as PhraseHit<{ template: Template }, Side>);
      if ('reason' in result) {
        firstReason ??= result.reason;
        continue;
      }
      reading.events.push(result, ...throughArea(result, member.mention.place, result.extent, reading.gaz));
      if (result.kind === 'capture' && result.controller !== 'contested') reading.lastTaker = result.controller;
      done = true;
      break;
    }
    if (!done) ignore(reading, s, member.mention.place, firstReason ?? 'no-frame');
  }
}

const REFERRING = new Set(['it', 'them', 'district', 'neighbourhood', 'neighborhood', 'area', 'quarter', 'suburb']);
const KIND_RANK: Record<string, number> = { capture: 3, hold: 2, contested: 1 };

/**
 * 'Troops entered Sakhour and took full control of it', 'Rebels retook the district overnight':
 * a template whose object is 'it', 'them' or 'the district' (no name) speaks of the places named
 * last: earlier in the sentence, or in the previous sentence when it named one list. Its event
 * replaces a weaker one on the same place in the sentence (contested → capture).
 */
function readBackReferences(reading: Reading, s: Sentence): void {
  for (const hit of s.predicates) {
    // A hold adjective describes the noun after it ('the opposition-held area'), it does not point back.
    if (!('template' in hit.value) || hit.value.template.places !== 'after' || hit.value.template.kind === 'hold') continue;
    let i = hit.to;
    while (i < s.keys.length && ['the', 'this', 'that', 'whole', 'entire', 'same'].includes(s.keys[i]!)) i++;
    const word = s.keys[i];
    if (word === undefined || !REFERRING.has(word) || s.places.some((p) => p.from >= hit.to && p.from <= i + 2)) continue;
    if ((word === 'it' || word === 'them') && i !== hit.to) continue;
    const before = s.places.filter((p) => p.to <= hit.from).at(-1);
    const members = before ? before.members : s.places.length === 0 ? reading.lastPlaces : null;
    if (!members || modalBefore(reading, s, hit)) continue;
    const phrase: PlacePhrase = { members, from: i, to: i + 1 };
    for (const member of members) {
      const e = eventOf(reading, s, phrase, { ...member, extent: null }, hit as PhraseHit<{ template: Template }, Side>);
      if ('reason' in e) continue;
      const rank = KIND_RANK[e.kind]!;
      const weaker = reading.events.filter((x) => x.evidence.start === s.evidence.start && x.place.id === e.place.id);
      if (weaker.some((x) => KIND_RANK[x.kind]! >= rank && x.controller === e.controller)) continue;
      reading.events = reading.events.filter((x) => !weaker.includes(x) || KIND_RANK[x.kind]! > rank);
      const w = s.ws[i]!;
      reading.events.push({ ...e, rule: `${e.rule}+reference`, mention: { text: w.text, start: w.start, end: w.end } });
    }
  }
}

/** Predicates before the list that govern the places after them, nearest first: same clause, within the window, no other place between. */
function governorsBefore(reading: Reading, s: Sentence, phrase: PlacePhrase): Governor[] {
  const out: Governor[] = [];
  // 'seized five districts on Tuesday, including Shaar': the list names some of an object said before it,
  // so what governs that object governs the list; a place between that a blocker holds is a reference point
  // ('areas east of the Old City, including X'), not the object.
  const intro = elaborationBefore(s, phrase);
  const anchor = intro ?? phrase.from;
  const c = s.clause[intro === null ? phrase.from : Math.max(0, intro - 1)];
  const referencePoint = (p: PlacePhrase) => intro !== null && s.predicates.some((h) => 'blocker' in h.value && h.to <= p.from && p.from - h.to <= 2);
  const floor = Math.max(0, ...s.places.filter((p) => p.to <= anchor && !referencePoint(p)).map((p) => p.to));
  for (let k = s.predicates.length - 1; k >= 0; k--) {
    const hit = s.predicates[k]!;
    if (hit.to > anchor) continue;
    if (hit.from < floor || (s.clause[hit.to - 1] !== c && s.clause[hit.from] !== c)) break;
    if (intro === null ? anchor - hit.to > AFTER_WINDOW : wordsBetween(s, hit.to, anchor) > ELABORATED_WINDOW) break;
    if ('inert' in hit.value) continue;
    // Before an elaboration, a bearing places the object ('areas in the east of the city, including X'), it does not block the list.
    if (
      intro !== null &&
      'blocker' in hit.value &&
      (s.places.some((p) => p.from >= hit.to && p.to <= anchor) || hit.value.blocker === 'direction' || hit.value.blocker === 'outskirts')
    )
      continue;
    // An elaborated object may also be the subject of a state said of it ('parts of the city that remain under rebel control, including X').
    if ('template' in hit.value && hit.value.template.places !== 'after' && !(intro !== null && hit.value.template.places === 'before')) continue;
    if ('template' in hit.value && hit.value.template.preps && intro === null && !prepositionFits(s, hit, phrase, hit.value.template.preps)) continue;
    // A blocker between a template and the places speaks of them ('took control of the area north of X').
    const between = out.find((g) => 'blocker' in g.hit.value);
    const blockedBy = 'template' in hit.value ? (between && 'blocker' in between.hit.value ? between.hit.value.blocker : modalBefore(reading, s, hit)) : null;
    out.push({ hit, distance: anchor - hit.to, blockedBy });
  }
  return out;
}

/** The words from `from` to `to`, a date phrase counting as none ('… in the east of the city during the past few days, including …'). */
function wordsBetween(s: Sentence, from: number, to: number): number {
  let n = to - from;
  for (const d of s.dates) n -= Math.max(0, Math.min(d.to, to) - Math.max(d.from, from));
  return n;
}

/** Words that open a list naming some of the object before them ('including', 'notably', 'among them', 'such as'). */
const ELABORATION = [['including'], ['notably'], ['among', 'them'], ['such', 'as'], ['among', 'which']];

/**
 * Where the object a list elaborates ends, or null: the first word of 'including' (…) right before the
 * list (past 'the', 'strategic', district words …), or, for a list set off by a comma or a dash, the word
 * after a counted district noun a little before it ('two districts north of the Citadel, Aghiour and Bab
 * al-Hadid').
 */
function elaborationBefore(s: Sentence, phrase: PlacePhrase): number | null {
  let i = phrase.from - 1;
  while (i >= 0 && SKIP_BEFORE_PLACE.has(s.keys[i]!)) i--;
  // Past names the gazetteer lacks at the head of the list ('including the Youth Housings, al-Haidariya …').
  let k = i;
  while (k >= 0 && (SKIP_BEFORE_PLACE.has(s.keys[k]!) || (s.ws[k]!.capital && k > 0))) k--;
  for (const at0 of new Set([i, k])) {
    for (const words of ELABORATION) {
      const at = at0 - words.length + 1;
      if (at > 0 && words.every((w, j) => s.keys[at + j] === w)) return at;
    }
  }
  if (i < 0) return null;
  const gap = s.evidence.sentence.slice(s.ws[i]!.end - s.evidence.start, s.ws[phrase.from]!.start - s.evidence.start);
  if (!/[,—–:]|\s-\s/.test(gap)) return null;
  for (let k = i; k > 0 && k >= i - ELABORATED_WINDOW; k--) {
    if (DISTRICT_WORDS.has(s.keys[k]!) && isCount(s.keys[k - 1]!)) return k + 1;
  }
  return null;
}

const isCount = (key: string) => /^\d+$/.test(key) || COUNTS.has(key);
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);

/**
 * Predicates after the list that speak of the places before them ('X fell to the army', 'X, which
 * remains in rebel hands'): the first one after it, and when that one sits in a relative clause
 * ('X, which rebels had held since 2012, fell to the army'), the first one past that clause.
 */
function governorsAfter(reading: Reading, s: Sentence, phrase: PlacePhrase): Governor[] {
  // 'Masaken Hanano, the largest rebel-held district, fell on Saturday': past an apposition to the main verb first.
  const apposition = appositionEnd(s, phrase);
  if (apposition !== null) {
    const main = governorsAfterFrom(reading, s, phrase, apposition);
    if (main.length > 0) return main;
  }
  return governorsAfterFrom(reading, s, phrase, phrase.to);
}

/** Words that open a noun phrase set off by commas after a name ('X, the largest district, …', 'X, a former rebel stronghold, …'). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'once', 'long', 'one', 'formerly', 'home']);
/** The longest apposition read (words). */
const APPOSITION_MAX = 12;

/** The word after an apposition that follows the list between commas, or null. */
function appositionEnd(s: Sentence, phrase: PlacePhrase): number | null {
  const body = s.evidence.sentence;
  const gapBefore = (i: number) => body.slice(s.ws[i - 1]!.end - s.evidence.start, s.ws[i]!.start - s.evidence.start);
  if (phrase.to >= s.ws.length || !gapBefore(phrase.to).includes(',') || !APPOSITION_OPENERS.has(s.keys[phrase.to]!)) return null;
  for (let j = phrase.to + 1; j < Math.min(s.ws.length, phrase.to + APPOSITION_MAX); j++) {
    if (s.places.some((p) => p.from === j)) return null;
    if (gapBefore(j).includes(',')) return j;
  }
  return null;
}

function governorsAfterFrom(reading: Reading, s: Sentence, phrase: PlacePhrase, past: number): Governor[] {
  const next = s.places.find((p) => p.from >= phrase.to);
  const limit = next ? next.from : s.keys.length;
  const out: Governor[] = [];
  let from = past;
  for (let round = 0; round < 2; round++) {
    const hit = s.predicates.find((p) => p.from >= from && p.from < limit && !('inert' in p.value));
    if (!hit) break;
    const gap = s.keys.slice(from, hit.from);
    const fits =
      'template' in hit.value &&
      hit.value.template.places === 'before' &&
      gap.length <= BEFORE_WINDOW &&
      gap.every((k) => BEFORE_GAP.has(k) || isDateWord(s, k)) &&
      (round > 0 || s.clause[hit.from]! - s.clause[past - 1]! <= 2);
    if (fits) out.push({ hit, distance: hit.from - phrase.to, blockedBy: modalBefore(reading, s, hit) });
    // Past a relative clause that opens right after the list, to the main verb.
    const c = s.clause[hit.from]!;
    const start = s.clauseStart[c]!;
    if (!RELATIVE.has(s.keys[start]!) || start > phrase.to + 1) break;
    let end = hit.to;
    while (end < s.keys.length && s.clause[end] === c) end++;
    from = end;
  }
  return out;
}

const OWNERSHIP = new Set(['held', 'controlled', 'run', 'dominated']);
const RELATIVE = new Set(['which', 'who', 'that', 'where']);
const isDateWord = (s: Sentence, k: string) => s.dates.some((d) => s.keys.slice(d.from, d.to).includes(k));

/** 'fighting IN Sakhour', 'the battle FOR Sheikh Saeed': the last word before the place (past 'the', district words …) must be one of the template's. */
function prepositionFits(s: Sentence, hit: PhraseHit<Predicate, Side>, phrase: PlacePhrase, preps: ReadonlySet<string>): boolean {
  let i = phrase.from - 1;
  while (i >= hit.to && SKIP_BEFORE_PLACE.has(s.keys[i]!)) i--;
  if (i < hit.to) return true;
  // 'clashes in parts of Sakhour': past an extent phrase.
  while (i >= hit.to && !preps.has(s.keys[i]!) && ['parts', 'part', 'most', 'much', 'some', 'areas', 'sections', 'of', 'all'].includes(s.keys[i]!)) i--;
  return i >= hit.to && preps.has(s.keys[i]!);
}

/** A modal just before the predicate ('aims to capture', 'could fall to', 'has not yet fallen'), or a conditional earlier in its clause. */
function modalBefore(reading: Reading, s: Sentence, hit: PhraseHit<Predicate, Side>): IgnoreReason | null {
  const c = s.clause[hit.from];
  for (let i = hit.from - 1; i >= 0 && s.clause[i] === c; i--) if (CONDITIONAL.has(s.keys[i]!)) return 'intent';
  // 'Should Tariq al-Bab fall to the army, …': a condition said by inversion.
  if (INVERTED_IF.has(s.keys[s.clauseStart[c!]!] ?? '') && s.clauseStart[c!] === 0) return 'intent';
  for (let start = Math.max(0, hit.from - 6); start < hit.from; start++) {
    const m = reading.lex.modals.longestAt<never>(s.keys, start);
    if (!m || m.to > hit.from || s.clause[start] !== c) continue;
    // 'managed to win back', 'were able to take': done, not aimed at.
    if (s.keys[m.from] === 'to' && DONE_BEFORE_TO.has(s.keys[m.from - 1] ?? '')) continue;
    if (s.keys.slice(m.to, hit.from).every((k) => MODAL_GAP.has(k))) return m.value;
  }
  return null;
}

/** Words for people that, right after a side ('army men', 'regime soldiers'), are that side. */
const SIDE_PEOPLE = new Set(['men', 'soldiers', 'fighters', 'troops', 'forces', 'units', 'members']);

/** Verbs before 'to' that say the thing was done ('managed to', 'were able to', 'went on to'). */
const DONE_BEFORE_TO = new Set(['managed', 'manages', 'manage', 'able', 'on', 'succeeded']);

type Member = PlacePhrase['members'][number];

function eventOf(
  reading: Reading,
  s: Sentence,
  phrase: PlacePhrase,
  member: Member,
  hit: PhraseHit<{ template: Template }, Side>,
): Draft | { reason: IgnoreReason } {
  const { article } = reading;
  const t = hit.value.template;
  let kind = t.kind;
  let rule = t.rule;
  let controller: Controller = 'contested';
  if (t.outcome === 'none' && t.side === 'subject') {
    // 'residents crossed into X' is no entry by a side.
    const subject = subjectOf(reading, s, hit, t);
    if ('reason' in subject) return subject;
  }
  if (t.outcome !== 'none') {
    const found = sideOf(reading, s, hit, t);
    if ('reason' in found) return found;
    let side: Side | null = found.side;
    if (t.loserSlot) side = found.side;
    if (t.outcome === 'other') side = winnerAfterLoss(s, phrase, found.side);
    if (t.places === 'after' && t.outcome === 'side' && !t.loserSlot && found.fromSubject === false) {
      // 'retook Sakhour from the army' with no subject: the side it was taken from tells who took it.
      const from = fromSide(s, phrase);
      if (from && OPPOSITE[from]) side = OPPOSITE[from];
    }
    if (!side) return { reason: 'no-actor' };
    controller = side;
  }
  let extent = member.extent;
  if (t.kind !== 'contested' && extent === null && s.keys.slice(hit.from, hit.to).some((k) => reading.lex.fullControl.has(k))) extent = 'all';
  if (extent === 'partial' && kind !== 'contested') [kind, controller, rule] = ['contested', 'contested', 'contested/partial'];
  if (rule === 'contested/advance' && (extent === 'all' || extent === 'most' || vacated(reading, s, hit))) {
    const found = sideOf(reading, s, hit, t);
    if (!('reason' in found) && found.side) [kind, controller, rule] = ['capture', found.side, 'capture/advance'];
  }
  if (kind === 'capture' && deniedHere(s, hit, member)) [kind, controller, rule] = ['contested', 'contested', 'contested/denied'];
  const when = dateOf(s, hit, article.published, reading.lead);
  if (when.background === 'past') return { reason: 'no-frame' };
  const source = sourceOf(s, hit);
  const { place, via } = landOn(member.mention.place, reading.gaz);
  const m = member.mention;
  return draftOf({
    article: article.id,
    place,
    via,
    kind,
    controller,
    rule,
    when,
    source,
    evidence: s.evidence,
    mention: { text: article.body.slice(m.start, m.end), start: m.start, end: m.end },
    extent,
    confidence: t.confidence,
    // An entry read as a capture is a little less sure than a capture said.
    factor: rule === 'capture/advance' ? 0.85 : 1,
    hedge: s.hedge,
  });
}

/**
 * A denial speaks of a capture told after it ('rebels denied that X had fallen'), or of one told
 * before it when the denial names no other place ('…, but rebels denied it') or names this one.
 */
function deniedHere(s: Sentence, hit: PhraseHit<Predicate, Side>, member: Member): boolean {
  return s.denials.some((d) => {
    if (d < hit.from) return true;
    const after = s.places.filter((p) => p.from > d);
    return after.length === 0 || after.some((p) => p.members.some((m) => m.mention.place === member.mention.place));
  });
}

/** Who a template speaks of. */
function sideOf(
  reading: Reading,
  s: Sentence,
  hit: PhraseHit<{ template: Template }, Side>,
  t: Template,
): { side: Side | null; fromSubject: boolean } | { reason: IgnoreReason } {
  if (t.loserSlot) {
    const subject = subjectOf(reading, s, hit, t);
    if ('reason' in subject) return subject;
    const loser = hit.side;
    return { side: subject.side ?? (loser ? OPPOSITE[loser] : null), fromSubject: subject.side !== null };
  }
  if (t.side === 'slot' && hit.side) return { side: hit.side, fromSubject: true };
  if (t.side === 'subject') {
    const subject = subjectOf(reading, s, hit, t);
    if ('reason' in subject) return subject;
    return { side: subject.side, fromSubject: subject.side !== null };
  }
  return { side: nearestSide(reading, s, hit), fromSubject: true };
}

/** Nouns a side word may qualify: 'the rebel enclave', 'rebel areas' name ground, not someone who acts. */
const GROUND = new Set([
  ...OWNERSHIP,
  'enclave',
  'enclaves',
  'area',
  'areas',
  'districts',
  'neighbourhoods',
  'neighborhoods',
  'pocket',
  'territory',
  'positions',
  'sector',
  'parts',
  'bastion',
  'stronghold',
  'strongholds',
]);

const notObject = (s: Sentence) => (side: PhraseHit<Side, never>) =>
  !PREPOSITION.has(s.keys[side.from - 1] ?? '') &&
  !(s.keys[side.from - 1] === 'the' && PREPOSITION.has(s.keys[side.from - 2] ?? '')) &&
  !GROUND.has(s.keys[side.to] ?? '');

/**
 * The subject of a predicate: a side right before it ('rebel-held'); else the first side in its
 * clause that is not an object; else a pronoun's side; else (unless the template wants its
 * subject in the clause) the nearest such side before it in the sentence. A subject that is
 * civilians ('residents fled Sakhour') makes the statement a displacement.
 */
function subjectOf(reading: Reading, s: Sentence, hit: PhraseHit<Predicate, Side>, t: Template): { side: Side | null } | { reason: IgnoreReason } {
  const c = s.clause[hit.from]!;
  // After an aside, the clause it interrupted: its subject is the statement's.
  const resumed = s.resumes[c]!;
  const start = s.clauseStart[resumed]!;
  const before = s.sides.filter((x) => x.to <= hit.from);
  // Right before it and in its clause (not the end of an aside: 'Kurds — with the army — have taken').
  const adjacent = before.find(
    (x) =>
      s.clause[x.from] === c &&
      (x.to === hit.from ||
        (x.to === hit.from - 1 && ['who', 'which', 'have', 'has', 'had', 'still', 'now', 'are', 'is', 'were', 'was'].includes(s.keys[x.to]!))),
  );
  const inClause = before.filter((x) => x.from >= start && (s.clause[x.from] === c || s.clause[x.from] === resumed)).filter(notObject(s));
  const subject = adjacent ?? inClause[0];
  // 'The army men had earlier captured …': a word for people right after a side is that side's.
  const civilianFrom = subject ? subject.to + (SIDE_PEOPLE.has(s.keys[subject.to] ?? '') ? 1 : 0) : start;
  // Civilians named inside an aside ('— residents said —') are not the subject either.
  const ownWords = s.keys.slice(civilianFrom, hit.from).map((k, i) => (s.clause[civilianFrom + i] === c || s.clause[civilianFrom + i] === resumed ? k : ''));
  if (reading.lex.civilians.scan(ownWords).length > 0) return { reason: 'displacement' };
  if (subject) return { side: subject.value };
  for (let i = hit.from - 1; i >= start; i--) {
    if (!PRONOUN.has(s.keys[i]!)) continue;
    const antecedent = s.sides.filter((x) => x.to <= i).at(-1);
    return { side: antecedent?.value ?? reading.lastSide };
  }
  // 'which' / 'who' opening the clause: the side just before it.
  if (['which', 'who'].includes(s.keys[start]!)) {
    const antecedent = before.at(-1);
    if (antecedent) return { side: antecedent.value };
  }
  if (t.subjectInClause) return { side: null };
  const earlier = before.filter(notObject(s)).at(-1);
  if (earlier) return { side: earlier.value };
  // 'On Sunday, they pounded the rebel enclave …, seizing the Maadi district': a pronoun earlier in the sentence.
  for (let i = hit.from - 1; i >= 0; i--) {
    if (!PRONOUN.has(s.keys[i]!) || s.keys[i] === 'which' || s.keys[i] === 'who') continue;
    const antecedent = s.sides.filter((x) => x.to <= i).at(-1);
    return { side: antecedent?.value ?? reading.lastSide };
  }
  // A sentence that names no side before its predicate continues the last one ('Later they took …' without 'they').
  return { side: before.length === 0 && start === 0 && !s.sides.length ? reading.lastSide : null };
}

/** The side named nearest the predicate in the sentence (before it first), else the last side named before the sentence. */
function nearestSide(reading: Reading, s: Sentence, hit: PhraseHit<Predicate, Side>): Side | null {
  if (hit.side) return hit.side;
  let best: PhraseHit<Side, never> | null = null;
  let bestDistance = Infinity;
  let owner: Side | null = null;
  // A side after the predicate in a clause with a predicate of its own is that clause's subject
  // ('X and Y also fell, while Kurdish fighters took Z').
  const ownClause = (x: PhraseHit<Side, never>) =>
    x.from >= hit.to &&
    s.clause[x.from] !== s.clause[hit.from] &&
    s.predicates.some((p) => p !== hit && 'template' in p.value && s.clause[p.from] === s.clause[x.from] && p.from >= x.to);
  for (const x of s.sides) {
    if (ownClause(x)) continue;
    // 'SDF-held areas' says who holds something, not who took it.
    if (OWNERSHIP.has(s.keys[x.to] ?? '')) {
      owner ??= x.value;
      continue;
    }
    const d = x.to <= hit.from ? hit.from - x.to : x.from - hit.to + 0.5;
    if (d < bestDistance) [best, bestDistance] = [x, d];
  }
  // 'Hanano, the largest rebel-held district, fell on Saturday': what the holder held falls to the other side.
  const capture = 'template' in hit.value && hit.value.template.kind === 'capture';
  if (!best && owner && capture && OPPOSITE[owner]) return OPPOSITE[owner];
  // 'The Observatory said X and Y also fell': to the side that has been taking ground.
  return best?.value ?? (capture ? (reading.lastTaker ?? reading.lastSide) : reading.lastSide);
}

/** After a withdrawal: the side named 'to' after the places ('handed X over to the army'), else the opposite of the side that left. */
function winnerAfterLoss(s: Sentence, phrase: PlacePhrase, loser: Side | null): Side | null {
  const to = s.sides.find((x) => x.from >= phrase.to && x.from <= phrase.to + 3 && s.keys.slice(phrase.to, x.from).includes('to'));
  if (to && to.value !== loser) return to.value;
  if (!loser) return null;
  if (OPPOSITE[loser]) return OPPOSITE[loser];
  const other = s.sides.find((x) => x.value !== loser);
  return other?.value ?? null;
}

/** 'retook X from the rebels': the side named after 'from' right after the places. */
function fromSide(s: Sentence, phrase: PlacePhrase): Side | null {
  const hit = s.sides.find((x) => x.from >= phrase.to && x.from <= phrase.to + 2 && s.keys.slice(phrase.to, x.from).includes('from'));
  return hit?.value ?? null;
}

/**
 * The day of a predicate: the nearest date in its clause; else the nearest in the sentence; else
 * the day the lead sets (as a range up to publication); else the publication day, as a range from
 * the day before. 'since 2012' dates nothing.
 */
function dateOf(s: Sentence, hit: PhraseHit<Predicate, Side>, published: string, lead: EnglishDate | null): Omit<EnglishDate, 'from' | 'to'> {
  const usable = s.dates.filter((d) => d.background !== 'since');
  const distance = (d: EnglishDate) => (d.to <= hit.from ? hit.from - d.to : d.from - hit.to);
  const nearest = (ds: EnglishDate[]) => ds.reduce<EnglishDate | null>((b, d) => (!b || distance(d) < distance(b) ? d : b), null);
  // A date in a clause with a template of its own belongs to that statement ('after capturing X the day before').
  const busy = new Set(s.predicates.filter((p) => p !== hit && 'template' in p.value).map((p) => s.clause[p.from]));
  busy.delete(s.clause[hit.from]);
  // A date set off by a comma right after such a clause ('…, after capturing X, the day before') belongs to it too.
  const taken = (d: EnglishDate) =>
    busy.has(s.clause[d.from]) || (d.from === s.clauseStart[s.clause[d.from]!] && busy.has(s.clause[d.from]! - 1) && s.clause[d.from] !== s.clause[hit.from]);
  const own = nearest(usable.filter((d) => s.clause[d.from] === s.clause[hit.from])) ?? nearest(usable.filter((d) => !taken(d)));
  if (own) return own;
  // '… took Jabal Badro on Sunday, a day after capturing Hanano': so many days before the day of the sentence.
  const before = daysAfterWords(s.keys, hit.from);
  const anchor = before !== null ? (usable.find((d) => d.precision === 'day' && !d.background) ?? null) : null;
  if (anchor && before !== null) {
    const date = addDays(anchor.date, -before);
    return { date, earliest: date, latest: date, precision: 'day', consistent: true };
  }
  if (lead && lead.date < published) return { date: lead.date, earliest: lead.date, latest: published, precision: 'range', consistent: true };
  return { date: published, earliest: addDays(published, -1), latest: published, precision: 'range', consistent: true };
}

/** 'a day after' / 'two days after' right before word `at` (a verb of the statement): the number of days, else null. */
function daysAfterWords(keys: readonly string[], at: number): number | null {
  if (keys[at - 1] !== 'after') return null;
  if (keys[at - 2] === 'day' && (keys[at - 3] === 'a' || keys[at - 3] === 'one')) return 1;
  return keys[at - 2] === 'days' ? num(keys[at - 3]) : null;
}

/**
 * Whether the sentence says the ground entered had been left: a withdrawal template beside the
 * entry ('troops entered Sakhour after the rebels pulled out'), or words of leaving ('following
 * the departure of the militants').
 */
function vacated(reading: Reading, s: Sentence, hit: PhraseHit<Predicate, Side>): boolean {
  const left = s.predicates.some((p) => p !== hit && 'template' in p.value && p.value.template.rule === 'capture/withdrawal');
  return left || reading.lex.vacated.scan(s.keys).length > 0;
}

/** The source nearest the predicate in its sentence, before or after it. */
function sourceOf(s: Sentence, hit: PhraseHit<Predicate, Side>): Source | null {
  let best: PhraseHit<Source, never> | null = null;
  let bestDistance = Infinity;
  for (const x of s.sources) {
    const d = x.to <= hit.from ? hit.from - x.to : x.from - hit.to;
    if (d < bestDistance) [best, bestDistance] = [x, d];
  }
  return best?.value ?? null;
}

function ignore(reading: Reading, s: Sentence, place: Place, reason: IgnoreReason): void {
  reading.ignored.push({ article: reading.article.id, place: landOn(place, reading.gaz).place, reason, evidence: s.evidence });
}
