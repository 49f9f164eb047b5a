// The pipeline over the committed articles and geo/, run once per test worker and shared by the
// tests that read its whole output (vite.config.ts keeps a worker's modules between test files).
// The output is shared: tests read it and must not change it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadArticles, loadGeo } from '../../src/cli/load.ts';
import { replaceFolder } from '../../src/cli/writeFolder.ts';
import { runPipeline, type PipelineOutput } from '../../src/pipeline.ts';
import type { Geo } from '../../src/inputs.ts';
import type { Article } from '../../src/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface CorpusRun {
  articles: Article[];
  geo: Geo;
  output: PipelineOutput;
}

let run: CorpusRun | undefined;
let folder: string | undefined;

/** The inputs as the CLI loads them and what runPipeline made of them. */
export function corpusRun(): CorpusRun {
  if (!run) {
    const geo = loadGeo(join(ROOT, 'geo'));
    const articles = loadArticles([join(ROOT, 'articles')]);
    run = { articles, geo, output: runPipeline({ articles, geo }) };
  }
  return run;
}

/** A temporary folder holding the pipeline's files, as `npm run pipeline -- --out` writes them. */
export function corpusFolder(): string {
  if (!folder) {
    folder = join(mkdtempSync(join(tmpdir(), 'export-data-')), 'data');
    replaceFolder(folder, corpusRun().output.files);
  }
  return folder;
}
