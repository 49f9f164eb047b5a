import sidesData from '../lexicon/en/sides.json' with { type: 'json' };
import templatesData from '../lexicon/en/templates.json' with { type: 'json' };
import blockersData from '../lexicon/en/blockers.json' with { type: 'json' };
import attributionData from '../lexicon/en/attribution.json' with { type: 'json' };
import extentsData from '../lexicon/en/extents.json' with { type: 'json' };
import { compilePhrase, PhraseSet } from './phrases.ts';
import { type EventKind, IGNORE_REASONS, type IgnoreReason } from '../../types.ts';

export type Side = 'government' | 'opposition' | 'kurdish';
export type Extent = 'partial' | 'most' | 'all';

/** A predicate template (see lexicon/en/templates.json for the fields). */
export interface Template {
  rule: string;
  kind: EventKind;
  places: 'after' | 'before';
  side: 'subject' | 'slot' | 'sentence' | 'none';
  outcome: 'side' | 'other' | 'none';
  confidence: number;
  preps: ReadonlySet<string> | null;
  subjectInClause: boolean;
  /** The '{side}' slot names the side that loses ('drove rebels out of'). */
  loserSlot: boolean;
  /** Beats an entry said before it on the same places ('the push into X was halted by rebels': the attack failed). */
  outranks: boolean;
}

/** What a predicate-like phrase is: a template, a governing blocker, or inert. */
export type Predicate = { template: Template } | { blocker: IgnoreReason } | { inert: true };

export interface Source {
  label: string;
  weight: number;
}

export interface EnglishLexicon {
  sides: PhraseSet<Side>;
  predicates: PhraseSet<Predicate>;
  modals: PhraseSet<IgnoreReason>;
  denials: PhraseSet<true>;
  civilians: PhraseSet<true>;
  hedges: PhraseSet<number>;
  sources: PhraseSet<Source>;
  extentsBefore: PhraseSet<Extent>;
  extentsAfter: PhraseSet<Extent>;
  fullControl: ReadonlySet<string>;
  /** Words that say the ground had been left ('after the rebels' withdrawal'): an entry into it is a capture. */
  vacated: PhraseSet<true>;
}

const SIDES: readonly Side[] = ['government', 'opposition', 'kurdish'];
const KINDS: readonly EventKind[] = ['capture', 'hold', 'contested'];
const REASONS: readonly IgnoreReason[] = IGNORE_REASONS;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (!allowed.includes(value as T)) throw new Error(`${where}: "${String(value)}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

function template(t: (typeof templatesData.templates)[number], where: string): Template {
  const confidence = Number(t.confidence);
  if (!(confidence > 0 && confidence <= 1)) throw new Error(`${where}.confidence: must be in (0, 1]`);
  if (!t.note) throw new Error(`${where}.note: every template says what it reads`);
  return {
    rule: t.rule,
    kind: oneOf(t.kind, KINDS, `${where}.kind`),
    places: oneOf(t.places, ['after', 'before'] as const, `${where}.places`),
    side: oneOf(t.side, ['subject', 'slot', 'sentence', 'none'] as const, `${where}.side`),
    outcome: oneOf(t.outcome, ['side', 'other', 'none'] as const, `${where}.outcome`),
    confidence,
    preps: 'preps' in t && t.preps ? new Set(t.preps) : null,
    subjectInClause: 'subjectInClause' in t && t.subjectInClause === true,
    loserSlot: 'loserSlot' in t && t.loserSlot === true,
    outranks: 'outranks' in t && t.outranks === true,
  };
}

/** Compiles the English lexicons (src/extract/lexicon/en/*.json); errors name the file and entry. */
export function loadEnglishLexicon(): EnglishLexicon {
  const F = 'src/extract/lexicon/en';
  const sides = sidesData.sides.flatMap((s, i) =>
    s.phrases.map((p) => compilePhrase(p, oneOf(s.side, SIDES, `${F}/sides.json: sides[${i}].side`), `${F}/sides.json: sides[${i}]`)),
  );
  const predicates = [
    ...templatesData.templates.flatMap((t, i) => {
      const where = `${F}/templates.json: templates[${i}]`;
      const value: Predicate = { template: template(t, where) };
      return t.phrases.map((p) => compilePhrase(p, value, where));
    }),
    ...blockersData.governs.flatMap((b, i) => {
      const value: Predicate = { blocker: oneOf(b.reason, REASONS, `${F}/blockers.json: governs[${i}].reason`) };
      return b.phrases.map((p) => compilePhrase(p, value, `${F}/blockers.json: governs[${i}]`));
    }),
    ...templatesData.inert.phrases.map((p, i) => compilePhrase<Predicate>(p, { inert: true }, `${F}/templates.json: inert.phrases[${i}]`)),
  ];
  const modals = blockersData.modal.flatMap((b, i) =>
    b.phrases.map((p) => compilePhrase(p, oneOf(b.reason, REASONS, `${F}/blockers.json: modal[${i}].reason`), `${F}/blockers.json: modal[${i}]`)),
  );
  const sources = attributionData.sources.flatMap((s, i) => {
    const weight = Number(s.weight);
    if (!(weight > 0 && weight <= 1)) throw new Error(`${F}/attribution.json: sources[${i}].weight: must be in (0, 1]`);
    return s.phrases.map((p) => compilePhrase<Source>(p, { label: s.label, weight }, `${F}/attribution.json: sources[${i}]`));
  });
  const extents = (list: typeof extentsData.before, field: string) =>
    list.flatMap((e, i) =>
      e.phrases.map((p) =>
        compilePhrase(p, oneOf(e.extent, ['partial', 'most', 'all'] as const, `${F}/extents.json: ${field}[${i}].extent`), `${F}/extents.json: ${field}[${i}]`),
      ),
    );
  return {
    sides: new PhraseSet(sides),
    predicates: new PhraseSet(predicates),
    modals: new PhraseSet(modals),
    denials: new PhraseSet(blockersData.denial.phrases.map((p, i) => compilePhrase(p, true as const, `${F}/blockers.json: denial.phrases[${i}]`))),
    civilians: new PhraseSet(blockersData.civilians.phrases.map((p, i) => compilePhrase(p, true as const, `${F}/blockers.json: civilians.phrases[${i}]`))),
    hedges: new PhraseSet(
      blockersData.hedges.entries.flatMap((h, i) => h.phrases.map((p) => compilePhrase(p, h.weight, `${F}/blockers.json: hedges.entries[${i}]`))),
    ),
    sources: new PhraseSet(sources),
    extentsBefore: new PhraseSet(extents(extentsData.before, 'before')),
    extentsAfter: new PhraseSet(extents(extentsData.after, 'after')),
    fullControl: new Set(extentsData.predicate.flatMap((p) => p.words)),
    vacated: new PhraseSet(extentsData.vacated.phrases.map((p, i) => compilePhrase(p, true as const, `${F}/extents.json: vacated.phrases[${i}]`))),
  };
}

let shared: EnglishLexicon | null = null;
/** The lexicon compiled once per process. */
export function englishLexicon(): EnglishLexicon {
  return (shared ??= loadEnglishLexicon());
}
