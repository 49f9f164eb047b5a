import { useMemo } from 'react';
import type { MapData } from '../lib/loadData.ts';
import { eventIdOf, type AppArticle, type AppEvent, type PlaceEntry } from '../lib/appData.ts';
import { eventsByDistrict } from '../lib/deriveStates.ts';

export interface EvidenceIndex {
  event(id: string): AppEvent | undefined;
  article(id: string): AppArticle | undefined;
  /** Every event naming a district, oldest first. */
  ofDistrict(id: string): readonly AppEvent[];
  /** Events per day of the timeline (by event date), for the histogram. */
  perDay: number[];
}

export function useEvidence(data: MapData, places: ReadonlyMap<string, PlaceEntry> | null): EvidenceIndex {
  return useMemo(() => {
    const events = data.events?.events ?? [];
    const byId = new Map(events.map((e) => [eventIdOf(e), e]));
    const articles = new Map((data.events?.articles ?? []).map((a) => [a.id, a]));
    const byDistrict = eventsByDistrict(events, places);
    const dayIndex = new Map(data.timeline.days.map((d, i) => [d.date, i]));
    const perDay = data.timeline.days.map(() => 0);
    for (const e of events) {
      const i = dayIndex.get(e.date);
      if (i !== undefined) perDay[i]!++;
    }
    return {
      event: (id) => byId.get(id),
      article: (id) => articles.get(id),
      ofDistrict: (id) => byDistrict.get(id) ?? [],
      perDay,
    };
  }, [data.events, data.timeline, places]);
}
