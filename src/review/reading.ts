// How one report was read, laid out for the review view: the place mentions with their spans in
// the body (events and ignored mentions, with the reason) and, per sentence, the reading in words
// (src/extract/explain.ts). Pure: the browser's worker computes it.
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { extractArticle, type SentenceTrace } from '../extract/extract.ts';
import { extractEnglish } from '../extract/en/index.ts';
import { explainText, tracesFromResults } from '../extract/explain.ts';
import { loadLexicon } from '../extract/lexicon.ts';
import type { Article, ControlEvent, IgnoredMention, PlaceRef } from '../types.ts';

export interface MentionMark {
  start: number;
  end: number;
  place: PlaceRef;
  /** The event's id, or null for a mention the extractor set aside. */
  event: string | null;
  /** Why it was set aside (ignored mentions only). */
  reason: string | null;
}

export interface SentenceReading {
  start: number;
  end: number;
  /** The reading of the sentence in words: the places, sides, frames, dates, sources and outcomes. */
  lines: string[];
}

export interface ArticleReading {
  article: string;
  marks: MentionMark[];
  sentences: SentenceReading[];
}

/** The article read again with its trace kept: its events, ignored mentions and per-sentence reading. */
export function readingOf(article: Article, gazetteer: Gazetteer): ArticleReading {
  const traces: SentenceTrace[] = [];
  let result: { events: ControlEvent[]; ignored: IgnoredMention[] };
  if (article.language === 'en') {
    result = extractEnglish(article, gazetteer);
    traces.push(...tracesFromResults(result.events, result.ignored));
  } else result = extractArticle(article, gazetteer, loadLexicon(), traces);
  const marks: MentionMark[] = result.events.map((e) => ({ start: e.mention.start, end: e.mention.end, place: e.place, event: e.id, reason: null }));
  for (const x of result.ignored) {
    const span = findName(article.body, x, gazetteer, traces);
    if (span) marks.push({ ...span, place: x.place, event: null, reason: x.reason });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping marks would nest badly in the text: the first (longest) wins.
  const kept: MentionMark[] = [];
  for (const m of marks) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  const sentences = traces.map((t) => ({
    start: t.evidence.start,
    end: t.evidence.end,
    lines: explainText([t])
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== ''),
  }));
  return { article: article.id, marks: kept, sentences };
}

/** Where an ignored place is named in its sentence: the spelling the trace found, else any spelling the gazetteer knows. */
function findName(body: string, x: IgnoredMention, gazetteer: Gazetteer, traces: readonly SentenceTrace[]): { start: number; end: number } | null {
  const sentence = body.slice(x.evidence.start, x.evidence.end);
  const place = gazetteer.places.get(x.place.id);
  const seen =
    traces
      .find((t) => t.evidence.start === x.evidence.start)
      ?.places.filter((p) => p.id === x.place.id)
      .map((p) => p.text) ?? [];
  const names = [...seen, x.place.name_ar, x.place.name_en, ...(place?.variants_ar ?? []), ...(place?.variants_en ?? [])].filter((n) => n.length > 1);
  for (const name of names) {
    const i = sentence.indexOf(name);
    if (i >= 0) return { start: x.evidence.start + i, end: x.evidence.start + i + name.length };
  }
  const lower = sentence.toLowerCase();
  for (const name of names) {
    const i = lower.indexOf(name.toLowerCase());
    if (i >= 0) return { start: x.evidence.start + i, end: x.evidence.start + i + name.length };
  }
  return null;
}
