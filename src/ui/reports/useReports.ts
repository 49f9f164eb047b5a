// The reader's own reports and decisions: kept in IndexedDB, run through the pipeline in a worker
// whenever they change, and the map's data replaced by what it gives. Cancel ends the worker; the
// map keeps its last result.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapData } from '../lib/loadData.ts';
import { fetchOptional } from '../lib/fetchJson.ts';
import { checkSources, type CorpusSources, type SourceFile } from '../../sources.ts';
import type { Decision } from '../../schema/reviews.ts';
import type { ArticleReading } from '../../review/reading.ts';
import { loadKept, saveDecisions, saveReports, type AddedReport } from './store.ts';
import type { FromWorker, RunResult, ToWorker } from './protocol.ts';
import type { ReadyReport } from './validate.ts';

// The ZIP, YAML and article readers load only when used: the map's first paint does not wait for them.
const projectLib = () => import('./project.ts');
const validateLib = () => import('./validate.ts');

export type RunStatus =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; stage: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** The key a decision on an existing event is known by; an added event's, by its article and words. */
export const decisionKey = (d: Decision) => (d.decision === 'add' ? `add:${d.article}:${d.start ?? ''}:${d.quote ?? ''}` : `event:${d.event}`);

export interface Reports {
  /** False when the data has no sources.json (the map was built by an older pipeline). */
  available: boolean;
  /** True once IndexedDB has been read. */
  ready: boolean;
  reports: AddedReport[];
  decisions: Decision[];
  builtIn: SourceFile[];
  result: RunResult | null;
  status: RunStatus;
  /** A problem keeping the reports in the browser (IndexedDB), if any. */
  storeError: string | null;
  /** The map's data with the reader's reports and decisions. */
  data: MapData;
  add(report: ReadyReport): 'added' | 'duplicate';
  remove(id: string): void;
  decide(d: Decision): void;
  undo(key: string): void;
  decideMany(ds: Decision[]): void;
  cancel(): void;
  reading(article: string): Promise<ArticleReading | null>;
  exportZip(): Promise<Uint8Array>;
  importZip(bytes: Uint8Array): Promise<{ added: number; decisions: number }>;
  addFiles(files: { name: string; bytes: Uint8Array }[]): Promise<{ added: number; errors: string[]; text: string | null }>;
}

declare global {
  interface Window {
    /** timeline.json as the browser's pipeline last wrote it (`?debug`: the browser test compares it with the command line's). */
    __reportsTimeline?: string;
  }
}

export function useReports(base: string, loaded: MapData, expose = false): Reports {
  const [sources, setSources] = useState<CorpusSources | null | undefined>(undefined);
  const [reports, setReports] = useState<AddedReport[]>([]);
  const [stored, setStored] = useState<Decision[] | null>(null);
  const [ready, setReady] = useState(false);
  const [result, setResult] = useState<RunResult | null>(null);
  const [status, setStatus] = useState<RunStatus>({ kind: 'idle' });
  const [storeError, setStoreError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const waiting = useRef(new Map<number, (r: ArticleReading | null) => void>());

  useEffect(() => {
    const controller = new AbortController();
    fetchOptional(new URL('data/sources.json', base), controller.signal, (v) => checkSources(v)).then(setSources, () => setSources(null));
    loadKept().then(
      (k) => {
        setReports(k.reports);
        setStored(k.decisions);
        setReady(true);
      },
      (e: Error) => {
        setStoreError(`Your reports cannot be kept in this browser (${e.message}); they last until the page closes.`);
        setReady(true);
      },
    );
    return () => controller.abort();
  }, [base]);

  // The corpus's own decisions (articles/reviews.yaml, read in the worker) until the reader makes any.
  const decisions = useMemo(() => stored ?? result?.decisions ?? [], [stored, result]);

  const keep = useCallback((what: Promise<unknown>) => {
    what.then(
      () => setStoreError(null),
      (e: Error) => setStoreError(`Could not keep this in the browser (${e.message}); it stays until the page closes — export the project to keep it.`),
    );
  }, []);

  const onMessage = useCallback(
    (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'reading') {
        waiting.current.get(m.id)?.(m.reading);
        waiting.current.delete(m.id);
        return;
      }
      if (m.id !== runId.current) return;
      if (m.type === 'progress') setStatus({ kind: 'running', done: m.done, total: m.total, stage: m.stage });
      else if (m.type === 'result') {
        if (expose) window.__reportsTimeline = m.result.timelineText;
        setResult(m.result);
        setStatus({ kind: 'idle' });
      } else setStatus({ kind: 'error', message: m.message });
    },
    [expose],
  );

  const ensureWorker = useCallback((): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = onMessage;
    w.onerror = (e) => setStatus({ kind: 'error', message: `The pipeline stopped: ${e.message}` });
    w.postMessage({ type: 'init', sources: sources!, districts: JSON.stringify(loaded.districts) } satisfies ToWorker);
    worker.current = w;
    return w;
  }, [onMessage, sources, loaded.districts]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  // Run whenever the reports or decisions change (a short pause first: Accept all is one run).
  const needsRun = ready && !!sources && (reports.length > 0 || stored !== null || !!sources.reviews);
  useEffect(() => {
    if (!needsRun) {
      setResult(null);
      return;
    }
    const id = ++runId.current;
    const timer = setTimeout(() => {
      setStatus({ kind: 'running', done: 0, total: reports.length, stage: 'starting' });
      ensureWorker().postMessage({ type: 'run', id, added: reports.map((r) => ({ file: r.file, text: r.text })), decisions: stored } satisfies ToWorker);
    }, 60);
    return () => clearTimeout(timer);
  }, [needsRun, reports, stored, ensureWorker]);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    runId.current++;
    for (const resolve of waiting.current.values()) resolve(null);
    waiting.current.clear();
    setStatus({ kind: 'cancelled' });
  }, []);

  const setDecisions = useCallback(
    (next: Decision[]) => {
      setStored(next);
      keep(saveDecisions(next));
    },
    [keep],
  );

  const add = useCallback(
    (r: ReadyReport): 'added' | 'duplicate' => {
      if (reports.some((x) => x.id === r.article.id) || sources?.articles.some((f) => f.file === r.file)) return 'duplicate';
      const next = [...reports, { id: r.article.id, file: r.file, text: r.text, added: new Date().toISOString(), exported: false }];
      setReports(next);
      keep(saveReports(next));
      return 'added';
    },
    [reports, sources, keep],
  );

  const remove = useCallback(
    (id: string) => {
      const next = reports.filter((r) => r.id !== id);
      setReports(next);
      keep(saveReports(next));
      const kept = decisions.filter((d) => (d.decision === 'add' ? d.article !== id : !d.event.startsWith(`${id}-`)));
      if (kept.length !== decisions.length) setDecisions(kept);
    },
    [reports, decisions, keep, setDecisions],
  );

  const decideMany = useCallback(
    (ds: Decision[]) => {
      const keys = new Set(ds.map(decisionKey));
      setDecisions([...decisions.filter((d) => !keys.has(decisionKey(d))), ...ds]);
    },
    [decisions, setDecisions],
  );
  const decide = useCallback((d: Decision) => decideMany([d]), [decideMany]);
  const undo = useCallback((key: string) => setDecisions(decisions.filter((d) => decisionKey(d) !== key)), [decisions, setDecisions]);

  const reading = useCallback(
    (article: string) =>
      new Promise<ArticleReading | null>((resolve) => {
        if (!sources) return resolve(null);
        const id = -(waiting.current.size + 1) - Math.floor(Math.random() * 1e9);
        waiting.current.set(id, resolve);
        ensureWorker().postMessage({ type: 'reading', id, article } satisfies ToWorker);
      }),
    [sources, ensureWorker],
  );

  const builtIn = useMemo(() => sources?.articles ?? [], [sources]);

  const exportZip = useCallback(async () => {
    const { projectZip } = await projectLib();
    const bytes = projectZip([...builtIn, ...reports.map((r) => ({ file: r.file, text: r.text }))], decisions);
    const next = reports.map((r) => ({ ...r, exported: true }));
    setReports(next);
    keep(saveReports(next));
    return bytes;
  }, [builtIn, reports, decisions, keep]);

  const importZip = useCallback(
    async (bytes: Uint8Array) => {
      const [{ readProjectZip }, { readDropped }] = await Promise.all([projectLib(), validateLib()]);
      const project = readProjectZip(bytes);
      const known = new Set([...builtIn.map((f) => f.file), ...reports.map((r) => r.file)]);
      const fresh: AddedReport[] = [];
      for (const f of project.articles) {
        if (known.has(f.file)) continue;
        const read = readDropped(f.file.split('/').pop()!, new TextEncoder().encode(f.text));
        if (!('report' in read)) throw new Error('error' in read ? read.error : `${f.file}: has no front matter`);
        fresh.push({ id: read.report.article.id, file: read.report.file, text: read.report.text, added: new Date().toISOString(), exported: true });
      }
      const next = [...reports, ...fresh];
      setReports(next);
      keep(saveReports(next));
      setDecisions(project.decisions);
      return { added: fresh.length, decisions: project.decisions.length };
    },
    [builtIn, reports, keep, setDecisions],
  );

  const addFiles = useCallback(
    async (files: { name: string; bytes: Uint8Array }[]) => {
      const { readDropped } = await validateLib();
      const errors: string[] = [];
      let text: string | null = null;
      const fresh: AddedReport[] = [];
      const known = new Set([...builtIn.map((f) => f.file), ...reports.map((r) => r.file)]);
      for (const f of files) {
        const read = readDropped(f.name, f.bytes);
        if ('error' in read) errors.push(read.error);
        else if ('text' in read) {
          if (files.length === 1) text = read.text;
          else errors.push(`${f.name}: no front matter (published, source); drop it alone to fill the form from it.`);
        } else if (known.has(read.report.file)) errors.push(`${f.name}: already added.`);
        else {
          known.add(read.report.file);
          fresh.push({ id: read.report.article.id, file: read.report.file, text: read.report.text, added: new Date().toISOString(), exported: false });
        }
      }
      if (fresh.length > 0) {
        const next = [...reports, ...fresh];
        setReports(next);
        keep(saveReports(next));
      }
      return { added: fresh.length, errors, text };
    },
    [builtIn, reports, keep],
  );

  const data = useMemo<MapData>(
    () =>
      result
        ? {
            ...loaded,
            timeline: result.timeline,
            events: result.extraction,
            places: result.places,
            states: { now: result.now, then: result.then },
            frontlines: { now: result.fronts.now, then: result.fronts.then },
          }
        : loaded,
    [loaded, result],
  );

  return {
    available: !!sources,
    ready,
    reports,
    decisions,
    builtIn,
    result,
    status,
    storeError,
    data,
    add,
    remove,
    decide,
    undo,
    decideMany,
    cancel,
    reading,
    exportZip,
    importZip,
    addFiles,
  };
}
