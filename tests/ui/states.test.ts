import { describe, expect, it } from 'vitest';
import type { TimelineResult } from '../../src/types.ts';
import type { AppEvent } from '../../src/ui/lib/appData.ts';
import { deriveStates } from '../../src/ui/lib/deriveStates.ts';
import { lookOf, STALE_AFTER_DAYS } from '../../src/look/districtLook.ts';
import { fillOpacityOf, textureOf } from '../../src/look/marks.ts';
import { marksOf } from '../../src/look/legendMarks.ts';
import type { DistrictDay } from '../../src/types.ts';

const timeline: TimelineResult = {
  version: 1,
  start: '2016-12-01',
  end: '2016-12-10',
  days: Array.from({ length: 10 }, (_, i) => ({
    date: `2016-12-${String(i + 1).padStart(2, '0')}`,
    control: { a: i >= 2 ? 'government' : 'opposition', b: 'kurdish' },
  })),
};

const event = (over: Partial<AppEvent>): AppEvent => ({
  article: 'art1',
  place: { id: 'a', name_ar: 'أ', name_en: 'A' },
  kind: 'capture',
  controller: 'government',
  date: '2016-12-03',
  date_earliest: '2016-12-03',
  date_latest: '2016-12-03',
  date_precision: 'day',
  confidence: 0.8,
  attribution: null,
  evidence: { sentence: 's', start: 0, end: 1 },
  mention: { text: 'أ', start: 0, end: 1 },
  rule: 'capture/x',
  ...over,
});

describe('day states derived from the timeline when the pipeline wrote none', () => {
  const events = [event({ id: 'e1' }), event({ id: 'e2', controller: 'opposition', kind: 'hold', date: '2016-12-04' })];
  const states = deriveStates(timeline, events, null);

  it('lists the change with the events of that day', () => {
    expect(states.days[2]!.changes).toEqual([{ district: 'a', from: 'opposition', to: 'government', events: ['e1'], window: null }]);
    expect(states.days[3]!.changes).toEqual([]);
  });

  it('keeps the events behind the state, marks a later report that says otherwise, and counts days since the last report', () => {
    const day = states.days[5]!.districts.a!;
    expect(day).toMatchObject({ controller: 'government', since: '2016-12-03', events: ['e1'], disputed: true, stale_days: 2 });
    expect(states.days[1]!.districts.a!.stale_days).toBeNull();
    expect(states.days[5]!.districts.b).toMatchObject({ controller: 'kurdish', since: null, events: [], disputed: false });
  });

  it('gives an event with no id one made from its article and offset', () => {
    const s = deriveStates(timeline, [event({})], null);
    expect(s.days[2]!.changes[0]!.events).toEqual(['art1@0']);
  });
});

describe('how a district is marked', () => {
  const detail: DistrictDay = {
    controller: 'government',
    since: '2016-12-01',
    events: ['e1'],
    claimed_by: null,
    disputed: false,
    disputed_by: [],
    partial: false,
    stale_days: 0,
    certainty: 'reported',
    window: null,
  };
  const baselineOnly: DistrictDay = { ...detail, since: null, events: [], stale_days: null, certainty: 'baseline' };
  it('hatches contested districts, disputed states and one-side claims; fades stale ones', () => {
    expect(lookOf(undefined, 'contested', false).hatch).toBe('contested');
    expect(lookOf({ ...detail, disputed: true }, 'government', false).hatch).toBe('contested');
    expect(lookOf({ ...detail, claimed_by: 'government' }, 'government', false).hatch).toBe('claim');
    expect(lookOf(detail, 'government', false)).toMatchObject({ state: 'government', hatch: null, texture: null, age: 'fresh', stale: false, changed: false });
    expect(lookOf({ ...detail, stale_days: STALE_AFTER_DAYS }, 'government', false).stale).toBe(true);
    expect(lookOf(baselineOnly, 'government', false).stale).toBe(false);
  });

  it('gives full colour to a recent report, lighter with age, and a stipple to a district only the baseline speaks for', () => {
    const opacity = (d: DistrictDay) => fillOpacityOf(lookOf(d, 'government', false));
    expect(opacity(detail)).toBeGreaterThan(opacity({ ...detail, stale_days: 4, certainty: 'carried' }));
    expect(opacity({ ...detail, stale_days: 4, certainty: 'carried' })).toBeGreaterThan(opacity({ ...detail, stale_days: 9, certainty: 'carried' }));
    expect(textureOf(lookOf(baselineOnly, 'government', false))?.kind).toBe('dots');
    expect(textureOf(lookOf(detail, 'government', false))).toBeNull();
    expect(marksOf([lookOf(baselineOnly, 'government', false)])).toEqual(['baseline']);
  });

  it('shares one look object between districts marked alike, and never between districts marked differently', () => {
    const window = { from: '2016-11-20', to: '2016-12-01', side: 'opposition' as const };
    const details: (DistrictDay | undefined)[] = [
      undefined,
      detail,
      baselineOnly,
      { ...detail, disputed: true },
      { ...detail, claimed_by: 'opposition' },
      { ...detail, stale_days: 4, certainty: 'carried' },
      { ...detail, stale_days: 9, certainty: 'carried' },
      { ...detail, certainty: 'claimed' },
      { ...baselineOnly, certainty: 'window', window },
      { ...detail, window },
    ];
    const looks = details.flatMap((d) =>
      (['government', 'opposition', 'kurdish', 'contested', 'unknown'] as const).flatMap((state) => [false, true].map((changed) => lookOf(d, state, changed))),
    );
    const fields = (l: (typeof looks)[number]) => JSON.stringify(l);
    const byFields = new Map<string, (typeof looks)[number]>();
    for (const look of looks) {
      const same = byFields.get(fields(look));
      if (same) expect(look).toBe(same);
      else byFields.set(fields(look), look);
    }
    expect(new Set(looks).size).toBe(byFields.size);
    expect(byFields.size).toBeGreaterThan(40);
  });

  it('bands a district changing hands in a window with the old and the new side, and dashes the outline of a change that closes one', () => {
    const window = { from: '2016-11-20', to: '2016-12-04', side: 'government' as const };
    const during = lookOf({ ...baselineOnly, controller: 'opposition', certainty: 'window', window }, 'opposition', false);
    expect(textureOf(during)).toMatchObject({ kind: 'bands', base: '#2e8b57', ink: '#c0392b' });
    expect(marksOf([during])).toEqual(['window']);
    const closing = lookOf({ ...detail, since: '2016-12-04', window }, 'government', true);
    expect(closing.windowed).toBe(true);
    expect(marksOf([closing])).toEqual(['fresh', 'windowed']);
  });
});
