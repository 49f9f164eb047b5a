import type { ControlState, DayChange, DayControl, DayState, StatesFile } from '../../types.ts';
import { lookOf, type Look } from '../../look/districtLook.ts';
import { marksOf, type MarkKind } from '../../look/legendMarks.ts';
import type { Look as DistrictLook } from '../../look/districtLook.ts';

/** A look's legend marks, computed once per interned look. */
const marksByLook = new WeakMap<DistrictLook, MarkKind[]>();
function marksOfLook(look: DistrictLook): MarkKind[] {
  let m = marksByLook.get(look);
  if (!m) marksByLook.set(look, (m = marksOf([look])));
  return m;
}

export interface DayModel {
  control: Record<string, ControlState>;
  looks: Map<string, Look>;
  changes: DayChange[];
  /** The day's detail; undefined when the states file has no such day. */
  detail: DayState | undefined;
  counts: Partial<Record<ControlState, number>>;
  /** Districts per legend mark (what their colour rests on). */
  marks: Partial<Record<MarkKind, number>>;
  /** The districts drawn stippled (only the baseline speaks for them), and a key that changes with the set. */
  stippled: string[];
  stippleKey: string;
}

/** Days of a states file by date. */
export function daysByDate(states: StatesFile): Map<string, DayState> {
  return new Map(states.days.map((d) => [d.date, d]));
}

/** Everything the map and panels show for one day, from its states (or the plain timeline). */
export function dayModel(ids: readonly string[], day: DayControl, detail: DayState | undefined): DayModel {
  const changed = new Set((detail?.changes ?? []).map((c) => c.district));
  const control: Record<string, ControlState> = {};
  const looks = new Map<string, Look>();
  const counts: Partial<Record<ControlState, number>> = {};
  const marks: Partial<Record<MarkKind, number>> = {};
  const stippled: string[] = [];
  for (const id of ids) {
    const d = detail?.districts[id];
    const state = d?.controller ?? day.control[id] ?? 'unknown';
    control[id] = state;
    const look = lookOf(d, state, changed.has(id));
    looks.set(id, look);
    counts[state] = (counts[state] ?? 0) + 1;
    for (const m of marksOfLook(look)) marks[m] = (marks[m] ?? 0) + 1;
    if (look.texture === 'stipple' && !look.hatch) stippled.push(id);
  }
  return { control, looks, changes: detail?.changes ?? [], detail, counts, marks, stippled, stippleKey: stippled.join('|') };
}

/** A district's controller on every day, for the strip in its panel. */
export function controlStrip(id: string, days: readonly DayControl[], byDate: ReadonlyMap<string, DayState>): ControlState[] {
  return days.map((day) => byDate.get(day.date)?.districts[id]?.controller ?? day.control[id] ?? 'unknown');
}

/** Runs of the same controller: [{ state, from, to }] with indexes into the days. */
export function runsOf(strip: readonly ControlState[]): { state: ControlState; from: number; to: number }[] {
  const runs: { state: ControlState; from: number; to: number }[] = [];
  strip.forEach((state, i) => {
    const last = runs[runs.length - 1];
    if (last && last.state === state) last.to = i;
    else runs.push({ state, from: i, to: i });
  });
  return runs;
}
