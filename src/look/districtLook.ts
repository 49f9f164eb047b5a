import type { Certainty, ControlState, DistrictDay } from '../types.ts';

/**
 * How a district is marked on a day, beyond its side's colour — one encoding of what the colour
 * rests on (the pipeline's `certainty`), the same on the map, in the legend and in every export,
 * and readable in black and white:
 * - how old the last report is: full colour when it speaks of the last few days, lighter with age;
 * - a stipple (white dots) where no report has named the district since the baseline;
 * - bands of the old and the new side while it changes hands in a date window;
 * - diagonal hatches: purple for contested or disputed, white for one side's own claim.
 */
export type Hatch = 'contested' | 'claim' | null;

/** How old the last report behind the state is: 0–2 days fresh, 3–6 aging, 7 or more stale. */
export type Age = 'fresh' | 'aging' | 'stale';

/** A texture over the fill: stipple for baseline-only, bands for changing hands in a window. */
export type Texture = 'stipple' | 'transition' | null;

export interface Look {
  state: ControlState;
  /** What the state rests on (null where the pipeline wrote no detail). */
  certainty: Certainty | null;
  hatch: Hatch;
  texture: Texture;
  /** The side a district changing hands in a window passes to. */
  to: ControlState | null;
  age: Age | null;
  /** No report for STALE_AFTER_DAYS days or more (age `stale`). */
  stale: boolean;
  /** Its controller differs from the day before. */
  changed: boolean;
  /** The change closes a date window: it happened by this day, not necessarily on it. */
  windowed: boolean;
}

export const FRESH_UP_TO_DAYS = 2;
export const STALE_AFTER_DAYS = 7;

export function ageOf(staleDays: number | null | undefined): Age | null {
  if (staleDays == null) return null;
  return staleDays <= FRESH_UP_TO_DAYS ? 'fresh' : staleDays < STALE_AFTER_DAYS ? 'aging' : 'stale';
}

/** Looks are few: one shared, frozen object each, so a day of thousands of districts allocates none. */
const interned = new Map<number, Look>();

const HATCHES: readonly Hatch[] = [null, 'contested', 'claim'];
const TEXTURES: readonly Texture[] = [null, 'stipple', 'transition'];
const AGES: readonly (Age | null)[] = [null, 'fresh', 'aging', 'stale'];

/** A small number per state or certainty name (and null), given as they are first seen; at most NAMES of them. */
const NAMES = 64;
const codes = new Map<string | null, number>();
function codeOf(name: string | null): number {
  let code = codes.get(name);
  if (code === undefined) {
    if (codes.size >= NAMES) throw new Error(`lookOf: more than ${NAMES} state and certainty names`);
    codes.set(name, (code = codes.size));
  }
  return code;
}

export function lookOf(detail: DistrictDay | undefined, state: ControlState, changed: boolean): Look {
  const certainty = detail?.certainty ?? null;
  const inWindow = certainty === 'window' && detail?.window != null;
  const hatch: Hatch = inWindow
    ? null
    : state === 'contested' || detail?.disputed
      ? 'contested'
      : detail?.claimed_by && detail.claimed_by !== 'neutral' && state !== 'unknown'
        ? 'claim'
        : null;
  const texture: Texture = inWindow
    ? 'transition'
    : state !== 'unknown' && detail && detail.stale_days === null && detail.events.length === 0
      ? 'stipple'
      : null;
  const to = inWindow ? detail!.window!.side : null;
  const age = state === 'unknown' || inWindow ? null : ageOf(detail?.stale_days);
  const windowed = changed && detail?.window != null && detail.window.to === detail.since;
  // A number, not a string: a day of thousands of districts looks this up once per district.
  let key = codeOf(state);
  key = key * NAMES + codeOf(certainty);
  key = key * NAMES + codeOf(to);
  key = key * 3 + HATCHES.indexOf(hatch);
  key = key * 3 + TEXTURES.indexOf(texture);
  key = key * 4 + AGES.indexOf(age);
  key = key * 4 + (changed ? 2 : 0) + (windowed ? 1 : 0);
  let look = interned.get(key);
  if (!look) interned.set(key, (look = Object.freeze({ state, certainty, hatch, texture, to, age, stale: age === 'stale', changed, windowed })));
  return look;
}

/** A short key that changes exactly when the drawn style would: restyle only what changed. */
export function lookKey(look: Look, selected: boolean): string {
  return `${look.state}|${look.hatch ?? '-'}|${look.texture ?? '-'}|${look.to ?? '-'}|${look.age ?? '-'}|${look.changed ? (look.windowed ? 'w' : 'c') : '-'}|${selected ? 'x' : '-'}`;
}

/** The look of a district with no detail (before the data or in a test). */
export const PLAIN_LOOK: Look = Object.freeze({
  state: 'unknown',
  certainty: null,
  hatch: null,
  texture: null,
  to: null,
  age: null,
  stale: false,
  changed: false,
  windowed: false,
});
