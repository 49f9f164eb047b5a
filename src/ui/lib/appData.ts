import type { AppEvent } from '../../types.ts';

// The optional files the map reads beside districts and timeline. Each may be missing (an older
// pipeline, or a data set with no reports): the map then shows what it can without them. Their
// shapes are in types.ts, their checks in src/schema/.
export type { AppArticle, AppEvent, EventsFile, PlaceEntry } from '../../types.ts';

/** The id an event is cited by: its own, or one made from its article and the mention's offset. */
export function eventIdOf(event: AppEvent): string {
  return event.id ?? `${event.article}@${event.mention.start}`;
}
