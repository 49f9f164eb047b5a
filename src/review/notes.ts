// What a review did to an event, in the words the evidence panel, events.json and events.csv show.
import type { ControlEvent } from '../types.ts';

const dayText = (e: Pick<ControlEvent, 'date_earliest' | 'date_latest' | 'date'>) =>
  e.date_earliest === e.date_latest ? e.date : `${e.date_earliest}..${e.date_latest}`;

/** "edited: side government → contested; day 2016-12-06 → 2016-12-05" (only what changed). */
export function editNote(before: ControlEvent, after: ControlEvent): string {
  const parts: string[] = [];
  if (before.place.id !== after.place.id) parts.push(`district ${before.place.name_en} → ${after.place.name_en}`);
  if (before.controller !== after.controller) parts.push(`side ${before.controller} → ${after.controller}`);
  if (before.kind !== after.kind) parts.push(`kind ${before.kind} → ${after.kind}`);
  if (dayText(before) !== dayText(after)) parts.push(`day ${dayText(before)} → ${dayText(after)}`);
  return parts.length > 0 ? `edited: ${parts.join('; ')}` : 'edited: no change';
}

/** "rejected: capture by government of al-Shaar on 2016-12-06". */
export function rejectNote(e: ControlEvent): string {
  return `rejected: ${e.kind} ${e.controller} of ${e.place.name_en} on ${dayText(e)}`;
}
