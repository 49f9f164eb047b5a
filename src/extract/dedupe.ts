import type { ControlEvent } from '../types.ts';

/** An event before it has its id (ids are given once an article's events are deduplicated). */
export type Draft = Omit<ControlEvent, 'id'>;

/**
 * One event per place (and named landmark or quarter), kind, side and sentence: the most confident
 * reading; then ids in order, `<article>-1`, `<article>-2` … Both readers (Arabic and English) end here.
 */
export function finishEvents(articleId: string, events: readonly Draft[]): ControlEvent[] {
  const best = new Map<string, Draft>();
  for (const e of events) {
    const key = `${e.place.id}|${e.via?.id ?? ''}|${e.kind}|${e.controller}|${e.evidence.start}`;
    const seen = best.get(key);
    if (!seen || e.confidence > seen.confidence) best.set(key, e);
  }
  return [...best.values()].map((e, i) => ({ ...e, id: `${articleId}-${i + 1}` }));
}
