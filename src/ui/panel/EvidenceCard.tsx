import type { AppArticle, AppEvent } from '../lib/appData.ts';
import { formatDateEn } from '../../look/dates.ts';
import type { ReactNode } from 'react';
import { articleHref, attributionText, quoteParts, reportName } from '../lib/evidence.ts';
import { sideOf } from '../../look/palette.ts';

const KIND: Record<string, string> = { capture: 'taken by', hold: 'held by', contested: 'contested' };

/** One report: the Arabic sentence (right to left, the name marked), then who, when and how sure. */
export function EvidenceCard({ event, article, id, tools }: { event: AppEvent; article: AppArticle | undefined; id: string; tools?: ReactNode }) {
  const q = quoteParts(event);
  const href = articleHref(article);
  const dated =
    event.date_precision === 'range' && event.date_earliest !== event.date_latest
      ? `between ${formatDateEn(event.date_earliest)} and ${formatDateEn(event.date_latest)}`
      : formatDateEn(event.date);
  return (
    <article className="evidence" data-testid="evidence" data-event={id}>
      <blockquote className="evidence__quote" lang="ar" dir="rtl">
        {q.before}
        {q.name && <mark className="evidence__name">{q.name}</mark>}
        {q.after}
      </blockquote>
      <p className="evidence__claim">
        <span className="evidence__dot" style={{ background: sideOf(event.controller).color }} aria-hidden="true" />
        {event.kind === 'contested' ? 'Contested' : `${KIND[event.kind] ?? event.kind} ${sideOf(event.controller).en}`}
        {event.extent === 'most' ? ' (most of it)' : ''} · {attributionText(event)}
      </p>
      {event.review && (
        <p className="evidence__review" data-field="review">
          Reviewed by a reader: {event.review}
        </p>
      )}
      <dl className="evidence__meta">
        <div>
          <dt>Outlet</dt>
          <dd data-field="outlet">
            <bdi>{article?.source ?? event.article}</bdi>
          </dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd data-field="published">{article ? formatDateEn(article.published) : '—'}</dd>
        </div>
        <div>
          <dt>Event</dt>
          <dd data-field="event-date">{dated}</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd data-field="confidence">
            <meter min={0} max={1} value={event.confidence} aria-label="Confidence" /> {Math.round(event.confidence * 100)}%
          </dd>
        </div>
      </dl>
      <p className="evidence__source">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" data-field="link">
            <bdi dir="auto">{reportName(article, event)}</bdi>
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <span data-field="link">
            <bdi dir="auto">{reportName(article, event)}</bdi> (no web address given)
          </span>
        )}
      </p>
      {tools}
    </article>
  );
}
