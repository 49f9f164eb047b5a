import type { ControlEvent, IgnoredMention } from '../types.ts';
import type { SentenceTrace } from './extract.ts';

/**
 * `extract --explain` as text: per sentence read, its clauses, the phrases found in them
 * (places, sides, frames and blockers, dates, sources) and what became of each place, and why.
 */
export function explainText(traces: readonly SentenceTrace[]): string {
  const out: string[] = [];
  for (const t of traces) {
    out.push(`[${t.evidence.start}–${t.evidence.end}] «${t.evidence.sentence.replace(/\s+/g, ' ')}»`);
    t.clauses.forEach((c, k) => out.push(`  clause ${k}: «${c}»`));
    const list = (label: string, items: string[]) => items.length > 0 && out.push(`  ${label}: ${items.join(' · ')}`);
    list(
      'places',
      t.places.map((p) => `«${p.text}» → ${p.id} (c${p.clause})`),
    );
    list(
      'sides',
      t.sides.map((s) => `«${s.text}» → ${s.side} (c${s.clause})`),
    );
    list(
      'frames',
      t.triggers.map((f) => `«${f.text}» → ${f.what} (c${f.clause})`),
    );
    list(
      'dates',
      t.dates.map((d) => `«${d.text}» → ${d.date}`),
    );
    list(
      'says',
      t.sources.map((s) => `«${s.text}» → ${s.label}`),
    );
    for (const o of t.outcomes) out.push(`  ⇒ ${o.place}: ${o.result}${o.why ? ` — ${o.why}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * Traces built from a reading's results alone (the English reader keeps no phrase record yet):
 * per sentence, each place and what became of it, with the rule that read it.
 */
export function tracesFromResults(events: readonly ControlEvent[], ignored: readonly IgnoredMention[]): SentenceTrace[] {
  const bySentence = new Map<number, SentenceTrace>();
  const traceAt = (evidence: ControlEvent['evidence']) => {
    let t = bySentence.get(evidence.start);
    if (!t) bySentence.set(evidence.start, (t = { evidence, clauses: [], places: [], sides: [], triggers: [], dates: [], sources: [], outcomes: [] }));
    return t;
  };
  for (const e of events) {
    traceAt(e.evidence).outcomes.push({
      place: e.place.id,
      result: `${e.kind} ${e.controller} ${e.date}${e.date_precision === 'range' ? ` (${e.date_earliest}..${e.date_latest})` : ''} conf ${e.confidence}`,
      why: `${e.rule}${e.extent ? `, extent ${e.extent}` : ''}${e.attribution ? `; says: ${e.attribution}` : ''}`,
    });
  }
  for (const x of ignored) traceAt(x.evidence).outcomes.push({ place: x.place.id, result: `ignored: ${x.reason}`, why: '' });
  return [...bySentence.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}
