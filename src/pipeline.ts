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
import { applyReviews, type ReviewProblem } from './review/apply.ts';
import { NO_REVIEWS, type ReviewSet } from './review/parse.ts';
import { checkDay, checkDistricts, checkEvents, checkFrontlines, checkPlacesJson, checkStates, checkTimeline } from './schema/index.ts';
import type { Article, DistrictCollection, ExtractionResult, FrontlineCollection, PlaceEntry, StatesFile, TimelineResult } from './types.ts';

export interface PipelineInput {
  articles: readonly Article[];
  geo: Geo;
  /** The reader's decisions (articles/reviews.yaml, src/review/parse.ts); none when absent. */
  reviews?: ReviewSet;
  /**
   * `app`: only what the map loads — no days/*.geojson, no events.csv, no schema checks of the
   * outputs (the browser's worker, recomputing after each decision). Default `all`: every file, checked.
   */
  outputs?: 'all' | 'app';
  /** Told after each article is read (the browser shows it for many files). */
  progress?: (done: number, total: number) => void;
}

export interface PipelineOutput {
  /** What the extractor read, before the reader's decisions. */
  read: ExtractionResult;
  /** Decisions that could not be applied, each naming reviews.yaml's line; the CLI refuses to write when there are any. */
  reviewProblems: ReviewProblem[];
  /** For each decision: the id of the event it stands for now, or null when it was not applied. */
  reviewApplied: (string | null)[];
  /** What the map shows: the reading with the reader's decisions applied. */
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
 * Runs extraction, the user's review decisions, day states (as known now and then), front lines and
 * the per-day GeoJSON; checks every file against its schema and the day files against RFC 7946 (their
 * structure by the day schema, their positions by geometryProblems: the text is JSON.stringify's, so it
 * is not parsed again).
 */
export function runPipeline({ articles, geo, reviews = NO_REVIEWS, outputs = 'all', progress }: PipelineInput): PipelineOutput {
  const read = extractAll(articles, geo.gazetteer, undefined, progress);
  const reviewed = applyReviews(read, reviews, { articles, places: geo.gazetteer.places });
  const extraction = reviewed.extraction;
  const review = { read, reviewProblems: reviewed.problems, reviewApplied: reviewed.applied };
  // Every file, for writing: a decision that cannot be applied stops the run (the map would not be the reviewed one).
  if (outputs === 'all' && reviewed.problems.length > 0) {
    throw new AggregateError(
      reviewed.problems.map((p) => new Error(p.message)),
      reviewed.problems.map((p) => p.message).join('\n'),
    );
  }
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
  const places: PlaceEntry[] = geo.places.map((p) => ({
    id: p.id,
    name_en: p.name_en,
    name_ar: p.name_ar,
    kind: p.kind,
    point: p.point,
    districts: geo.gazetteer.districtsOf(p.id),
  }));
  const files = new Map<string, string>([
    ['districts.geojson', json(geo.districts)],
    ['timeline.json', json(timeline)],
    ['states-now.json', json(now)],
    ['states-then.json', json(then)],
    ['events.json', json(extraction)],
    ['places.json', json(places)],
    ['frontlines.geojson', json(fronts.now)],
    ['frontlines-then.geojson', json(fronts.then)],
  ]);
  if (geo.landmarks) files.set('landmarks.geojson', json(geo.landmarks));
  if (outputs === 'app') return { ...review, extraction, now, then, timeline, places, districts: geo.districts, fronts, files };
  files.set('events.csv', acledCsv({ events: extraction.events, articles: extraction.articles, places: geo.gazetteer.places }));
  // Every file checked against its schema (src/schema/) before anything is written.
  const problems: string[] = [];
  const schemaChecks: [string, (v: unknown, f: string) => unknown, unknown][] = [
    ['districts.geojson', checkDistricts, geo.districts],
    ['timeline.json', checkTimeline, timeline],
    ['states-now.json', checkStates, now],
    ['states-then.json', checkStates, then],
    ['events.json', checkEvents, extraction],
    ['places.json', checkPlacesJson, places],
    ['frontlines.geojson', checkFrontlines, fronts.now],
    ['frontlines-then.geojson', checkFrontlines, fronts.then],
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
  if (problems.length > 0)
    throw new AggregateError(
      problems.map((p) => new Error(p)),
      `the pipeline's output failed its checks:\n${problems.join('\n')}`,
    );
  return { ...review, extraction, now, then, timeline, places, districts: geo.districts, fronts, files };
}
