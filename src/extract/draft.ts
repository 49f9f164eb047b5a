import type { Controller, EventKind, Evidence, IsoDate, PlaceRef } from '../types.ts';
import type { Draft } from './dedupe.ts';

/** What both readers know of a statement once they have read it. */
export interface DraftParts {
  article: string;
  place: PlaceRef;
  /** The landmark or quarter named, when `place` is the district containing it. */
  via: PlaceRef | undefined;
  kind: EventKind;
  controller: Controller;
  rule: string;
  when: { date: IsoDate; earliest: IsoDate; latest: IsoDate; precision: 'day' | 'range'; consistent: boolean };
  /** Who says so, with the weight their word carries; null: the outlet in its own voice. */
  source: { label: string; weight: number } | null;
  evidence: Evidence;
  mention: { text: string; start: number; end: number };
  extent: string | null | undefined;
  /** The template's own confidence, and any factor a reader adds of its own (1 when none). */
  confidence: number;
  factor: number;
  hedge: number;
}

/**
 * The event a reading makes, for both readers: how sure it is (the template's confidence, lowered
 * for a source, a range of days, a landmark, «most», an inconsistent date, a denial and hedging),
 * and who says so (a correspondent is the outlet itself, no attribution).
 */
export function draftOf(r: DraftParts): Draft {
  const confidence =
    r.confidence *
    (r.source?.weight ?? 0.95) *
    (r.when.precision === 'range' ? 0.9 : 1) *
    (r.via ? 0.9 : 1) *
    (r.extent === 'most' ? 0.9 : 1) *
    (r.when.consistent ? 1 : 0.8) *
    (r.rule === 'contested/denied' ? 0.8 : 1) *
    r.factor *
    r.hedge;
  const draft: Draft = {
    article: r.article,
    place: r.place,
    kind: r.kind,
    controller: r.controller,
    date: r.when.date,
    date_earliest: r.when.earliest,
    date_latest: r.when.latest,
    date_precision: r.when.precision,
    confidence: Math.round(confidence * 100) / 100,
    attribution: r.source && r.source.label !== 'correspondent' ? r.source.label : null,
    evidence: r.evidence,
    rule: r.rule,
    mention: r.mention,
  };
  // Set after the rest (not spread in): the same fields in the same order, one object built.
  if (r.via) draft.via = r.via;
  if (r.extent === 'all' || r.extent === 'most') draft.extent = r.extent;
  return draft;
}
