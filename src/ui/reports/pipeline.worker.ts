// The pipeline in a Web Worker: the same pure runPipeline the command line runs, over the corpus
// the map was built from (sources.json) and the reader's own reports and decisions. Nothing here
// touches the page; the page can terminate the worker at any time (Cancel).
import { readGeo, type Geo } from '../../inputs.ts';
import { parseArticle } from '../../article/parse.ts';
import { runPipeline } from '../../pipeline.ts';
import { parseReviews } from '../../review/parse.ts';
import { reviewsYaml } from '../../review/write.ts';
import type { Decision } from '../../schema/reviews.ts';
import { readingOf } from '../../review/reading.ts';
import type { Article } from '../../types.ts';
import type { CorpusSources, SourceFile } from '../../sources.ts';
import type { FileProblem, FromWorker, ToWorker } from './protocol.ts';

let sources: CorpusSources | null = null;
let districtsText = '';
let geo: Geo | null = null;
let articles: Article[] = [];

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);

function loadGeo(): Geo {
  if (!geo)
    geo = readGeo({ places: sources!.places, baseline: sources!.baseline, districts: { file: 'districts.geojson', text: districtsText }, landmarks: null });
  return geo;
}

function readArticles(files: readonly SourceFile[], id: number, problems: FileProblem[]): Article[] {
  const out: Article[] = [];
  const seen = new Set<string>();
  files.forEach((f, i) => {
    try {
      const a = parseArticle(f.text, f.file);
      if (seen.has(a.id)) throw new Error(`${f.file}: id: "${a.id}" is already the id of another article`);
      seen.add(a.id);
      out.push(a);
    } catch (e) {
      problems.push({ file: f.file, message: (e as Error).message });
    }
    if (i % 10 === 9 || i === files.length - 1) post({ type: 'progress', id, done: i + 1, total: files.length, stage: 'reading the files' });
  });
  return out;
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  const id = m.type === 'init' ? 0 : m.id;
  try {
    if (m.type === 'init') {
      sources = m.sources;
      districtsText = m.districts;
      geo = null;
      return;
    }
    if (m.type === 'reading') {
      const article = articles.find((a) => a.id === m.article);
      post({ type: 'reading', id, reading: article ? readingOf(article, loadGeo().gazetteer) : null });
      return;
    }
    const t0 = performance.now();
    const fileProblems: FileProblem[] = [];
    articles = readArticles([...sources!.articles, ...m.added], id, fileProblems);
    post({ type: 'progress', id, done: 0, total: articles.length, stage: 'reading the gazetteer' });
    const g = loadGeo();
    const text = m.decisions === null ? (sources!.reviews?.text ?? '') : reviewsYaml(m.decisions);
    const reviews = parseReviews(text, 'articles/reviews.yaml');
    const out = runPipeline({
      articles,
      geo: g,
      reviews,
      outputs: 'app',
      progress: (done, total) => post({ type: 'progress', id, done, total, stage: 'reading the reports' }),
    });
    post({
      type: 'result',
      id,
      result: {
        timeline: out.timeline,
        now: out.now,
        then: out.then,
        fronts: out.fronts,
        places: out.places,
        read: out.read,
        extraction: out.extraction,
        reviewProblems: out.reviewProblems,
        reviewApplied: out.reviewApplied,
        fileProblems,
        decisions: reviews.decisions.map(({ line: _line, ...d }) => d as Decision),
        timelineText: out.files.get('timeline.json')!,
        ms: performance.now() - t0,
      },
    });
  } catch (e) {
    post({ type: 'error', id, message: (e as Error).message });
  }
};
