import { describe, expect, it } from 'vitest';
import { extractArticle, type SentenceTrace } from '../../src/extract/extract.ts';
import { explainText } from '../../src/extract/explain.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { articleOf, realGazetteer } from '../support/gazetteer.ts';

const gaz = realGazetteer();
const lex = loadLexicon();
const explain = (text: string) => {
  const traces: SentenceTrace[] = [];
  const result = extractArticle(articleOf(text), gaz, lex, traces);
  return { traces, result, text: explainText(traces) };
};

describe('extract --explain', () => {
  it('shows the phrases of a sentence and why each place became an event', () => {
    const { traces, text } = explain('وسيطرت قوات النظام أمس على حي الشعار.');
    expect(traces).toHaveLength(1);
    expect(traces[0]!.sides).toEqual([{ text: 'قوات النظام', side: 'government', clause: 0 }]);
    expect(traces[0]!.places.map((p) => p.id)).toEqual(['al-shaar']);
    expect(traces[0]!.dates.map((d) => d.date)).toEqual(['2016-12-05']);
    expect(text).toMatch(/al-shaar: capture government 2016-12-05 .*capture\/take-control; side: subject inside or right after the frame/);
  });

  it('says why a place was ignored', () => {
    const { text } = explain('وقصفت الطائرات حي الصاخور.');
    expect(text).toMatch(/sakhour: ignored: shelling — a blocker governs it/);
  });

  it('reads exactly as the extraction does, with or without the trace', () => {
    const body = 'وانسحب مقاتلو المعارضة من حي الشيخ لطفي. وما زالت الفصائل تتمسك بحي الكلاسة.';
    expect(explain(body).result).toEqual(extractArticle(articleOf(body), gaz, lex));
  });
});
