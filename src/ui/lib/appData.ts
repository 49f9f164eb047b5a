import type { ControlEvent, IsoDate, PlaceKind, StatesFile } from '../../types.ts';

// The optional files the map reads beside districts and timeline. Each may be missing (an older
// pipeline, or a data set with no reports): the map then shows what it can without them.

/** An event as the app reads it: `id` is written by newer pipelines only. */
export type AppEvent = Omit<ControlEvent, 'id'> & { id?: string };

export interface AppArticle {
  id: string;
  published: IsoDate;
  source: string;
  file?: string;
  url?: string | null;
  title?: string | null;
}

export interface EventsFile {
  version: 1;
  articles: AppArticle[];
  events: AppEvent[];
}

/** One row of places.json. */
export interface PlaceEntry {
  id: string;
  name_en: string;
  name_ar: string;
  kind: PlaceKind;
  point: { lat: number; lon: number } | null;
  /** The districts an event on this place lands on. */
  districts: string[];
}


export function checkEvents(value: unknown, file = 'events.json'): EventsFile {
  const e = value as EventsFile;
  if (!Array.isArray(e?.events) || !Array.isArray(e.articles)) throw new Error(`${file}: expected "articles" and "events" lists`);
  return e;
}

export function checkPlaces(value: unknown, file = 'places.json'): PlaceEntry[] {
  if (!Array.isArray(value)) throw new Error(`${file}: expected a list of places`);
  return value as PlaceEntry[];
}

export function checkStates(value: unknown, file: string): StatesFile {
  const s = value as StatesFile;
  if (s?.version !== 1 || !Array.isArray(s.days)) throw new Error(`${file}: expected "version": 1 and "days"`);
  s.days.forEach((d, i) => {
    if (typeof d?.date !== 'string' || typeof d.districts !== 'object' || !Array.isArray(d.changes)) {
      throw new Error(`${file}: day ${i} needs "date", "districts" and "changes"`);
    }
  });
  return s;
}

/** The id an event is cited by: its own, or one made from its article and the mention's offset. */
export function eventIdOf(event: AppEvent): string {
  return event.id ?? `${event.article}@${event.mention.start}`;
}
