import { describe, expect, it } from 'vitest';
import { formatDateAr, formatDateEn } from '../../src/look/dates.ts';
import { DEFAULT_TILE_URL, readUrlOptions, urlWithDate } from '../../src/ui/lib/urlOptions.ts';
import { dayIndexOf } from '../../src/ui/hooks/useDayIndex.ts';
import type { DayControl } from '../../src/types.ts';

describe('dates', () => {
  it.each([
    ['2016-11-15', '15 November 2016', '١٥ تشرين الثاني ٢٠١٦'],
    ['2016-12-06', '6 December 2016', '٦ كانون الأول ٢٠١٦'],
    ['2016-12-22', '22 December 2016', '٢٢ كانون الأول ٢٠١٦'],
  ])('formats %s in English and Arabic', (iso, en, ar) => {
    expect(formatDateEn(iso)).toBe(en);
    expect(formatDateAr(iso)).toBe(ar);
  });

  it('names the twelve months as Syrian outlets write them (Intl, ar-SY), the same in Node and Chromium', () => {
    const levantine = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
    const months = levantine.map((_, i) => formatDateAr(`2016-${String(i + 1).padStart(2, '0')}-01`));
    expect(months).toEqual(levantine.map((m) => `١ ${m} ٢٠١٦`));
  });

  it('names the bad input when a date is malformed', () => {
    expect(() => formatDateEn('6/12/2016')).toThrow(/6\/12\/2016/);
  });
});

describe('url options', () => {
  const env = { dev: false };

  it('reads a well-formed date and ignores a malformed one', () => {
    expect(readUrlOptions('?date=2016-12-06', env).date).toBe('2016-12-06');
    expect(readUrlOptions('?date=yesterday', env).date).toBeNull();
  });

  it('uses OpenStreetMap tiles unless told otherwise, and none with tiles=none', () => {
    expect(readUrlOptions('', env).tileUrl).toBe(DEFAULT_TILE_URL);
    expect(readUrlOptions('', { ...env, tileUrl: 'http://tiles.local/{z}/{x}/{y}.png' }).tileUrl).toBe('http://tiles.local/{z}/{x}/{y}.png');
    expect(readUrlOptions('?tiles=none', env).tileUrl).toBeNull();
  });

  it('exposes the map only in development or with ?debug', () => {
    expect(readUrlOptions('', env).exposeMap).toBe(false);
    expect(readUrlOptions('?debug', env).exposeMap).toBe(true);
    expect(readUrlOptions('', { dev: true }).exposeMap).toBe(true);
  });

  it('writes the date into the address, keeping other parameters', () => {
    expect(urlWithDate('http://x/app/?tiles=none&date=2016-11-15', '2016-12-06')).toBe('http://x/app/?tiles=none&date=2016-12-06');
  });

  it('falls back to the first day for a date outside the timeline', () => {
    const days = [
      { date: '2016-12-05', control: {} },
      { date: '2016-12-06', control: {} },
    ];
    expect(dayIndexOf(days, '2016-12-06')).toBe(1);
    expect(dayIndexOf(days, '2017-01-01')).toBe(0);
    expect(dayIndexOf(days, null)).toBe(0);
  });
});

describe('the date in the address', () => {
  it('ignores a day that does not exist rather than opening on it', () => {
    expect(readUrlOptions('?date=2016-02-30', { dev: false }).date).toBeNull();
    expect(readUrlOptions('?date=2016-12-06', { dev: false }).date).toBe('2016-12-06');
  });
});

describe('another data set from the address', () => {
  it('takes only a relative folder of plain names on the same site', () => {
    expect(readUrlOptions('?data=stress/', { dev: false }).dataPath).toBe('stress/');
    expect(readUrlOptions('?data=a/b/', { dev: false }).dataPath).toBe('a/b/');
    for (const bad of ['https://evil.example/', '//evil.example/', '../', '/abs/', 'stress', 'a/../b/']) {
      expect(readUrlOptions(`?data=${encodeURIComponent(bad)}`, { dev: false }).dataPath).toBeNull();
    }
  });
});
