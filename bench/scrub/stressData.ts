// The synthetic data set for scrub_p95_ms_stress: 5,000 square districts, 38 days in which the
// government's side sweeps east with a ragged, contested edge, and the front of every day.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTopology } from '../../src/frontline/topology.ts';
import { frontline } from '../../src/frontline/frontline.ts';
import { daysInRange } from '../../src/calendar.ts';
import { PERIOD, type ControlState, type TimelineResult } from '../../src/types.ts';
import { gridDistricts, seeded } from '../support/grid.ts';

export function stressData(n = 5000) {
  const columns = 100;
  const districts = gridDistricts(n, columns);
  const random = seeded(20161215);
  const rows = Math.ceil(n / columns);
  const jitter = Array.from({ length: rows }, () => Math.floor(random() * 6));
  const dates = daysInRange(PERIOD.start, PERIOD.end);
  const timeline: TimelineResult = {
    version: 1,
    start: PERIOD.start,
    end: PERIOD.end,
    days: dates.map((date, d) => {
      const edge = 10 + d * 2.2;
      const control: Record<string, ControlState> = {};
      for (let i = 0; i < n; i++) {
        const [c, r] = [i % columns, Math.floor(i / columns)];
        const x = c - jitter[r]!;
        control[`d${i}`] = r > rows - 6 && c > 80 ? 'kurdish' : x < edge - 1 ? 'government' : x < edge + 1 ? 'contested' : 'opposition';
      }
      return { date, control };
    }),
  };
  const topo = buildTopology(districts);
  const frontlines = {
    type: 'FeatureCollection',
    features: timeline.days.map((day) => ({ type: 'Feature', properties: { date: day.date }, geometry: frontline(topo, day.control) })),
  };
  return { districts, timeline, frontlines };
}

/** Writes the data set where the app's `?data=<dir>/` reads it: `<dir>/data/*.json`. */
export function writeStressData(dir: string, n = 5000): void {
  const data = stressData(n);
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data/districts.geojson'), JSON.stringify(data.districts));
  writeFileSync(join(dir, 'data/timeline.json'), JSON.stringify(data.timeline));
  writeFileSync(join(dir, 'data/frontlines.geojson'), JSON.stringify(data.frontlines));
}
