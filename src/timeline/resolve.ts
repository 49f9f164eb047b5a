import { daysBetween } from '../calendar.ts';
import type { Certainty, ControlState, Controller, DistrictDay, IsoDate, SourceSide } from '../types.ts';
import type { Report } from './reports.ts';
import type { Standing } from './sources.ts';

/** How much a report carries. A baseline state carries 0. */
export const RANK: Record<Standing, number> = { claim: 1, neutral: 2, admission: 3 };

/** A district's state as the fold goes: the day's answer and what it rests on. */
export interface Held {
  controller: ControlState;
  since: IsoDate | null;
  /** Reports behind the state, oldest first. */
  backing: Report[];
  /** Reports since the state was set that name another controller. */
  against: Report[];
  /** The strongest standing behind the state (0: the baseline). */
  rank: number;
  claimedBy: SourceSide | null;
  partial: boolean;
}

export function fromBaseline(controller: ControlState): Held {
  return { controller, since: null, backing: [], against: [], rank: 0, claimedBy: null, partial: false };
}

/**
 * The state on a day from the state the day before and the day's reports on the district
 * (the rules are listed in the README, "How the timeline reads the reports"):
 * 1. the strongest reports of the day decide — admissions, then neutral monitors and wires, then a side's own claims;
 * 2. if they disagree, the district is contested;
 * 3. a side's own claims cannot overturn what neutral reports or admissions established: they make it contested
 *    (and disputed), never one side's claim;
 * 4. reports that agree with the state confirm it; weaker ones that disagree mark it disputed.
 */
export function step(prev: Held, reports: readonly Report[], date: IsoDate): Held {
  if (reports.length === 0) return prev;
  const rank = Math.max(...reports.map((r) => RANK[r.standing]));
  const top = reports.filter((r) => RANK[r.standing] === rank);
  const said = new Set(top.map((r) => r.controller));
  const verdict: Controller = said.size === 1 ? [...said][0]! : 'contested';
  const overruled = rank === RANK.claim && prev.rank >= RANK.neutral && verdict !== prev.controller;
  const controller: Controller = overruled ? 'contested' : verdict;
  const backs = (r: Report) => r.controller === controller || (controller === 'contested' && (overruled || top.includes(r)));
  const backing = reports.filter(backs);
  const against = reports.filter((r) => r.controller !== controller);
  const partial = backing.length > 0 && backing.every((r) => r.partial);

  if (controller === prev.controller) {
    // Confirmed. A claim against a contested district disputes it without confirming it.
    const confirming = overruled ? [] : backing;
    const merged = overruled ? prev.rank : Math.max(prev.rank, rank);
    return {
      ...prev,
      backing: [...prev.backing, ...confirming],
      against: [...prev.against, ...against],
      rank: merged,
      claimedBy: overruled
        ? prev.claimedBy
        : merged === RANK.claim
          ? onlySide([...prev.backing, ...backing])
          : prev.rank === RANK.claim
            ? null
            : prev.claimedBy,
      partial: confirming.length > 0 ? partial : prev.partial,
    };
  }
  if (overruled) {
    // The established state and the claim against it, side by side; it still rests on the established reports.
    const both = [...prev.backing, ...backing];
    return {
      controller,
      since: date,
      backing: both,
      against: both.filter((r) => r.controller !== controller),
      rank: prev.rank,
      claimedBy: null,
      partial: false,
    };
  }
  return { controller, since: date, backing, against, rank, claimedBy: rank === RANK.claim ? onlySide(backing) : null, partial };
}

/** The side whose own media make every claim among these reports, if there is exactly one. */
function onlySide(reports: readonly Report[]): SourceSide | null {
  const sides = new Set(reports.filter((r) => r.standing === 'claim').map((r) => r.voice));
  const [side] = [...sides];
  return sides.size === 1 && side !== 'unknown' ? side! : null;
}

/** What a state rests on, from most to least telling: contested, one side's claim, then how old its last report is. */
export function certaintyOf(d: Pick<DistrictDay, 'controller' | 'claimed_by' | 'stale_days'>): Certainty {
  if (d.controller === 'contested') return 'contested';
  if (d.claimed_by && d.claimed_by !== 'neutral') return 'claimed';
  if (d.stale_days === null) return 'baseline';
  return d.stale_days === 0 ? 'reported' : 'carried';
}

/** The state as the map shows it on `date`. */
export function dayOf(held: Held, date: IsoDate): DistrictDay {
  const seen = held.backing.at(-1)?.date ?? null;
  const stale_days = seen === null ? null : Math.max(0, daysBetween(seen, date));
  return {
    controller: held.controller,
    since: held.since,
    events: unique(held.backing.map((r) => r.id)),
    claimed_by: held.claimedBy,
    disputed: held.against.length > 0,
    disputed_by: unique(held.against.map((r) => r.id)),
    partial: held.partial,
    stale_days,
    certainty: certaintyOf({ controller: held.controller, claimed_by: held.claimedBy, stale_days }),
    window: null,
  };
}

const unique = (ids: string[]) => [...new Set(ids)];
