// The reader's decisions applied to what the extractor read: a pure stage between extraction and
// the timeline (runPipeline calls it), so the command line, CI and the browser draw the same map
// from the same reviewed corpus. A decision that cannot be applied — its event is no longer read,
// its article or place is unknown — is reported with its line, never dropped in silence.
import type { Article, ControlEvent, ExtractionResult, IgnoredMention, Place, PlaceId } from '../types.ts';
import { sentences } from '../text/segments.ts';
import type { LinedDecision, ReviewSet } from './parse.ts';
import { editNote, rejectNote } from './notes.ts';

export interface ReviewProblem {
  line: number;
  /** The decision's index in the file. */
  index: number;
  message: string;
}

export interface ReviewOutcome {
  extraction: ExtractionResult;
  problems: ReviewProblem[];
  /** For each decision (by index): the id of the event it now stands for (an added event's new id), or null when not applied. */
  applied: (string | null)[];
}

export interface ReviewContext {
  articles: readonly Article[];
  places: ReadonlyMap<PlaceId, Place>;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The article id of an event id `<article>-<n>`. */
export const articleOfEvent = (id: string) => id.replace(/-\d+$/, '');

/** Applies every decision of `reviews` to `extraction` (left as it was); see ReviewOutcome. */
export function applyReviews(extraction: ExtractionResult, reviews: ReviewSet, ctx: ReviewContext): ReviewOutcome {
  const problems: ReviewProblem[] = [];
  const applied: (string | null)[] = [];
  const byId = new Map(extraction.events.map((e) => [e.id, e]));
  const decided = new Map<string, number>();
  const changed = new Map<string, ControlEvent | null>();
  const added: ControlEvent[] = [];
  const rejected: IgnoredMention[] = [];
  const articles = new Map(ctx.articles.map((a) => [a.id, a]));
  const addsPerArticle = new Map<string, number>();
  const problem = (d: LinedDecision, index: number, message: string) => {
    problems.push({ line: d.line, index, message: `${reviews.file}:${d.line}: ${message}` });
    applied.push(null);
  };
  const ref = (p: Place) => ({ id: p.id, name_ar: p.name_ar, name_en: p.name_en });

  reviews.decisions.forEach((d, index) => {
    if (d.decision === 'add') {
      const article = articles.get(d.article);
      if (!article) return problem(d, index, `article "${d.article}" is not in the corpus; the added event was not applied`);
      const place = ctx.places.get(d.district);
      if (!place) return problem(d, index, `district: "${d.district}" is not a place of the gazetteer; the added event was not applied`);
      const span = locate(article.body, d);
      if (typeof span === 'string') return problem(d, index, `${span}; the added event was not applied`);
      const n = (addsPerArticle.get(article.id) ?? 0) + 1;
      addsPerArticle.set(article.id, n);
      const when = dates(d);
      const id = `${article.id}-r${n}`;
      added.push({
        id,
        article: article.id,
        place: ref(place),
        kind: d.kind,
        controller: d.kind === 'contested' ? 'contested' : d.side,
        ...when,
        confidence: 1,
        attribution: null,
        evidence: evidenceAround(article.body, span),
        rule: 'review/added',
        mention: { text: article.body.slice(span.start, span.end), start: span.start, end: span.end },
        review: 'added by review',
      });
      applied.push(id);
      return;
    }
    const event = findEvent(byId, extraction.events, d);
    if (!event) return problem(d, index, `event ${d.event} (${d.place}) is no longer among the events read; the decision was not applied`);
    const earlier = decided.get(event.id);
    if (earlier !== undefined)
      return problem(d, index, `event ${event.id} already has a decision at line ${reviews.decisions[earlier]!.line}; this one was not applied`);
    if (d.decision === 'accept') changed.set(event.id, { ...event, review: 'accepted' });
    else if (d.decision === 'reject') {
      changed.set(event.id, null);
      rejected.push({ article: event.article, place: event.place, reason: 'rejected', evidence: event.evidence, review: rejectNote(event), event: event.id });
    } else {
      const place = d.district ? ctx.places.get(d.district) : undefined;
      if (d.district && !place) return problem(d, index, `district: "${d.district}" is not a place of the gazetteer; the edit was not applied`);
      const edited = editEvent(event, d, place ? ref(place) : undefined);
      changed.set(event.id, { ...edited, review: editNote(event, edited) });
    }
    decided.set(event.id, index);
    applied.push(event.id);
  });

  const events = [...extraction.events.flatMap((e) => (changed.has(e.id) ? (changed.get(e.id) ? [changed.get(e.id)!] : []) : [e])), ...added].sort(
    (a, b) => compare(a.date, b.date) || compare(a.article, b.article) || a.evidence.start - b.evidence.start || compare(a.id, b.id),
  );
  return { extraction: { ...extraction, events, ignored: [...extraction.ignored, ...rejected] }, problems, applied };
}

/** The event a decision names: by its id when it still names the same place, else by article, place and offset. */
function findEvent(
  byId: ReadonlyMap<string, ControlEvent>,
  events: readonly ControlEvent[],
  d: { event: string; place: string; at?: number },
): ControlEvent | null {
  const e = byId.get(d.event);
  if (e && e.place.id === d.place && (d.at === undefined || e.mention.start === d.at)) return e;
  if (d.at === undefined) return e && e.place.id === d.place ? e : null;
  const article = articleOfEvent(d.event);
  return events.find((x) => x.article === article && x.place.id === d.place && x.mention.start === d.at) ?? null;
}

type DateFields = Pick<ControlEvent, 'date' | 'date_earliest' | 'date_latest' | 'date_precision'>;

function dates(d: { day?: string; window?: { from: string; to: string } }): DateFields {
  if (d.window)
    return { date: d.window.to, date_earliest: d.window.from, date_latest: d.window.to, date_precision: d.window.from === d.window.to ? 'day' : 'range' };
  return { date: d.day!, date_earliest: d.day!, date_latest: d.day!, date_precision: 'day' };
}

function editEvent(e: ControlEvent, d: Extract<LinedDecision, { decision: 'edit' }>, place: ControlEvent['place'] | undefined): ControlEvent {
  let kind = d.kind ?? e.kind;
  let controller = d.side ?? e.controller;
  // Fighting has no winner: a contested kind and a contested side go together.
  if (d.side === 'contested') kind = 'contested';
  else if (d.kind === 'contested') controller = 'contested';
  else if (kind !== 'contested' && controller === 'contested') kind = 'contested';
  const out: ControlEvent = { ...e, kind, controller, ...(d.day || d.window ? dates(d) : {}) };
  if (place) {
    out.place = place;
    delete out.via;
  }
  return out;
}

/** The words an added event rests on: the quote (its occurrence at or after `start`), or start..end. */
function locate(body: string, d: { quote?: string; start?: number; end?: number }): { start: number; end: number } | string {
  if (d.quote !== undefined) {
    const at = body.indexOf(d.quote, d.start ?? 0);
    const found = at >= 0 ? at : body.indexOf(d.quote);
    return found < 0 ? `quote: the words "${d.quote.slice(0, 60)}" are not in the article` : { start: found, end: found + d.quote.length };
  }
  if (d.end! > body.length) return `end: ${d.end} is past the end of the article (${body.length} characters)`;
  return { start: d.start!, end: d.end! };
}

/** The sentence (or sentences) holding a span of the body, as evidence. */
function evidenceAround(body: string, span: { start: number; end: number }): ControlEvent['evidence'] {
  let start = span.start;
  let end = span.end;
  for (const s of sentences(body)) {
    if (s.end > span.start && s.start < span.end) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  while (end < body.length && /[.؟?!؛;]/.test(body[end]!)) end++; // the sentence with its full stop, as the readers keep it
  return { sentence: body.slice(start, end), start, end };
}
