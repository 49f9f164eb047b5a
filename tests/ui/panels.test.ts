import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/ui/lib/appData.ts';
import { shaarCapture } from '../support/events.ts';
import { articleHref, attributionText, quoteParts } from '../../src/ui/lib/evidence.ts';
import { placeLabels } from '../../src/look/labelPlacement.ts';
import { controlStrip, runsOf } from '../../src/ui/lib/dayModel.ts';
import { netBySide } from '../../src/ui/panel/DayChanges.tsx';

const sentence = 'أفاد مراسل أن النظام سيطر على حي الشعار، اليوم الثلاثاء';
const event = (mention: { text: string; start: number; end: number }, start = 100): AppEvent =>
  shaarCapture({ confidence: 0.76, evidence: { sentence, start, end: start + sentence.length }, mention });

describe('the evidence quote', () => {
  it('marks the name at the mention’s offsets, which index the article body like the sentence’s', () => {
    const at = sentence.indexOf('الشعار');
    const q = quoteParts(event({ text: 'الشعار', start: 100 + at, end: 100 + at + 6 }));
    expect(q.name).toBe('الشعار');
    expect(q.before + q.name + q.after).toBe(sentence);
    expect(q.before.endsWith('حي ')).toBe(true);
  });

  it('falls back to the name as written when the offsets do not line up', () => {
    const q = quoteParts(event({ text: 'الشعار', start: 3, end: 9 }));
    expect(q.name).toBe('الشعار');
    expect(q.before + q.name + q.after).toBe(sentence);
  });

  it('says who claims it, and links only to http(s) addresses', () => {
    expect(attributionText({ ...event({ text: '', start: 0, end: 0 }), attribution: 'SOHR' })).toBe('according to SOHR');
    expect(attributionText(event({ text: '', start: 0, end: 0 }))).toMatch(/own voice/);
    expect(articleHref({ id: 'a', published: '2016-12-06', source: 's', url: 'javascript:alert(1)' })).toBeNull();
    expect(articleHref({ id: 'a', published: '2016-12-06', source: 's', url: 'https://example.org/a' })).toBe('https://example.org/a');
  });
});

describe('the day in the panel', () => {
  it('counts districts gained and lost per side', () => {
    const net = netBySide([
      { district: 'a', from: 'opposition', to: 'government', events: [], window: null },
      { district: 'b', from: 'opposition', to: 'contested', events: [], window: null },
    ]);
    expect(net).toEqual([
      { state: 'government', gained: 1, lost: 0 },
      { state: 'opposition', gained: 0, lost: 2 },
      { state: 'contested', gained: 1, lost: 0 },
    ]);
  });

  it('draws a district’s controller over the period as runs', () => {
    const days = ['2016-12-05', '2016-12-06', '2016-12-07'].map((date, i) => ({ date, control: { a: i === 0 ? 'opposition' : 'government' } as const }));
    const strip = controlStrip('a', days, new Map());
    expect(strip).toEqual(['opposition', 'government', 'government']);
    expect(runsOf(strip)).toEqual([
      { state: 'opposition', from: 0, to: 0 },
      { state: 'government', from: 1, to: 2 },
    ]);
  });
});

describe('label placement', () => {
  it('keeps the bigger district’s label where two would overlap, and both where they do not', () => {
    const big = { id: 'big', x: 100, y: 100, w: 80, h: 14, priority: 10 };
    const small = { id: 'small', x: 130, y: 104, w: 60, h: 14, priority: 1 };
    const far = { id: 'far', x: 300, y: 100, w: 60, h: 14, priority: 1 };
    expect(placeLabels([small, big, far])).toEqual(new Set(['big', 'far']));
  });
});
