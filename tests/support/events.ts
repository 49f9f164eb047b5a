import type { ControlEvent } from '../../src/types.ts';

/**
 * An event for tests that need one whole: al-Shaar taken by the government on 6 December 2016,
 * reported in the outlet's own voice. `fields` replaces what a test is about.
 */
export function shaarCapture(fields: Partial<ControlEvent> = {}): ControlEvent {
  const sentence = 'سيطرت قوات النظام على حي الشعار';
  return {
    id: 'a-1',
    article: 'a',
    place: { id: 'al-shaar', name_ar: 'الشعار', name_en: 'al-Shaar' },
    kind: 'capture',
    controller: 'government',
    date: '2016-12-06',
    date_earliest: '2016-12-06',
    date_latest: '2016-12-06',
    date_precision: 'day',
    confidence: 0.8,
    attribution: null,
    evidence: { sentence, start: 0, end: sentence.length },
    mention: { text: 'الشعار', start: 25, end: 31 },
    rule: 'capture/take-control',
    ...fields,
  };
}
