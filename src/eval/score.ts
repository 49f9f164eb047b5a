import type { ControlEvent } from '../types.ts';
import type { GoldEvent } from './gold.ts';

/** An extracted or expected event with the article it belongs to. */
type Keyed<T> = T & { article: string };

export interface Pair {
  gold: Keyed<GoldEvent>;
  found: ControlEvent;
}

export interface Score {
  gold: number;
  found: number;
  matched: Pair[];
  missed: Keyed<GoldEvent>[];
  spurious: ControlEvent[];
  precision: number;
  recall: number;
  f1: number;
  /** Share of matches whose `date` is the gold day or inside the gold range. */
  dateAccuracy: number;
  /** Share of matches with a gold attribution that name the same source. */
  attributionAccuracy: number;
  attributionChecked: number;
}

const sameFact = (g: Keyed<GoldEvent>, e: ControlEvent) =>
  g.article === e.article && g.place === e.place.id && g.kind === e.kind && g.controller === e.controller;
export const dateRight = (g: GoldEvent, e: Pick<ControlEvent, 'date'>) => e.date >= g.earliest && e.date <= g.latest;
const attributionRight = (g: GoldEvent, e: ControlEvent) => g.attribution === undefined || g.attribution === e.attribution;

/**
 * Extracted events against gold: a match agrees on article, place, kind and controller, one gold
 * event per extracted event. Among candidates, the one that also has the right date and
 * attribution is taken first, so a correct event is never paired with the wrong twin.
 */
export function score(gold: readonly Keyed<GoldEvent>[], found: readonly ControlEvent[]): Score {
  const free = new Set(found);
  const matched: Pair[] = [];
  const missed: Keyed<GoldEvent>[] = [];
  const rank = (g: Keyed<GoldEvent>, e: ControlEvent) => (dateRight(g, e) ? 2 : 0) + (attributionRight(g, e) ? 1 : 0);
  // Gold events with the most specific expectations choose first.
  const order = [...gold].sort((a, b) => Number(b.attribution !== undefined) - Number(a.attribution !== undefined));
  for (const g of order) {
    const candidates = [...free].filter((e) => sameFact(g, e)).sort((a, b) => rank(g, b) - rank(g, a));
    const best = candidates[0];
    if (best) {
      free.delete(best);
      matched.push({ gold: g, found: best });
    } else missed.push(g);
  }
  const precision = found.length === 0 ? 1 : matched.length / found.length;
  const recall = gold.length === 0 ? 1 : matched.length / gold.length;
  const withAttribution = matched.filter((p) => p.gold.attribution !== undefined);
  return {
    gold: gold.length,
    found: found.length,
    matched,
    missed,
    spurious: [...free],
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    dateAccuracy: matched.length === 0 ? 1 : matched.filter((p) => dateRight(p.gold, p.found)).length / matched.length,
    attributionAccuracy: withAttribution.length === 0 ? 1 : withAttribution.filter((p) => attributionRight(p.gold, p.found)).length / withAttribution.length,
    attributionChecked: withAttribution.length,
  };
}
