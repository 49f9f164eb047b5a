import type { ControlState, DayControl, PlaceId } from '../types.ts';

export interface Change {
  id: PlaceId;
  from: ControlState;
  to: ControlState;
}

/** Districts whose controller on day `index` differs from the day before, in `order`. */
export function changesOn(days: readonly DayControl[], index: number, order: readonly PlaceId[]): Change[] {
  const today = days[index]?.control;
  const before = days[index - 1]?.control;
  if (!today || !before) return [];
  return order
    .map((id) => ({ id, from: before[id] ?? 'unknown', to: today[id] ?? 'unknown' }))
    .filter((change) => change.from !== change.to);
}
