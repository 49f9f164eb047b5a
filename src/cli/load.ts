import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArticle, checkUniqueIds, ArticleError } from '../article/parse.ts';
import { parsePlaces, parseBaseline } from '../geo/places.ts';
import { resolveContaining } from '../geo/contain.ts';
import { buildGazetteer, type Gazetteer } from '../gazetteer/gazetteer.ts';
import type { DistrictCollection } from '../frontline/topology.ts';
import type { LandmarkCollection } from '../geo/landmarks.ts';
import type { Article, BaselineRow, Place } from '../types.ts';

/** Article files named on the command line: files as given, folders read for *.md (README.md excepted), sorted. */
export function articleFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p, { throwIfNoEntry: false })) throw new ArticleError(p, 'path', 'no such file or folder');
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort().map((f) => join(p, f));
  });
}

/** Loads and validates every article; all problems are collected and reported together. */
export function loadArticles(paths: readonly string[]): Article[] {
  const errors: Error[] = [];
  const articles: Article[] = [];
  for (const file of articleFiles(paths)) {
    try {
      articles.push(parseArticle(readFileSync(file), relative(process.cwd(), file) || file));
    } catch (e) {
      errors.push(e as Error);
    }
  }
  try {
    checkUniqueIds(articles);
  } catch (e) {
    errors.push(e as Error);
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
  return articles;
}

export interface Geo {
  places: Place[];
  baseline: BaselineRow[];
  districts: DistrictCollection;
  gazetteer: Gazetteer;
  /** geo/landmarks.geojson (`npm run geo`), or null in a folder without one. */
  landmarks: LandmarkCollection | null;
}

/** Loads the gazetteer folder: places, baseline and district shapes, validated. */
export function loadGeo(dir = 'geo'): Geo {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const places = parsePlaces(read('places.csv'), join(dir, 'places.csv'));
  const baseline = parseBaseline(read('baseline-2016-11-15.csv'), join(dir, 'baseline-2016-11-15.csv'), places);
  const districts = JSON.parse(read('districts.geojson')) as DistrictCollection;
  const gazetteer = buildGazetteer(places, resolveContaining(places, districts));
  const landmarks = existsSync(join(dir, 'landmarks.geojson')) ? (JSON.parse(read('landmarks.geojson')) as LandmarkCollection) : null;
  return { places, baseline, districts, gazetteer, landmarks };
}

/** Runs a command body; prints errors (all of them) to stderr and exits 1, printing nothing to stdout. */
export function run(main: () => void): void {
  // A reader that stops early (`… | head`) closes the pipe: that ends the run, it is not a failure.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  try {
    main();
  } catch (e) {
    const errors = e instanceof AggregateError ? e.errors : [e];
    for (const err of errors) process.stderr.write(`error: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
