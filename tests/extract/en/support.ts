import { extractEnglish } from '../../../src/extract/en/index.ts';
import { realGazetteer } from '../../support/gazetteer.ts';
import type { Article } from '../../../src/types.ts';

const gaz = realGazetteer();

/** A one-off English article around a text, published on Tuesday 6 December 2016 unless said otherwise. */
export function englishArticle(body: string, published = '2016-12-06'): Article {
  return { id: 'test-en', published, source: 'test', url: null, title: null, language: 'en', body, file: 'test-en.md' };
}

export const readEnglish = (text: string, published?: string) => extractEnglish(englishArticle(text, published), gaz);
export const gazetteer = gaz;

/** An expected event, as the tables write it. */
export interface Expected {
  place: string;
  kind: 'capture' | 'hold' | 'contested';
  controller: 'government' | 'opposition' | 'kurdish' | 'contested';
  date?: string;
  extent?: 'all' | 'most';
}

/** A table row: a sentence of our own, the events it must give, and the places it must ignore (with why). */
export interface Row {
  construction: string;
  text: string;
  published?: string;
  events: Expected[];
  ignored?: { place: string; reason: string }[];
}

/** What the reader made of a row, in the row's own terms (for one readable assertion). */
export function readRow(row: Row) {
  const { events, ignored } = readEnglish(row.text, row.published);
  return {
    events: events.map((e) => ({
      place: e.place.id,
      kind: e.kind,
      controller: e.controller,
      ...(row.events.some((x) => x.place === e.place.id && x.date) ? { date: e.date } : {}),
      ...(e.extent ? { extent: e.extent } : {}),
    })),
    ignored: ignored.map((i) => ({ place: i.place.id, reason: i.reason })),
  };
}
