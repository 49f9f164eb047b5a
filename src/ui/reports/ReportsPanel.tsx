import { useEffect, useMemo, useState } from 'react';
import { parseArticle } from '../../article/parse.ts';
import type { Article, PlaceEntry } from '../../types.ts';
import type { ArticleReading } from '../../review/reading.ts';
import { formatDateEn } from '../../look/dates.ts';
import type { Reports } from './useReports.ts';
import { AddReportForm } from './AddReportForm.tsx';
import { ReviewView } from './ReviewView.tsx';
import './reports.css';

export interface ReportsPanelProps {
  reports: Reports;
  places: PlaceEntry[];
  onShow(date: string, district: string): void;
  /** Tells the page a report is open for review (the panel widens). */
  onReviewing(open: boolean): void;
}

function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Your reports: add them, review how each was read, export and import the project. */
export function ReportsPanel({ reports: r, places, onShow, onReviewing }: ReportsPanelProps) {
  const [formOpen, setFormOpen] = useState(false);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [reading, setReading] = useState<ArticleReading | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  const articles = useMemo(() => {
    const out = new Map<string, Article & { added: boolean; exported: boolean }>();
    for (const f of r.builtIn) {
      try {
        const a = parseArticle(f.text, f.file);
        out.set(a.id, { ...a, added: false, exported: true });
      } catch {
        /* the pipeline refused it already */
      }
    }
    for (const x of r.reports) {
      try {
        const a = parseArticle(x.text, x.file);
        out.set(a.id, { ...a, added: true, exported: x.exported });
      } catch {
        /* named among the file problems */
      }
    }
    return out;
  }, [r.builtIn, r.reports]);

  const open = reviewing ? articles.get(reviewing) : undefined;
  const result = r.result;
  useEffect(() => {
    onReviewing(!!open);
  }, [open, onReviewing]);
  // Asked once a run has read the article (the worker holds the articles of its last run).
  const inRun = !!reviewing && !!result?.read.articles.some((a) => a.id === reviewing);
  const askReading = r.reading;
  useEffect(() => {
    if (!reviewing || !inRun) return;
    let live = true;
    askReading(reviewing).then((x) => live && x && setReading(x));
    return () => {
      live = false;
    };
  }, [reviewing, inRun, askReading]);

  if (!r.available) return null;
  const running = r.status.kind === 'running' ? r.status : null;
  const added = [...articles.values()].filter((a) => a.added);
  const corpus = [...articles.values()].filter((a) => !a.added);
  const name = (a: Article) => a.title ?? `${a.source}, ${formatDateEn(a.published)}`;

  return (
    <section className="reports" aria-labelledby="reports-heading" data-testid="reports">
      <div className="reports__head">
        <h2 className="panel__heading" id="reports-heading">
          Your reports
        </h2>
        <button type="button" aria-expanded={formOpen} onClick={() => setFormOpen(!formOpen)}>
          Add reports
        </button>
      </div>
      {r.storeError && (
        <p className="field-error" role="alert">
          {r.storeError}
        </p>
      )}
      {formOpen && (
        <AddReportForm
          onAdd={r.add}
          onFiles={r.addFiles}
          onAdded={(id) => {
            setFormOpen(false);
            setReading(null);
            setReviewing(id);
            setMessage('Report added; it is being read.');
          }}
          onClose={() => setFormOpen(false)}
        />
      )}
      <div className="reports__status" role="status" aria-live="polite">
        {running && (
          <span className="reports__progress">
            <label>
              Reading: {running.stage} {running.total > 0 ? `(${running.done} of ${running.total})` : ''}
              <progress max={Math.max(1, running.total)} value={running.done} />
            </label>
            <button type="button" onClick={r.cancel}>
              Cancel
            </button>
          </span>
        )}
        {r.status.kind === 'cancelled' && <span>Cancelled: the map shows the last reading.</span>}
        {r.status.kind === 'error' && <span className="field-error">{r.status.message}</span>}
        {!running && message && <span>{r.result ? `Map updated (${Math.round(r.result.ms)} ms).` : message}</span>}
      </div>
      {r.result && r.result.fileProblems.length + r.result.reviewProblems.length > 0 && (
        <ul className="reports__problems" aria-label="Problems">
          {r.result.fileProblems.map((p) => (
            <li key={p.file} className="field-error">
              {p.message}
            </li>
          ))}
          {r.result.reviewProblems.map((p) => (
            <li key={p.index} className="field-error">
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {added.length > 0 && (
        <ul className="reports__list" aria-label="Reports you added">
          {added.map((a) => (
            <li key={a.id} data-testid="added-report">
              <bdi dir="auto">{name(a)}</bdi> {!a.exported && <span className="reports__badge">added in the browser</span>}
              <span className="reports__buttons">
                <button type="button" onClick={() => setReviewing(a.id)} aria-label={`Review ${name(a)}`}>
                  Review
                </button>
                <button type="button" onClick={() => r.remove(a.id)} aria-label={`Remove ${name(a)}`}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {corpus.length > 0 && (
        <details className="reports__corpus">
          <summary>The map’s own reports ({corpus.length})</summary>
          <ul className="reports__list">
            {corpus.map((a) => (
              <li key={a.id}>
                <bdi dir="auto">{name(a)}</bdi>
                <button type="button" onClick={() => setReviewing(a.id)} aria-label={`Review ${name(a)}`}>
                  Review
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {open && inRun && result && (
        <ReviewView
          key={open.id}
          article={open}
          read={result.read.events.filter((e) => e.article === open.id)}
          reviewed={result.extraction.events.filter((e) => e.article === open.id)}
          reading={reading?.article === open.id ? reading : null}
          decisions={r.decisions}
          places={places}
          decide={r.decide}
          decideMany={r.decideMany}
          undo={r.undo}
          onShow={onShow}
          onClose={() => setReviewing(null)}
        />
      )}
      {open && !inRun && <p role="status">Reading the report…</p>}
      <div className="reports__project">
        <button type="button" onClick={async () => download(await r.exportZip(), 'aleppo-project.zip')}>
          Export project
        </button>
        <label className="reports__import">
          Import project
          <input
            type="file"
            accept=".zip,application/zip"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              try {
                const got = await r.importZip(new Uint8Array(await file.arrayBuffer()));
                setImportError(null);
                setMessage(`Imported ${got.added} report${got.added === 1 ? '' : 's'} and ${got.decisions} decision${got.decisions === 1 ? '' : 's'}.`);
              } catch (err) {
                setImportError(`${file.name}: ${(err as Error).message}`);
              }
            }}
          />
        </label>
        {importError && (
          <p className="field-error" role="alert">
            {importError}
          </p>
        )}
      </div>
    </section>
  );
}
