import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles, loadGeo, readText } from './load.ts';
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
  replaceFolder(out, output.files);
  return output;
}

/** `<articles>/reviews.yaml` when there is one (checked against its schema), else no decisions. */
export function loadReviews(articlesDir: string): ReviewSet {
  const path = join(articlesDir, REVIEWS_FILE);
  return existsSync(path) ? parseReviews(readText(path), path) : NO_REVIEWS;
}
