import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articleFiles, loadArticles, loadGeo, readText } from './load.ts';
import { GEO_FILES } from '../inputs.ts';
import type { CorpusSources } from '../sources.ts';
import { NO_REVIEWS, parseReviews, REVIEWS_FILE, type ReviewSet } from '../review/parse.ts';
import { replaceFolder } from './writeFolder.ts';
import { runPipeline, type PipelineOutput } from '../pipeline.ts';

export interface DataFolders {
  articles: string;
  geo: string;
  out: string;
}

/**
 * Reads and checks the articles and the gazetteer, runs the pipeline and replaces `out` with what
 * it made, all or nothing (see replaceFolder). Used by `npm run pipeline` and by the export CLI.
 */
export function buildData({ articles, geo, out }: DataFolders): PipelineOutput {
  const input = { geo: loadGeo(geo), articles: loadArticles([articles]), reviews: loadReviews(articles) };
  const output = runPipeline(input);
  output.files.set('sources.json', JSON.stringify(sourcesOf(articles, geo)) + '\n');
  replaceFolder(out, output.files);
  return output;
}

/** `<articles>/reviews.yaml` when there is one (checked against its schema), else no decisions. */
export function loadReviews(articlesDir: string): ReviewSet {
  const path = join(articlesDir, REVIEWS_FILE);
  return existsSync(path) ? parseReviews(readText(path), path) : NO_REVIEWS;
}

/** sources.json: the inputs as written, for the browser to run the pipeline again with the reader's reports (src/sources.ts). */
function sourcesOf(articlesDir: string, geoDir: string): CorpusSources {
  const at = (dir: string, name: string) => ({ file: `${basename(dir)}/${name}`, text: readText(join(dir, name)) });
  const reviews = join(articlesDir, REVIEWS_FILE);
  return {
    version: 1,
    places: at(geoDir, GEO_FILES.places),
    baseline: at(geoDir, GEO_FILES.baseline),
    articles: articleFiles([articlesDir]).map((f) => ({ file: `articles/${f.slice(articlesDir.length).replace(/^[\\/]+/, '')}`, text: readText(f) })),
    reviews: existsSync(reviews) ? { file: `articles/${REVIEWS_FILE}`, text: readText(reviews) } : null,
  };
}
