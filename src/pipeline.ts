// The pipeline, joined in one place: articles and the gazetteer in, every file the app loads out.
// Pure: no file is read or written here (src/cli/pipeline.ts writes; tests, benches and the export
// CLI call it directly).
import { extractAll } from './extract/run.ts';
import { buildStates } from './timeline/states.ts';
import { toTimeline } from './timeline/timeline.ts';
import { buildTopology } from './frontline/topology.ts';
import { frontline } from './frontline/frontline.ts';
import { dayCollection } from './frontline/day.ts';
import { knownControl } from './frontline/known.ts';
import { acledCsv } from './timeline/acled.ts';
import { geometryProblems } from './geo/rfc7946.ts';
import { GEO_FILES, type Geo } from './inputs.ts';
import { checkDay, checkDistricts, checkEvents, checkFrontlines, checkPlacesJson, checkStates, checkTimeline } from './schema/index.ts';
import type { Article, DistrictCollection, ExtractionResult, FrontlineCollection, PlaceEntry, StatesFile, TimelineResult } from './types.ts';

export interface PipelineInput {
  articles: readonly Article[];
  geo: Geo;
}

export interface PipelineOutput {
  extraction: ExtractionResult;
  now: StatesFile;
  then: StatesFile;
  timeline: TimelineResult;
  places: PlaceEntry[];
  districts: DistrictCollection;
  fronts: { now: FrontlineCollection; then: FrontlineCollection };
  /** Every file the app loads, by its path under the output folder (days/ included), as text. */
  files: Map<string, string>;
}

const json = (data: unknown) => JSON.stringify(data) + '\n';

/** The baseline's source, as the panel and the legend name it. */
const BASELINE_SOURCE = `the project’s hand-compiled baseline of 15 November 2016 (geo/${GEO_FILES.baseline})`;

/**
 * Runs extraction, day states (as known now and then), front lines and the per-day GeoJSON; checks
 * every file against its schema and the day files against RFC 7946 (their structure by the day
 * schema, their positions by geometryProblems: the text is JSON.stringify's, so it is not parsed again).
 */
export function runPipeline({ articles, geo }: PipelineInput): PipelineOutput {
  const extraction = extractAll(articles, geo.gazetteer);
  const input = { baseline: geo.baseline, events: extraction.events, articles: extraction.articles, districtsOf: geo.gazetteer.districtsOf };
  const now = buildStates({ ...input, mode: 'now', baselineSource: BASELINE_SOURCE });
  const then = buildStates({ ...input, mode: 'then', baselineSource: BASELINE_SOURCE });
  const timeline = toTimeline(now);
  const topo = buildTopology(geo.districts);
  // The front runs only between districts whose sides are known that day (not those changing hands in a window).
  const frontsOf = (states: StatesFile): FrontlineCollection => ({
    type: 'FeatureCollection',
    features: states.days.map((d) => ({ type: 'Feature', properties: { date: d.date }, geometry: frontline(topo, knownControl(d.districts)) })),
  });
  const fronts = { now: frontsOf(now), then: frontsOf(then) };
  const places: PlaceEntry[] = geo.places.map((p) => ({ id: p.id, name_en: p.name_en, name_ar: p.name_ar, kind: p.kind, point: p.point, districts: geo.gazetteer.districtsOf(p.id) }));
  const files = new Map<string, string>([
    ['districts.geojson', json(geo.districts)],
    ['timeline.json', json(timeline)],
    ['states-now.json', json(now)],
    ['states-then.json', json(then)],
    ['events.json', json(extraction)],
    ['places.json', json(places)],
    ['frontlines.geojson', json(fronts.now)],
    ['frontlines-then.geojson', json(fronts.then)],
    ['events.csv', acledCsv({ events: extraction.events, articles: extraction.articles, places: geo.gazetteer.places })],
  ]);
  if (geo.landmarks) files.set('landmarks.geojson', json(geo.landmarks));
  // Every file checked against its schema (src/schema/) before anything is written.
  const problems: string[] = [];
  const schemaChecks: [string, (v: unknown, f: string) => unknown, unknown][] = [
    ['districts.geojson', checkDistricts, geo.districts], ['timeline.json', checkTimeline, timeline], ['states-now.json', checkStates, now],
    ['states-then.json', checkStates, then], ['events.json', checkEvents, extraction], ['places.json', checkPlacesJson, places],
    ['frontlines.geojson', checkFrontlines, fronts.now], ['frontlines-then.geojson', checkFrontlines, fronts.then],
  ];
  for (const [file, checkFile, value] of schemaChecks) {
    try {
      checkFile(value, file);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  // One GeoJSON per day (as known now): each side's merged territory and the front line, RFC 7946.
  for (const day of now.days) {
    const name = `days/${day.date}.geojson`;
    const collection = dayCollection(topo, day.date, knownControl(day.districts));
    try {
      checkDay(collection, name);
    } catch (e) {
      problems.push((e as Error).message);
    }
    problems.push(...geometryProblems(collection, name));
    files.set(name, json(collection));
  }
  if (problems.length > 0) throw new AggregateError(problems.map((p) => new Error(p)), `the pipeline's output failed its checks:\n${problems.join('\n')}`);
  return { extraction, now, then, timeline, places, districts: geo.districts, fronts, files };
}
