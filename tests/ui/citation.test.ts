import { describe, expect, it } from 'vitest';
import { citationText, dayCitationText, eventReading } from '../../src/ui/lib/citation.ts';
import { reportName } from '../../src/ui/lib/evidence.ts';
import type { AppArticle, AppEvent } from '../../src/ui/lib/appData.ts';
import { shaarCapture } from '../support/events.ts';

const event: AppEvent = shaarCapture({
  id: 'x-1',
  article: 'x',
  attribution: 'SOHR',
  rule: 'capture/x',
});
const untitled: AppArticle = {
  id: 'x',
  published: '2016-12-06',
  source: 'unknown (Arabic news site; AFP material)',
  file: 'articles/2016-12-06_x.md',
  url: null,
  title: null,
};
const titled: AppArticle = { id: 'x', published: '2016-12-06', source: 'Al-Souria Net (السورية نت)', url: 'https://example.org/a', title: 'النظام يتقدم' };

describe('citations', () => {
  it('reads an event in one English line, naming who says so', () => {
    expect(eventReading(event, titled)).toBe('SOHR: government forces took al-Shaar on 6 December 2016');
    expect(
      eventReading(
        { ...event, attribution: null, date_precision: 'range', date_earliest: '2016-11-20', date: '2016-12-04', date_latest: '2016-12-04' },
        titled,
      ),
    ).toBe('Al-Souria Net: government forces took al-Shaar between 20 November and 4 December 2016');
  });

  it('cites the sentence, the outlet, the headline, the publication date, the address, the reading marked as ours, and the map view', () => {
    const text = citationText(event, titled, 'https://map.example/?date=2016-12-06');
    expect(text).toContain('«سيطرت قوات النظام على حي الشعار»');
    expect(text).toContain('— Al-Souria Net, “النظام يتقدم”, published 6 December 2016. https://example.org/a');
    expect(text).toContain('Reading by the Aleppo frontline map (not the outlet’s words): SOHR: government forces took al-Shaar on 6 December 2016.');
    expect(text).toContain('Map view: https://map.example/?date=2016-12-06');
  });

  it('names an untitled report by its outlet and date, never its file', () => {
    expect(reportName(untitled)).toBe('unnamed outlet (Arabic news site; AFP material), 6 December 2016');
    const text = citationText(event, untitled, 'u');
    expect(text).not.toContain('articles/');
    expect(text).toContain('untitled report, published 6 December 2016. no web address given');
  });

  it('cites a day with what it rests on and its changes, a window as "between"', () => {
    const names = new Map([['m', { id: 'm', name_en: 'Masaken Hanano', name_ar: 'مساكن هنانو' }]]);
    const text = dayCitationText(
      '2016-12-04',
      null,
      [{ district: 'm', from: 'opposition', to: 'government', events: [], window: { from: '2016-11-20', to: '2016-12-04', side: 'government' } }],
      names,
      'u',
    );
    expect(text).toContain('- Masaken Hanano: Opposition → Government forces, between 20 November and 4 December 2016');
  });
});
