import type { ControlState, DistrictDay } from '../types.ts';

/**
 * How a district is marked on a day, beyond its side's colour:
 * - contested hatch: fighting inside, or a report since the state was set says otherwise;
 * - claim hatch: only the side it favours says so (its own media);
 * - stale: no report has named it for STALE_AFTER_DAYS days, so the colour is an assumption.
 */
export type Hatch = 'contested' | 'claim' | null;

export interface Look {
  state: ControlState;
  hatch: Hatch;
  stale: boolean;
  /** Its controller differs from the day before. */
  changed: boolean;
}

export const STALE_AFTER_DAYS = 7;

/** Looks are few (side × hatch × stale × changed): one shared, frozen object each, so a day of thousands of districts allocates none. */
const interned = new Map<string, Look>();

export function lookOf(detail: DistrictDay | undefined, state: ControlState, changed: boolean): Look {
  const hatch: Hatch =
    state === 'contested' || detail?.disputed ? 'contested' : detail?.claimed_by && state !== 'unknown' ? 'claim' : null;
  const stale = state !== 'unknown' && detail?.stale_days != null && detail.stale_days >= STALE_AFTER_DAYS;
  const key = `${state}|${hatch}|${stale}|${changed}`;
  let look = interned.get(key);
  if (!look) interned.set(key, (look = Object.freeze({ state, hatch, stale, changed })));
  return look;
}

/** A short key that changes exactly when the drawn style would: restyle only what changed. */
export function lookKey(look: Look, selected: boolean): string {
  return `${look.state}|${look.hatch ?? '-'}|${look.stale ? 's' : '-'}|${look.changed ? 'c' : '-'}|${selected ? 'x' : '-'}`;
}
