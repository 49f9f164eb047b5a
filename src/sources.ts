// sources.json (written by `npm run pipeline` beside what the app loads): the inputs the map was
// made from — the gazetteer's two CSV files, every article file as written and reviews.yaml — so
// the browser can run the same pipeline over them with the reader's own reports added, and export
// the whole project again.
export interface SourceFile {
  /** The path inside the project (`articles/2016-12-06_x.md`, `geo/places.csv`). */
  file: string;
  text: string;
}

export interface CorpusSources {
  version: 1;
  places: SourceFile;
  baseline: SourceFile;
  articles: SourceFile[];
  /** articles/reviews.yaml, when the corpus has one. */
  reviews: SourceFile | null;
}

/** A light check of sources.json as loaded (it is the pipeline's own output). */
export function checkSources(value: unknown, file = 'sources.json'): CorpusSources {
  const v = value as Partial<CorpusSources> | null;
  const isFile = (f: unknown): f is SourceFile =>
    typeof f === 'object' && f !== null && typeof (f as SourceFile).file === 'string' && typeof (f as SourceFile).text === 'string';
  if (v?.version !== 1) throw new Error(`${file}: version: must be 1`);
  if (!isFile(v.places) || !isFile(v.baseline)) throw new Error(`${file}: places, baseline: must be { file, text }`);
  if (!Array.isArray(v.articles) || !v.articles.every(isFile)) throw new Error(`${file}: articles: must be a list of { file, text }`);
  if (v.reviews !== null && !isFile(v.reviews)) throw new Error(`${file}: reviews: must be { file, text } or null`);
  return v as CorpusSources;
}
