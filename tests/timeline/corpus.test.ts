import { describe, expect, it } from 'vitest';
import { corpusRun } from '../support/corpus.ts';
import { rfc7946Problems } from '../../src/geo/rfc7946.ts';

// The five reports, read the way the README's rules say: what the issue asks to see on the map.
const { geo, output } = corpusRun();
const { extraction, now, then, files } = output;
const baseline = geo.baseline;
const on = (date: string, id: string, states = now) => states.days.find((d) => d.date === date)!.districts[id]!;

describe('the five reports on the map', () => {
  it.each(['al-shaar', 'dahrat-awwad', 'jourat-awwad', 'karm-al-bek', 'karm-al-jabal'])('gives %s to the government on 6 Dec, not before', (id) => {
    expect([on('2016-12-05', id).controller, on('2016-12-06', id).controller]).toEqual(['opposition', 'government']);
  });

  it.each(['jazmati', 'karm-al-tarrab', 'tariq-al-bab'])('gives %s to the government on 3 Dec', (id) => {
    expect([on('2016-12-02', id).controller, on('2016-12-03', id).controller]).toEqual(['opposition', 'government']);
  });

  it("shows Karm al-Maysar in dispute from 4 Dec — fighting per the monitor, retaken per the opposition — not one side's word", () => {
    const days = ['2016-12-03', '2016-12-04', '2016-12-05', '2016-12-06', '2016-12-07'].map((d) => on(d, 'karm-al-maysar'));
    expect(days.map((d) => d.controller)).toEqual(['opposition', 'contested', 'contested', 'contested', 'contested']);
    expect(days[3]).toMatchObject({ claimed_by: null, disputed: true, disputed_by: expect.arrayContaining([expect.stringMatching(/^6cca769c3933d528-/)]) });
  });

  it('keeps Sheikh Maqsoud Kurdish on every day', () => {
    expect(new Set(now.days.map((d) => d.districts['sheikh-maqsoud']!.controller))).toEqual(new Set(['kurdish']));
  });

  it('can say why for every district-day that differs from the baseline: the events behind it, each one extracted', () => {
    const ids = new Set(extraction.events.map((e) => e.id));
    const start = new Map(baseline.map((b) => [b.id, b.controller]));
    for (const states of [now, then]) {
      for (const day of states.days) {
        for (const [id, s] of Object.entries(day.districts)) {
          if (s.since === null) expect(s.controller).toBe(start.get(id));
          else expect(s.events.length).toBeGreaterThan(0);
          for (const e of [...s.events, ...s.disputed_by]) expect(ids).toContain(e);
        }
      }
    }
  });

  it("as known then, shows the opposition's claim on Karm al-Maysar only once its report is out (6 Dec)", () => {
    expect(on('2016-12-05', 'karm-al-maysar', then)).toMatchObject({ controller: 'contested', disputed: false });
    expect(on('2016-12-06', 'karm-al-maysar', then)).toMatchObject({ controller: 'contested', disputed: true });
  });

  it('writes every day as valid RFC 7946 GeoJSON', () => {
    const days = [...files.keys()].filter((f) => f.startsWith('days/'));
    expect(days).toHaveLength(now.days.length);
    for (const name of days) expect(rfc7946Problems(files.get(name)!, name)).toEqual([]);
  });
});
