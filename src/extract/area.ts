import { placeRef, type Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Place } from '../types.ts';
import type { Draft } from './dedupe.ts';

/**
 * A statement about all of an area («كامل أحياء حلب القديمة», 'all parts of the Old City') speaks
 * of each of its districts: an event for each, marked as coming through the area (`via`), a little
 * less sure than one that names the district. An area named in passing, or only in part, gives
 * none: its one event on the area stays evidence.
 */
export function throughArea(event: Draft, area: Place, extent: string | null | undefined, gaz: Gazetteer): Draft[] {
  if (area.kind !== 'area' || extent !== 'all') return [];
  const via = placeRef(area);
  return gaz.districtsOf(area.id).flatMap((id) => {
    const district = gaz.places.get(id);
    return district ? [{ ...event, place: placeRef(district), via, rule: `${event.rule}+area`, confidence: Math.round(event.confidence * 90) / 100 }] : [];
  });
}
