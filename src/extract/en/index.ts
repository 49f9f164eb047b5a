import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Article, ControlEvent, IgnoredMention } from '../../types.ts';
import { englishLexicon, type EnglishLexicon } from './lexicon.ts';
import { readEnglish } from './reader.ts';
import { finishEvents } from '../dedupe.ts';

/**
 * Reads one English report (`language: en`) into the DESIGN §3 contract: every place it names
 * becomes an event or an ignored mention with a reason. Offsets index the body as published.
 */
export function extractEnglish(
  article: Article,
  gazetteer: Gazetteer,
  lexicon: EnglishLexicon = englishLexicon(),
): { events: ControlEvent[]; ignored: IgnoredMention[] } {
  const { events, ignored } = readEnglish(article, gazetteer, lexicon);
  return { events: finishEvents(article.id, events), ignored };
}

export { englishLexicon, loadEnglishLexicon } from './lexicon.ts';
