import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Article, ControlEvent, IgnoredMention } from '../../types.ts';
import { englishLexicon, type EnglishLexicon } from './lexicon.ts';
import { readEnglish } from './reader.ts';

/**
 * Reads one English report (`language: en`) into the DESIGN §3 contract: every place it names
 * becomes an event or an ignored mention with a reason. Offsets index the body as published.
 */
export function extractEnglish(article: Article, gazetteer: Gazetteer, lexicon: EnglishLexicon = englishLexicon()): { events: ControlEvent[]; ignored: IgnoredMention[] } {
  const { events, ignored } = readEnglish(article, gazetteer, lexicon);
  return { events: dedupe(events).map((e, i) => ({ ...e, id: `${article.id}-${i + 1}` })), ignored };
}

type Draft = Omit<ControlEvent, 'id'>;

/** One event per place, kind, side and sentence: the most confident reading. */
function dedupe(events: Draft[]): Draft[] {
  const best = new Map<string, Draft>();
  for (const e of events) {
    const key = `${e.place.id}|${e.kind}|${e.controller}|${e.evidence.start}`;
    const seen = best.get(key);
    if (!seen || e.confidence > seen.confidence) best.set(key, e);
  }
  return [...best.values()];
}

export { englishLexicon, loadEnglishLexicon } from './lexicon.ts';
