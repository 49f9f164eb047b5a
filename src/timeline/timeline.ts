import type { StatesFile, TimelineResult } from '../types.ts';
import { buildStates, type StatesInput } from './states.ts';

export type TimelineInput = StatesInput;

/** The DESIGN §3 timeline (controller per district per day), read off the day states. */
export function toTimeline(states: StatesFile): TimelineResult {
  return {
    version: 1,
    start: states.start,
    end: states.end,
    days: states.days.map((d) => ({ date: d.date, control: Object.fromEntries(Object.entries(d.districts).map(([id, s]) => [id, s.controller])) })),
  };
}

/** The timeline of all reports (as known now); see buildStates for the rules and the other mode. */
export function buildTimeline(input: TimelineInput): TimelineResult {
  return toTimeline(buildStates(input));
}
