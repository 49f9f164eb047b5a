import { extractArticle } from '../extract/extract.ts';
import type { Lexicon } from '../extract/lexicon.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Article, ControlEvent, IgnoredMention } from '../types.ts';
import type { GoldArticle, GoldSentence } from './gold.ts';
import { score, type Score } from './score.ts';

export interface SentenceMiss {
  construction: string;
  text: string;
  expected: string;
}

export interface Evaluation {
  corpus: Score;
  sentences: Score;
  /** Sentence cases whose expected `ignored` entries are missing (or became events). */
  ignoredMisses: SentenceMiss[];
  /** The construction of each sentence case, by its article id, to report misses by name. */
  constructions: Map<string, string>;
}

/** The sentence cases as one-off articles, each with its own id. */
export function sentenceArticles(cases: readonly GoldSentence[], prefix = 'sentence'): Article[] {
  return cases.map((c, i) => ({
    id: `${prefix}-${i + 1}`,
    published: c.published,
    source: 'gold sentence',
    url: null,
    title: null,
    language: 'ar',
    body: c.text,
    file: `tests/annotations/sentences.yaml#${i + 1}`,
  }));
}

export function evaluate(
  corpus: { gold: readonly GoldArticle[]; events: readonly ControlEvent[] },
  cases: readonly GoldSentence[],
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  prefix = 'sentence',
): Evaluation {
  const inCorpus = new Set(corpus.gold.map((g) => g.article));
  const corpusScore = score(
    corpus.gold.flatMap((g) => g.events.map((e) => ({ ...e, article: g.article }))),
    corpus.events.filter((e) => inCorpus.has(e.article)),
  );
  const articles = sentenceArticles(cases, prefix);
  const found: ControlEvent[] = [];
  const ignoredMisses: SentenceMiss[] = [];
  articles.forEach((article, i) => {
    const { events, ignored } = extractArticle(article, gazetteer, lexicon);
    found.push(...events);
    for (const want of cases[i]!.ignored) {
      if (!hasIgnored(ignored, want) || events.some((e) => e.place.id === want.place)) {
        ignoredMisses.push({ construction: cases[i]!.construction, text: cases[i]!.text, expected: `${want.place} ignored as ${want.reason}` });
      }
    }
  });
  const sentences = score(
    cases.flatMap((c, i) => c.events.map((e) => ({ ...e, article: articles[i]!.id }))),
    found,
  );
  return { corpus: corpusScore, sentences, ignoredMisses, constructions: new Map(articles.map((a, i) => [a.id, cases[i]!.construction])) };
}

const hasIgnored = (ignored: readonly IgnoredMention[], want: { place: string; reason: string }) =>
  ignored.some((i) => i.place.id === want.place && i.reason === want.reason);
