import type { ControlEvent } from '../types.ts';

/** An event before it has its id (ids are given once an article's events are deduplicated). */
export type Draft = Omit<ControlEvent, 'id'>;

/**
 * One event per place (and named landmark or quarter), kind, side and sentence: the most confident
 * reading; then ids in order, `<article>-1`, `<article>-2` … Both readers (Arabic and English) end here.
 * The drafts are the caller's to give away: each one kept becomes the event, its id added in place.
 */
export function finishEvents(articleId: string, events: Draft[]): ControlEvent[] {
  // The events kept, in the order each (place, via, kind, side, sentence) first came; found through
  // their sentence's start, so that no key string is built per event.
  const kept: Draft[] = [];
  const bySentence = new Map<number, number[]>();
  for (const e of events) {
    let same = bySentence.get(e.evidence.start);
    if (same === undefined) bySentence.set(e.evidence.start, (same = []));
    const k = same.find((j) => sameReading(kept[j]!, e));
    if (k === undefined) {
      same.push(kept.length);
      kept.push(e);
    } else if (e.confidence > kept[k]!.confidence) kept[k] = e;
  }
  for (let i = 0; i < kept.length; i++) (kept[i] as ControlEvent).id = `${articleId}-${i + 1}`;
  return kept as ControlEvent[];
}

const sameReading = (a: Draft, b: Draft) =>
  a.place.id === b.place.id && (a.via?.id ?? '') === (b.via?.id ?? '') && a.kind === b.kind && a.controller === b.controller;
