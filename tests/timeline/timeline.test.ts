import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/timeline.ts';
import { buildStates } from '../../src/timeline/states.ts';
import type { BaselineRow, ControlEvent, Controller, TimelineMode } from '../../src/types.ts';

// Three outlets, one of each kind the rules tell apart.
const articles = [
  { id: 'wire', published: '2016-12-01', source: 'Reuters (Arabic service)' },
  { id: 'wire-late', published: '2016-12-04', source: 'Reuters (Arabic service)' },
  { id: 'state', published: '2016-12-01', source: 'SANA' },
  { id: 'opp', published: '2016-12-01', source: 'Orient News (Syrian opposition)' },
];
const baseline: BaselineRow[] = [
  { id: 'a', controller: 'opposition', confidence: 'high', note: '' },
  { id: 'b', controller: 'government', confidence: 'high', note: '' },
];
let serial = 0;
const event = (place: string, date: string, controller: Controller, article = 'wire', extra: Partial<ControlEvent> = {}): ControlEvent => ({
  id: `e${++serial}`,
  article,
  place: { id: place, name_ar: '', name_en: '' },
  kind: controller === 'contested' ? 'contested' : 'capture',
  controller,
  date,
  date_earliest: date,
  date_latest: date,
  date_precision: 'day',
  confidence: 0.8,
  attribution: null,
  evidence: { sentence: '', start: 0, end: 0 },
  rule: 'test',
  mention: { text: '', start: 0, end: 0 },
  ...extra,
});
const districtsOf = (id: string) => (id === 'old' ? ['a', 'b'] : id === 'village' ? [] : [id]);
const input = (events: ControlEvent[], mode: TimelineMode = 'now') => ({
  baseline,
  events,
  articles,
  districtsOf,
  start: '2016-12-01',
  end: '2016-12-05',
  mode,
});
const controlOf = (events: ControlEvent[], id = 'a', mode: TimelineMode = 'now') => buildTimeline(input(events, mode)).days.map((d) => d.control[id]);
const stateOn = (events: ControlEvent[], date: string, id = 'a', mode: TimelineMode = 'now') =>
  buildStates(input(events, mode)).days.find((d) => d.date === date)!.districts[id]!;

const O = 'opposition',
  G = 'government',
  C = 'contested';

describe('the timeline: one report at a time', () => {
  it('starts every district at its baseline and keeps it when nothing happens', () => {
    expect(controlOf([])).toEqual([O, O, O, O, O]);
    expect(stateOn([], '2016-12-05')).toMatchObject({ since: null, events: [], stale_days: null, disputed: false });
  });

  it('changes a district on the event day and keeps the change until contradicted', () => {
    expect(controlOf([event('a', '2016-12-03', G)])).toEqual([O, O, G, G, G]);
  });

  it('lets a later capture end a contested spell', () => {
    expect(controlOf([event('a', '2016-12-02', C), event('a', '2016-12-04', O)])).toEqual([O, C, C, O, O]);
  });

  it('lets a hold report confirm the state without changing it, and resets its staleness', () => {
    const capture = event('a', '2016-12-02', G);
    const hold = event('a', '2016-12-04', G, 'wire', { kind: 'hold' });
    expect(controlOf([capture, hold])).toEqual([O, G, G, G, G]);
    expect(stateOn([capture], '2016-12-05')).toMatchObject({ since: '2016-12-02', stale_days: 3 });
    expect(stateOn([capture, hold], '2016-12-05')).toMatchObject({ since: '2016-12-02', stale_days: 1, events: [capture.id, hold.id] });
  });

  it('leaves out events before the start (the baseline has them) and after the end', () => {
    expect(controlOf([event('a', '2016-11-20', G), event('a', '2016-12-09', G)])).toEqual([O, O, O, O, O]);
  });

  it('does not recolour every quarter of an area from one statement about the area', () => {
    const t = buildTimeline(input([event('old', '2016-12-02', C)]));
    expect([t.days[4]!.control.a, t.days[4]!.control.b]).toEqual([O, G]);
  });

  it('keeps "most of" as a partial capture', () => {
    expect(stateOn([event('a', '2016-12-02', G, 'wire', { extent: 'most' })], '2016-12-03')).toMatchObject({ controller: G, partial: true });
    expect(stateOn([event('a', '2016-12-02', G)], '2016-12-03')).toMatchObject({ controller: G, partial: false });
  });

  it('makes a claim the other side denies contested', () => {
    const denied = event('a', '2016-12-03', C, 'wire', { rule: 'contested/denied' });
    expect(controlOf([denied])).toEqual([O, O, C, C, C]);
  });
});

describe('the timeline: reports that disagree', () => {
  it('marks a district contested when neutral reports of one day disagree', () => {
    const [g, o] = [event('a', '2016-12-02', G), event('a', '2016-12-02', O, 'wire', { kind: 'hold' })];
    expect(controlOf([g, o])).toEqual([O, C, C, C, C]);
    expect(stateOn([g, o], '2016-12-02')).toMatchObject({ disputed: true, disputed_by: [g.id, o.id] });
  });

  it('marks a district contested when both sides claim it on the same day', () => {
    expect(controlOf([event('a', '2016-12-02', G, 'state'), event('a', '2016-12-02', O, 'opp', { kind: 'hold' })])).toEqual([O, C, C, C, C]);
  });

  it('believes a side that admits a loss over everyone else that day', () => {
    const admission = event('a', '2016-12-02', G, 'opp');
    const neutral = event('a', '2016-12-02', O, 'wire', { kind: 'hold' });
    expect(controlOf([admission, neutral])).toEqual([O, G, G, G, G]);
    expect(stateOn([admission, neutral], '2016-12-02')).toMatchObject({ controller: G, claimed_by: null, disputed: true, disputed_by: [neutral.id] });
  });

  it('weighs a wire over a partisan outlet on the same day, and keeps the partisan report as a dispute', () => {
    const wire = event('a', '2016-12-02', G);
    const claim = event('a', '2016-12-02', O, 'opp', { kind: 'hold' });
    expect(controlOf([wire, claim])).toEqual([O, G, G, G, G]);
    expect(stateOn([wire, claim], '2016-12-02')).toMatchObject({ disputed_by: [claim.id] });
  });

  it("lets a side's own claim move a district nobody else has reported on, marked as that side's claim", () => {
    const claim = event('a', '2016-12-02', G, 'state');
    expect(controlOf([claim])).toEqual([O, G, G, G, G]);
    expect(stateOn([claim], '2016-12-03')).toMatchObject({ controller: G, claimed_by: 'government' });
  });

  it('clears the claim mark once a neutral report confirms it', () => {
    const claim = event('a', '2016-12-02', G, 'state');
    const wire = event('a', '2016-12-04', G);
    expect(stateOn([claim, wire], '2016-12-04')).toMatchObject({ controller: G, claimed_by: null, since: '2016-12-02' });
  });

  it("does not let a side's own claim overturn what a wire reported: the district turns contested", () => {
    const wire = event('a', '2016-12-02', G);
    const claim = event('a', '2016-12-04', O, 'opp');
    expect(controlOf([wire, claim])).toEqual([O, G, G, C, C]);
    expect(stateOn([wire, claim], '2016-12-04')).toMatchObject({
      claimed_by: null,
      disputed: true,
      events: [wire.id, claim.id],
      disputed_by: [wire.id, claim.id],
    });
  });

  it('keeps a district contested by a wire contested when one side claims it the next day', () => {
    const fighting = event('a', '2016-12-02', C);
    const claim = event('a', '2016-12-03', O, 'opp');
    expect(controlOf([fighting, claim])).toEqual([O, C, C, C, C]);
    expect(stateOn([fighting, claim], '2016-12-03')).toMatchObject({
      since: '2016-12-02',
      events: [fighting.id],
      claimed_by: null,
      disputed_by: [claim.id],
      stale_days: 1,
    });
  });

  it('reads an attributed voice before the outlet: the monitor quoted by a partisan site is neutral', () => {
    const quoted = event('a', '2016-12-02', G, 'state', { attribution: 'SOHR' });
    expect(stateOn([quoted], '2016-12-02')).toMatchObject({ controller: G, claimed_by: null });
  });

  it('refuses an attribution it cannot place on a side, naming it', () => {
    expect(() => buildStates(input([event('a', '2016-12-02', G, 'wire', { attribution: 'a passer-by' })]))).toThrow(/attribution "a passer-by"/);
  });

  it('names the article an event cites when it is missing', () => {
    expect(() => buildStates(input([event('a', '2016-12-02', G, 'nowhere')]))).toThrow(/article "nowhere"/);
  });
});

describe('the timeline: as known now and as known then', () => {
  const late = () => event('a', '2016-12-02', G, 'wire-late');

  it("as known now, dates a late report's capture to the day it tells of", () => {
    expect(controlOf([late()], 'a', 'now')).toEqual([O, G, G, G, G]);
  });

  it('as known then, shows the capture only from the day the report was published', () => {
    expect(controlOf([late()], 'a', 'then')).toEqual([O, O, O, G, G]);
    expect(stateOn([late()], '2016-12-04', 'a', 'then')).toMatchObject({ since: '2016-12-02', stale_days: 2 });
  });

  it('agrees with the hindsight view when every report was published the day it tells of', () => {
    const events = [event('a', '2016-12-01', G, 'state'), event('b', '2016-12-01', C, 'opp')];
    expect(buildTimeline(input(events, 'then'))).toEqual(buildTimeline(input(events, 'now')));
  });
});

describe("the day's changes", () => {
  it('lists each district that changed since the day before, citing the reports behind the change', () => {
    const wire = event('a', '2016-12-03', G);
    const days = buildStates(input([wire])).days;
    expect(days.map((d) => d.changes.length)).toEqual([0, 0, 1, 0, 0]);
    expect(days[2]!.changes).toEqual([{ district: 'a', from: O, to: G, events: [wire.id], window: null }]);
  });

  it('gives one day per date of the period, in order', () => {
    expect(buildTimeline(input([])).days.map((d) => d.date)).toEqual(['2016-12-01', '2016-12-02', '2016-12-03', '2016-12-04', '2016-12-05']);
  });
});

describe('what each district-day rests on', () => {
  const certainties = (events: ControlEvent[], id = 'a', mode: TimelineMode = 'now') =>
    buildStates(input(events, mode)).days.map((d) => d.districts[id]!.certainty);

  it("says a district no report names rests on the baseline, and names the baseline's source and confidence", () => {
    const states = buildStates({ ...input([]), baselineSource: 'the test baseline' });
    expect(certainties([])).toEqual(['baseline', 'baseline', 'baseline', 'baseline', 'baseline']);
    expect(states.baseline).toEqual({ date: '2016-12-01', source: 'the test baseline', confidence: { a: 'high', b: 'high' } });
  });

  it('says reported on the day of a report and carried forward after it', () => {
    expect(certainties([event('a', '2016-12-02', G)])).toEqual(['baseline', 'reported', 'carried', 'carried', 'carried']);
  });

  it("says claimed when only the favoured side's media speak, and contested when reports disagree", () => {
    expect(certainties([event('a', '2016-12-02', G, 'state')])[2]).toBe('claimed');
    expect(certainties([event('a', '2016-12-02', C)])[1]).toBe('contested');
  });

  it("makes a district known to change only within a window changing hands across it, and the new side's on its last day", () => {
    const recently = event('a', '2016-12-04', G, 'wire', { date_earliest: '2016-12-02', date_latest: '2016-12-04', date_precision: 'range' });
    const days = buildStates(input([recently])).days;
    expect(days.map((d) => d.districts.a!.certainty)).toEqual(['baseline', 'window', 'window', 'reported', 'carried']);
    expect(days.map((d) => d.districts.a!.controller)).toEqual([O, O, O, G, G]);
    expect(days[1]!.districts.a!.window).toEqual({ from: '2016-12-02', to: '2016-12-04', side: G });
    expect(days[3]!.changes).toEqual([{ district: 'a', from: O, to: G, events: [recently.id], window: { from: '2016-12-02', to: '2016-12-04', side: G } }]);
    expect(days[4]!.districts.a!.window).toEqual({ from: '2016-12-02', to: '2016-12-04', side: G });
  });

  it('starts a window no earlier than the day after the last report of the old state', () => {
    const held = event('a', '2016-12-02', O, 'wire', { kind: 'hold' });
    const recently = event('a', '2016-12-05', G, 'wire', { date_earliest: '2016-11-20', date_latest: '2016-12-05', date_precision: 'range' });
    expect(certainties([held, recently])).toEqual(['baseline', 'reported', 'window', 'window', 'reported']);
  });

  it('keeps a change a report dates to its day on that day, even when another report of it gives a window', () => {
    const dated = event('a', '2016-12-04', G);
    const windowed = event('a', '2016-12-04', G, 'wire', { date_earliest: '2016-12-02', date_precision: 'range' });
    expect(certainties([dated, windowed])).toEqual(['baseline', 'baseline', 'baseline', 'reported', 'carried']);
  });

  it('as known then, shows no window before the report that gives it is published, and the change with its window after', () => {
    const late = event('a', '2016-12-03', G, 'wire-late', { date_earliest: '2016-12-01', date_precision: 'range' });
    const days = buildStates(input([late], 'then')).days;
    expect(days.map((d) => d.districts.a!.certainty)).toEqual(['baseline', 'baseline', 'baseline', 'carried', 'carried']);
    expect(days[3]!.changes[0]!.window).toEqual({ from: '2016-12-01', to: '2016-12-03', side: G });
    expect(days[4]!.districts.a!.window).toEqual({ from: '2016-12-01', to: '2016-12-03', side: G });
  });

  it('counts per day the statements dated to it and names the latest day a statement speaks of', () => {
    const days = buildStates(input([event('a', '2016-12-02', G), event('b', '2016-12-02', C), event('a', '2016-12-04', G, 'wire-late')])).days;
    expect(days.map((d) => d.reports)).toEqual([0, 2, 0, 1, 0]);
    expect(days.map((d) => d.last_report)).toEqual([null, '2016-12-02', '2016-12-02', '2016-12-04', '2016-12-04']);
  });

  it('as known then, counts a late statement on no day and dates the latest report from its publication on', () => {
    const days = buildStates(input([event('a', '2016-12-02', G, 'wire-late')], 'then')).days;
    expect(days.map((d) => d.reports)).toEqual([0, 0, 0, 0, 0]);
    expect(days.map((d) => d.last_report)).toEqual([null, null, null, '2016-12-02', '2016-12-02']);
  });
});

describe('the timeline one day at a time', async () => {
  const { stepper } = await import('../../src/timeline/stepper.ts');
  const { toReports } = await import('../../src/timeline/reports.ts');

  it('gives, day by day, the same control and reasons as the whole-period build', () => {
    const events = [event('a', '2016-12-02', G), event('a', '2016-12-04', O, 'opp'), event('b', '2016-12-03', C, 'state')];
    const whole = buildStates(input(events));
    const walk = stepper(baseline, toReports({ events, articles, districtsOf, districts: new Set(['a', 'b']) }));
    for (const day of whole.days) {
      expect(walk.advance(day.date)).toEqual(Object.fromEntries(Object.entries(day.districts).map(([id, s]) => [id, s.controller])));
      expect(walk.why('a', day.date)).toEqual(day.districts.a);
    }
  });

  it('refuses to go back in time', () => {
    const walk = stepper(baseline, []);
    walk.advance('2016-12-03');
    expect(() => walk.advance('2016-12-02')).toThrow(/2016-12-02 is not after 2016-12-03/);
  });
});
