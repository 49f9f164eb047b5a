import { loadArticles, loadGeo } from './load.ts';
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
  const input = { geo: loadGeo(geo), articles: loadArticles([articles]) };
  const output = runPipeline(input);
  replaceFolder(out, output.files);
  return output;
}
