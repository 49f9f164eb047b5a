import type { ControlState, DistrictDay } from '../types.ts';

/**
 * The control the front line is drawn from: a district changing hands in a date window has no
 * known side that day, so no front runs along it (a border touching an `unknown` district is left out).
 */
export function knownControl(districts: Readonly<Record<string, Pick<DistrictDay, 'controller' | 'certainty'>>>): Record<string, ControlState> {
  const out: Record<string, ControlState> = {};
  for (const id in districts) {
    const d = districts[id]!;
    out[id] = d.certainty === 'window' ? 'unknown' : d.controller;
  }
  return out;
}
