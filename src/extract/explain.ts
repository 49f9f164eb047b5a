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
    list('places', t.places.map((p) => `«${p.text}» → ${p.id} (c${p.clause})`));
    list('sides', t.sides.map((s) => `«${s.text}» → ${s.side} (c${s.clause})`));
    list('frames', t.triggers.map((f) => `«${f.text}» → ${f.what} (c${f.clause})`));
    list('dates', t.dates.map((d) => `«${d.text}» → ${d.date}`));
    list('says', t.sources.map((s) => `«${s.text}» → ${s.label}`));
    for (const o of t.outcomes) out.push(`  ⇒ ${o.place}: ${o.result} — ${o.why}`);
    out.push('');
  }
  return out.join('\n');
}
