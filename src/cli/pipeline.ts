// npm run pipeline: everything the app loads, written to public/data/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles, loadGeo, run } from './load.ts';
import { extractAll } from '../extract/run.ts';
import { buildStates } from '../timeline/states.ts';
import { toTimeline } from '../timeline/timeline.ts';
import { buildTopology } from '../frontline/topology.ts';
import { frontline } from '../frontline/frontline.ts';
import { dayCollection } from '../frontline/day.ts';
import { acledCsv } from '../timeline/acled.ts';
import { rfc7946Problems } from '../geo/rfc7946.ts';
import type { StatesFile } from '../types.ts';

run(() => {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: 'articles' }, geo: { type: 'string', default: 'geo' }, out: { type: 'string', default: 'public/data' } } });
  const geo = loadGeo(values.geo);
  const extraction = extractAll(loadArticles([values.articles]), geo.gazetteer);
  const input = { baseline: geo.baseline, events: extraction.events, articles: extraction.articles, districtsOf: geo.gazetteer.districtsOf };
  const now = buildStates({ ...input, mode: 'now' });
  const then = buildStates({ ...input, mode: 'then' });
  const topo = buildTopology(geo.districts);
  const fronts = (states: StatesFile) => ({
    type: 'FeatureCollection',
    features: toTimeline(states).days.map((d) => ({ type: 'Feature', properties: { date: d.date }, geometry: frontline(topo, d.control) })),
  });
  const places = geo.places.map((p) => ({ id: p.id, name_en: p.name_en, name_ar: p.name_ar, kind: p.kind, point: p.point, districts: geo.gazetteer.districtsOf(p.id) }));
  mkdirSync(values.out, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(values.out, name), JSON.stringify(data) + '\n');
  write('districts.geojson', geo.districts);
  if (geo.landmarks) write('landmarks.geojson', geo.landmarks);
  write('timeline.json', toTimeline(now));
  write('states-now.json', now);
  write('states-then.json', then);
  write('events.json', extraction);
  write('places.json', places);
  write('frontlines.geojson', fronts(now));
  write('frontlines-then.geojson', fronts(then));
  writeFileSync(join(values.out, 'events.csv'), acledCsv({ events: extraction.events, articles: extraction.articles, places: geo.gazetteer.places }));
  // One GeoJSON per day (as known now): each side's merged territory and the front line, checked against RFC 7946.
  const daysDir = join(values.out, 'days');
  rmSync(daysDir, { recursive: true, force: true });
  mkdirSync(daysDir);
  for (const day of toTimeline(now).days) {
    const text = JSON.stringify(dayCollection(topo, day.date, day.control)) + '\n';
    const problems = rfc7946Problems(text, `days/${day.date}.geojson`);
    if (problems.length > 0) throw new AggregateError(problems.map((p) => new Error(p)), 'invalid day GeoJSON');
    writeFileSync(join(daysDir, `${day.date}.geojson`), text);
  }
  process.stdout.write(`pipeline: ${extraction.articles.length} articles → ${extraction.events.length} events (${extraction.ignored.length} ignored mentions) → ${now.days.length} days × ${geo.baseline.length} districts → ${values.out}/\n`);
});
