// The marks the legend explains, in words, with the look each one's swatch is drawn with: the
// same list for the app's legend and every export's.
import type { Look } from './districtLook.ts';
import { STALE_AFTER_DAYS, FRESH_UP_TO_DAYS } from './districtLook.ts';

export type MarkKind = 'fresh' | 'aging' | 'stale' | 'baseline' | 'window' | 'disputed' | 'claim' | 'changed' | 'windowed';

export interface MarkItem {
  key: MarkKind;
  en: string;
  /** The same in a few words, for an image's legend. */
  short: string;
  ar: string;
  /** The look the swatch shows (on the government colour). */
  swatch: Pick<Look, 'state' | 'hatch' | 'texture' | 'to' | 'age'>;
  /** Drawn as an outline (dashed for a window) rather than a fill. */
  outline?: 'solid' | 'dashed';
}

const G = 'government' as const;
const plain = { state: G, hatch: null, texture: null, to: null } as const;

export const MARK_ITEMS: Record<MarkKind, MarkItem> = {
  fresh: {
    key: 'fresh',
    short: 'Reported in the last 3 days',
    en: `Full colour: reported in the last ${FRESH_UP_TO_DAYS + 1} days`,
    ar: 'تقارير حديثة',
    swatch: { ...plain, age: 'fresh' },
  },
  aging: {
    key: 'aging',
    short: 'Last report 3–6 days old',
    en: `Lighter: last report 3–${STALE_AFTER_DAYS - 1} days old`,
    ar: 'آخر تقرير قبل أيام',
    swatch: { ...plain, age: 'aging' },
  },
  stale: {
    key: 'stale',
    short: 'No report for 7+ days',
    en: `Faint: no report for ${STALE_AFTER_DAYS}+ days`,
    ar: 'لا تقارير منذ أسبوع',
    swatch: { ...plain, age: 'stale' },
  },
  baseline: {
    key: 'baseline',
    short: 'Not reported since the baseline',
    en: 'Dotted: not reported since the baseline',
    ar: 'لم يُذكر منذ خط البداية',
    swatch: { ...plain, texture: 'stipple', age: null },
  },
  window: {
    key: 'window',
    short: 'Changing hands (window)',
    en: 'Banded: changing hands (date known only as a window)',
    ar: 'تنتقل السيطرة (تاريخ تقريبي)',
    swatch: { state: 'opposition', hatch: null, texture: 'transition', to: G, age: null },
  },
  disputed: {
    key: 'disputed',
    short: 'Disputed',
    en: 'Purple stripes: a report says otherwise',
    ar: 'تخالفه تقارير أخرى',
    swatch: { ...plain, hatch: 'contested', age: 'fresh' },
  },
  claim: {
    key: 'claim',
    short: 'One side’s claim only',
    en: 'White stripes: claimed only by that side’s media',
    ar: 'ادعاء طرف واحد',
    swatch: { ...plain, hatch: 'claim', age: 'fresh' },
  },
  changed: {
    key: 'changed',
    short: 'Changed hands this day',
    en: 'Yellow outline: changed hands this day',
    ar: 'تغيّرت السيطرة اليوم',
    swatch: { ...plain, age: 'fresh' },
    outline: 'solid',
  },
  windowed: {
    key: 'windowed',
    short: 'Changed hands within a window',
    en: 'Dashed outline: changed hands by this day, within a window',
    ar: 'تغيّرت السيطرة خلال فترة',
    swatch: { ...plain, age: 'fresh' },
    outline: 'dashed',
  },
};

/** The legend's order. */
export const MARK_ORDER: readonly MarkKind[] = ['fresh', 'aging', 'stale', 'baseline', 'window', 'disputed', 'claim', 'changed', 'windowed'];

/** The marks a set of looks shows (a contested hatch on a contested district is its colour's, not a mark). */
export function marksOf(looks: Iterable<Look>): MarkKind[] {
  const used = new Set<MarkKind>();
  for (const l of looks) {
    if (l.state === 'unknown') continue;
    // A district hatched as contested shows its hatch, not the stipple (textureOf): it counts as contested.
    if (l.texture === 'stipple' && !l.hatch) used.add('baseline');
    else if (l.texture === 'transition') used.add('window');
    else if (l.age && l.texture !== 'stipple') used.add(l.age);
    if (l.hatch === 'claim') used.add('claim');
    if (l.hatch === 'contested' && l.state !== 'contested') used.add('disputed');
    if (l.changed) used.add(l.windowed ? 'windowed' : 'changed');
  }
  return MARK_ORDER.filter((m) => used.has(m));
}
