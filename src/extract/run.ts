import type { Article, ExtractionResult } from '../types.ts';
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
  result.events.sort((a, b) => compare(a.date, b.date) || compare(a.article, b.article) || a.evidence.start - b.evidence.start);
  return result;
}

/** Plain code-unit order: ISO days and ids sort right by it, and it does not depend on the locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
