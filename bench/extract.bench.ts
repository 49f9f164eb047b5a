// Extraction figures (issue 3), on one core, per second of the process's CPU time (wall clock and load in the notes):
//   extract_mb_per_s        the whole extractor over a generated corpus (MB of UTF-8 article text per CPU second)
//                           whose place mentions per KB match the five reports of articles/
//   extract_vs_scan_ratio   that throughput ÷ a bare pass over the same text: normalise, then split into words
//   extract_mb_per_s_dense  the same extractor over a corpus about twice as dense in statements (no target)
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadArticles, loadGeo } from '../src/cli/load.ts';
import { extractAll } from '../src/extract/run.ts';
import { loadLexicon } from '../src/extract/lexicon.ts';
import { normalize } from '../src/text/normalize.ts';
import { tokenize } from '../src/text/tokens.ts';
import type { Article } from '../src/types.ts';
import { syntheticCorpus } from './support/corpus.ts';
import { median, report } from './report.ts';

const MB = 20;
const geo = loadGeo('geo');
const lexicon = loadLexicon();

const sizeOf = (articles: readonly Article[]) => articles.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0);
/** Place mentions (events and ignored mentions) per KB of text. */
function density(articles: readonly Article[]): number {
  const r = extractAll(articles, geo.gazetteer, lexicon);
  return (r.events.length + r.ignored.length) / (sizeOf(articles) / 1000);
}

/**
 * Extraction and bare-scan throughput over one corpus, in MB per second of this process's CPU time
 * (process.cpuUsage: user + system), so that other work on the machine neither hides nor fakes a
 * change; the wall-clock figures are printed beside them with the load. The rounds alternate (scan,
 * extract, scan, …) so that both see the same machine, each starts from a collected heap
 * (scripts/bench.ts runs Node with --expose-gc), and each figure is the median of its rounds.
 */
function measure(corpus: readonly Article[], rounds = 7) {
  const mb = sizeOf(corpus) / 1_000_000;
  const scan = () => {
    for (const a of corpus) {
      const n = normalize(a.body);
      tokenize(n.text, 0, n.text.length);
    }
  };
  const extract = () => extractAll(corpus, geo.gazetteer, lexicon);
  const timed = (run: () => void) => {
    settle();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 };
  };
  scan();
  extract(); // warm-up (JIT, caches)
  const scans: { cpu: number; wall: number }[] = [];
  const extracts: { cpu: number; wall: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    scans.push(timed(scan));
    extracts.push(timed(extract));
  }
  const rate = (xs: { cpu: number; wall: number }[], k: 'cpu' | 'wall') => mb / median(xs.map((x) => x[k]));
  const spread = (xs: { cpu: number }[]) => `${(mb / Math.max(...xs.map((x) => x.cpu))).toFixed(0)}–${(mb / Math.min(...xs.map((x) => x.cpu))).toFixed(0)}`;
  return {
    mb,
    scan: rate(scans, 'cpu'),
    extract: rate(extracts, 'cpu'),
    wall: rate(extracts, 'wall'),
    scanWall: rate(scans, 'wall'),
    spread: `extract ${spread(extracts)} MB/s, bare pass ${spread(scans)} MB/s over ${rounds} rounds`,
  };
}

/** A collected heap, and a moment for the collector's helper threads to finish, so their work is not timed. */
function settle(): void {
  globalThis.gc?.();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
}

const load = () => `load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;

const real = density(loadArticles(['articles']));
// Find the share of statement sentences whose mention density is closest to the real reports'.
const shares = [0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.2, 0.25];
const probe = shares.map((share) => ({ share, density: density(syntheticCorpus(geo.places, 400_000, share)) }));
const { share } = probe.reduce((a, b) => (Math.abs(b.density - real) < Math.abs(a.density - real) ? b : a));

const corpus = syntheticCorpus(geo.places, MB * 1_000_000, share);
const typical = measure(corpus);
const d = density(corpus);
report({
  metric: 'extract_mb_per_s',
  value: typical.extract,
  unit: 'MB/s',
  target: '>= 10',
  note: `per CPU second; wall clock ${typical.wall.toFixed(1)} MB/s (${load()}); ${typical.mb.toFixed(1)} MB, ${corpus.length} articles, ${d.toFixed(2)} place mentions/KB (the five reports: ${real.toFixed(2)}); median of 7`,
});
report({
  metric: 'extract_vs_scan_ratio',
  value: typical.extract / typical.scan,
  unit: '×',
  target: '>= 0.25',
  note: `bare normalise + split: ${typical.scan.toFixed(1)} MB/s per CPU second, ${typical.scanWall.toFixed(1)} wall clock (medians; ${typical.spread})`,
});
const denseCorpus = syntheticCorpus(geo.places, MB * 1_000_000, Math.min(0.6, share * 2));
const dense = measure(denseCorpus);
report({
  metric: 'extract_mb_per_s_dense',
  value: dense.extract,
  unit: 'MB/s',
  note: `${density(denseCorpus).toFixed(2)} place mentions/KB; ratio to the bare pass ${(dense.extract / dense.scan).toFixed(2)}`,
});

// extract_long_sentence_ratio: time per character on one 1 MB "sentence" (the same corpus with every
// sentence end turned into a comma: a report pasted without full stops) ÷ time per character on the
// corpus as written. Overlong sentences are cut at clause boundaries, so reading stays linear.
{
  const text = corpus
    .map((a) => a.body)
    .join(' ')
    .replace(/[.؟?!؛;\n]+/g, '،')
    .slice(0, 1_000_000);
  const one: Article = { ...corpus[0]!, id: 'one-sentence', file: 'one-sentence.md', body: text };
  const normal = corpus.slice(0, Math.max(1, Math.round(corpus.length * (1_000_000 / (MB * 1_000_000)))));
  const perChar = (articles: readonly Article[]) => {
    const chars = articles.reduce((n, a) => n + a.body.length, 0);
    extractAll(articles, geo.gazetteer, lexicon);
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      settle();
      const c0 = process.cpuUsage();
      extractAll(articles, geo.gazetteer, lexicon);
      const c = process.cpuUsage(c0);
      times.push((c.user + c.system) / 1000 / chars);
    }
    return median(times);
  };
  const long = perChar([one]);
  const usual = perChar(normal);
  report({
    metric: 'extract_long_sentence_ratio',
    value: long / usual,
    unit: '×',
    target: '<= 3',
    note: `per CPU second: 1 MB without a sentence end ${(1 / (long * 1000)).toFixed(1)} MB/s (chars) vs ${(1 / (usual * 1000)).toFixed(1)} on the corpus as written; median of 5; ${load()}`,
  });
}
