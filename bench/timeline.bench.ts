// Timeline figures (issue 4):
//   timeline_all_days_ms     Aleppo, the whole period: day states (as known now) + a front line per day
//   timeline_step_ms_stress  5,000 synthetic districts × 3,650 days: one day's state + its front line (p95)
import { performance } from 'node:perf_hooks';
import { loadArticles, loadGeo } from '../src/cli/load.ts';
import { runPipeline } from '../src/pipeline.ts';
import { buildStates } from '../src/timeline/states.ts';
import { toTimeline } from '../src/timeline/timeline.ts';
import { stepper } from '../src/timeline/stepper.ts';
import { toReports } from '../src/timeline/reports.ts';
import { buildTopology } from '../src/frontline/topology.ts';
import { frontline } from '../src/frontline/frontline.ts';
import { addDays } from '../src/calendar.ts';
import type { ArticleRef, BaselineRow, ControlEvent, Controller } from '../src/types.ts';
import { gridDistricts, seeded } from './support/grid.ts';
import { median, percentile, report } from './report.ts';

function aleppo(): void {
  const geo = loadGeo('geo');
  const articles = loadArticles(['articles']);
  // The whole pipeline as the CLI runs it (runPipeline, src/pipeline.ts): every output file, checked.
  const whole = Array.from({ length: 3 }, () => {
    const t0 = performance.now();
    runPipeline({ articles, geo });
    return performance.now() - t0;
  });
  report({
    metric: 'pipeline_all_ms',
    value: median(whole),
    unit: 'ms',
    note: `runPipeline: extraction, both modes, front lines, the day files and the schema checks; median of 3`,
  });
  const { extraction } = runPipeline({ articles, geo });
  const topo = buildTopology(geo.districts);
  const input = { baseline: geo.baseline, events: extraction.events, articles: extraction.articles, districtsOf: geo.gazetteer.districtsOf };
  const run = () => {
    const t = toTimeline(buildStates({ ...input, mode: 'now' }));
    for (const d of t.days) frontline(topo, d.control);
  };
  for (let i = 0; i < 5; i++) run(); // warm-up
  const times = Array.from({ length: 30 }, () => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  });
  report({
    metric: 'timeline_all_days_ms',
    value: median(times),
    unit: 'ms',
    target: '<= 50',
    note: `median of 30; ${geo.baseline.length} districts × 38 days, ${extraction.events.length} events`,
  });
  const thenTimes = Array.from({ length: 10 }, () => {
    const t0 = performance.now();
    buildStates({ ...input, mode: 'then' });
    return performance.now() - t0;
  });
  report({ metric: 'timeline_then_mode_ms', value: median(thenTimes), unit: 'ms', note: 'as-known-then states for all days, median of 10' });
}

function stress(): void {
  const N = 5000,
    DAYS = 3650,
    REPORTS_PER_DAY = 8;
  const random = seeded(7);
  const districts = gridDistricts(N);
  const topo = buildTopology(districts);
  const sides: Controller[] = ['government', 'opposition', 'kurdish', 'contested'];
  const baseline: BaselineRow[] = districts.features.map((f, i) => ({
    id: f.properties.id,
    controller: i % 100 < 50 ? 'government' : 'opposition',
    confidence: 'high',
    note: '',
  }));
  const sources = ['Reuters', 'SANA', 'Orient News (opposition)', 'Hawar (Kurdish)'];
  const articles: ArticleRef[] = sources.map((source, i) => ({ id: `s${i}`, published: '2010-01-01', source, file: '', url: null, title: null }));
  const start = '2010-01-01';
  const events: ControlEvent[] = [];
  for (let day = 0; day < DAYS; day++) {
    for (let k = 0; k < REPORTS_PER_DAY; k++) {
      const controller = sides[Math.floor(random() * sides.length)]!;
      events.push({
        id: `e${events.length}`,
        article: `s${Math.floor(random() * sources.length)}`,
        place: { id: `d${Math.floor(random() * N)}`, name_ar: '', name_en: '' },
        kind: controller === 'contested' ? 'contested' : 'capture',
        controller,
        date: addDays(start, day),
        date_earliest: addDays(start, day),
        date_latest: addDays(start, day),
        date_precision: 'day',
        confidence: 0.8,
        attribution: null,
        evidence: { sentence: '', start: 0, end: 0 },
        rule: 'bench',
        mention: { text: '', start: 0, end: 0 },
      });
    }
  }
  const reports = toReports({ events, articles, districtsOf: (id) => [id], districts: new Set(baseline.map((b) => b.id)) });
  const walk = stepper(baseline, reports);
  const times: number[] = [];
  for (let day = 0; day < DAYS; day++) {
    const date = addDays(start, day);
    const sample = day % 10 === 0;
    const t0 = performance.now();
    const control = walk.advance(date);
    if (sample) {
      frontline(topo, control);
      times.push(performance.now() - t0);
    }
  }
  report({
    metric: 'timeline_step_ms_stress',
    value: percentile(times, 95),
    unit: 'ms',
    target: '<= 16',
    note: `p95 of ${times.length} days (median ${median(times).toFixed(2)} ms); ${N} districts, ${DAYS} days, ${events.length} events`,
  });
}

aleppo();
stress();
