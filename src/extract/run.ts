import type { Article, ControlEvent, ExtractionResult } from '../types.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { extractArticle } from './extract.ts';
import { extractEnglish } from './en/index.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';

/** Extracts a whole corpus into the versioned contract of DESIGN §3. */
export function extractAll(
  articles: readonly Article[],
  gazetteer: Gazetteer,
  lexicon: Lexicon = loadLexicon(),
  progress?: (done: number, total: number) => void,
): ExtractionResult {
  const result: ExtractionResult = { version: 1, articles: [], events: [], ignored: [] };
  for (const article of articles) {
    const { events, ignored } = article.language === 'en' ? extractEnglish(article, gazetteer) : extractArticle(article, gazetteer, lexicon);
    result.articles.push({ id: article.id, published: article.published, source: article.source, file: article.file, url: article.url, title: article.title });
    result.events.push(...events);
    result.ignored.push(...ignored);
    progress?.(result.articles.length, articles.length);
  }
  result.events = byDayArticleAndPlace(result.events);
  return result;
}

/**
 * The events by day, then article id, then place in the text (events that tie keep their order).
 * Days and ids are ranked once, so that the sort compares numbers, not strings.
 */
function byDayArticleAndPlace(events: readonly ControlEvent[]): ControlEvent[] {
  const rank = (keys: readonly string[]) => new Map([...new Set(keys)].sort(compare).map((k, i) => [k, i] as const));
  const days = rank(events.map((e) => e.date));
  const articles = rank(events.map((e) => e.article));
  const first = new Float64Array(events.length);
  const start = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    first[i] = days.get(events[i]!.date)! * articles.size + articles.get(events[i]!.article)!;
    start[i] = events[i]!.evidence.start;
  }
  const order = Array.from(events, (_, i) => i).sort((i, j) => first[i]! - first[j]! || start[i]! - start[j]! || i - j);
  return order.map((i) => events[i]!);
}

/** Plain code-unit order: ISO days and ids sort right by it, and it does not depend on the locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
