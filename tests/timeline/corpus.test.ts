import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/article/parse.ts';
import { articleFiles } from '../../src/cli/load.ts';
import { extractAll } from '../../src/extract/run.ts';
import { buildStates } from '../../src/timeline/states.ts';
import { toTimeline } from '../../src/timeline/timeline.ts';
import { parsePlaces, parseBaseline } from '../../src/geo/places.ts';
import { buildTopology, type DistrictCollection } from '../../src/frontline/topology.ts';
import { dayCollection } from '../../src/frontline/day.ts';
import { rfc7946Problems } from '../../src/geo/rfc7946.ts';
import { realGazetteer } from '../support/gazetteer.ts';

// The five reports, read the way the README's rules say: what the issue asks to see on the map.
const gazetteer = realGazetteer();
const extraction = extractAll(articleFiles(['articles']).map((f) => parseArticle(readFileSync(f), f)), gazetteer);
const places = parsePlaces(readFileSync('geo/places.csv', 'utf8'), 'geo/places.csv');
const baseline = parseBaseline(readFileSync('geo/baseline-2016-11-15.csv', 'utf8'), 'geo/baseline-2016-11-15.csv', places);
const input = { baseline, events: extraction.events, articles: extraction.articles, districtsOf: gazetteer.districtsOf };
const now = buildStates({ ...input, mode: 'now' });
const then = buildStates({ ...input, mode: 'then' });
const on = (date: string, id: string, states = now) => states.days.find((d) => d.date === date)!.districts[id]!;

describe('the five reports on the map', () => {
  it.each(['al-shaar', 'dahrat-awwad', 'jourat-awwad', 'karm-al-bek', 'karm-al-jabal'])('gives %s to the government on 6 Dec, not before', (id) => {
    expect([on('2016-12-05', id).controller, on('2016-12-06', id).controller]).toEqual(['opposition', 'government']);
  });

  it.each(['jazmati', 'karm-al-tarrab', 'tariq-al-bab'])('gives %s to the government on 3 Dec', (id) => {
    expect([on('2016-12-02', id).controller, on('2016-12-03', id).controller]).toEqual(['opposition', 'government']);
  });

  it('shows Karm al-Maysar in dispute from 4 Dec — fighting per the monitor, retaken per the opposition — not one side\'s word', () => {
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

  it('as known then, shows the opposition\'s claim on Karm al-Maysar only once its report is out (6 Dec)', () => {
    expect(on('2016-12-05', 'karm-al-maysar', then)).toMatchObject({ controller: 'contested', disputed: false });
    expect(on('2016-12-06', 'karm-al-maysar', then)).toMatchObject({ controller: 'contested', disputed: true });
  });

  it('writes every day as valid RFC 7946 GeoJSON', () => {
    const topo = buildTopology(JSON.parse(readFileSync('geo/districts.geojson', 'utf8')) as DistrictCollection);
    for (const day of toTimeline(now).days) {
      expect(rfc7946Problems(JSON.stringify(dayCollection(topo, day.date, day.control)), day.date)).toEqual([]);
    }
  });
});
