import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Article, ControlEvent, Controller, EventKind, PlaceEntry } from '../../types.ts';
import type { Decision } from '../../schema/reviews.ts';
import type { ArticleReading, MentionMark } from '../../review/reading.ts';
import { sideOf } from '../../look/palette.ts';
import { formatDateEn } from '../../look/dates.ts';
import { decisionKey } from './useReports.ts';

const SIDE_OPTIONS: Controller[] = ['government', 'opposition', 'kurdish', 'contested'];
const KIND_OPTIONS: EventKind[] = ['capture', 'hold', 'contested'];
const KIND_WORDS: Record<EventKind, string> = { capture: 'taken by', hold: 'held by', contested: 'contested' };

export interface ReviewViewProps {
  article: Article;
  /** The events as the extractor read them (before any decision). */
  read: ControlEvent[];
  /** The events as the map now has them (edited, added; rejected ones gone). */
  reviewed: ControlEvent[];
  reading: ArticleReading | null;
  decisions: Decision[];
  places: PlaceEntry[];
  decide(d: Decision): void;
  decideMany(ds: Decision[]): void;
  undo(key: string): void;
  onShow(date: string, district: string): void;
  onClose(): void;
}

const claim = (e: Pick<ControlEvent, 'kind' | 'controller'>) => (e.kind === 'contested' ? 'contested' : `${KIND_WORDS[e.kind]} ${sideOf(e.controller).en}`);
const when = (e: Pick<ControlEvent, 'date' | 'date_earliest' | 'date_latest'>) =>
  e.date_earliest !== e.date_latest ? `between ${formatDateEn(e.date_earliest)} and ${formatDateEn(e.date_latest)}` : formatDateEn(e.date);

/** The offset in the article body of a point in the rendered text (each run of text carries its start). */
function bodyOffset(node: Node | null, offset: number): number | null {
  const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const run = el?.closest('[data-at]');
  if (!run) return null;
  return Number(run.getAttribute('data-at')) + (node?.nodeType === Node.TEXT_NODE ? offset : 0);
}

/** One report as it was read: the text with its place names marked, the events with accept / reject / edit, and added ones. */
export function ReviewView(p: ReviewViewProps) {
  const { article, read, reviewed, reading } = p;
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number; quote: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const byId = useMemo(() => new Map(reviewed.map((e) => [e.id, e])), [reviewed]);
  const decisionOf = useMemo(() => new Map(p.decisions.map((d) => [decisionKey(d), d])), [p.decisions]);
  const added = reviewed.filter((e) => e.rule === 'review/added');
  const neighbourhoods = useMemo(() => p.places.filter((x) => x.kind === 'neighbourhood').sort((a, b) => a.name_en.localeCompare(b.name_en)), [p.places]);

  // The marks: the reading's (events and ignored mentions) and the words of added events.
  const marks = useMemo(() => {
    const all: MentionMark[] = [
      ...(reading?.marks ?? []),
      ...added.map((e) => ({ start: e.mention.start, end: e.mention.end, place: e.place, event: e.id, reason: null })),
    ];
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: MentionMark[] = [];
    for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
    return kept;
  }, [reading, added]);

  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !textRef.current?.contains(sel.anchorNode) || !textRef.current.contains(sel.focusNode)) return;
      const a = bodyOffset(sel.anchorNode, sel.anchorOffset);
      const b = bodyOffset(sel.focusNode, sel.focusOffset);
      if (a === null || b === null || a === b) return;
      const [start, end] = a < b ? [a, b] : [b, a];
      setSelection({ start, end, quote: article.body.slice(start, end) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [article.body]);

  const text: ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at)
      text.push(
        <span key={`t${at}`} data-at={at}>
          {article.body.slice(at, m.start)}
        </span>,
      );
    const e = m.event ? byId.get(m.event) : undefined;
    const rejected = m.event !== null && !e;
    const tip =
      m.event === null
        ? `${m.place.name_en}: not an event — ${m.reason}`
        : rejected
          ? `${m.place.name_en}: rejected`
          : `${m.place.name_en}: ${claim(e!)}, ${when(e!)}`;
    text.push(
      <mark
        key={`m${m.start}`}
        data-at={m.start}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a mention is focused from the keyboard to read why it is (or is not) an event
        tabIndex={0}
        title={tip}
        className={`mention ${m.event === null ? 'mention--ignored' : rejected ? 'mention--rejected' : ''}`}
        style={e ? { borderColor: sideOf(e.controller).color, background: `${sideOf(e.controller).color}33` } : undefined}
        data-tip={tip}
        data-event={m.event ?? undefined}
      >
        {article.body.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  if (at < article.body.length)
    text.push(
      <span key={`t${at}`} data-at={at}>
        {article.body.slice(at)}
      </span>,
    );

  const undecided = read.filter((e) => !decisionOf.has(`event:${e.id}`));
  const target = (e: ControlEvent) => ({ event: e.id, place: e.place.id, at: e.mention.start });

  return (
    <section className="review" aria-label={`Review: ${article.title ?? article.source}`} data-testid="review">
      <div className="review__head">
        <h3>
          <bdi dir="auto">{article.title ?? `${article.source}, ${formatDateEn(article.published)}`}</bdi>
        </h3>
        <button type="button" onClick={p.onClose} aria-label="Close the review">
          ×
        </button>
      </div>
      <p className="review__how">
        Place names are marked: events in their side’s colour, mentions that are not events in grey (hover or focus one for why). Select words to add an event
        the reading missed.
      </p>
      <div ref={textRef} className="review__text" dir="auto" lang={article.language} data-testid="review-text">
        {text}
      </div>
      <div className="review__tools">
        <button
          type="button"
          onClick={() => setAdding(true)}
          data-testid="add-from-selection"
          title="Select the words in the text first, or type them in the form"
        >
          {selection ? 'Add an event from the selected words' : 'Add an event the reading missed'}
        </button>
        <button type="button" disabled={undecided.length === 0} onClick={() => p.decideMany(undecided.map((e) => ({ decision: 'accept', ...target(e) })))}>
          Accept all
        </button>
      </div>
      {adding && (
        <EventEditor
          title={
            selection ? (
              <>
                New event from «<bdi dir="auto">{selection.quote}</bdi>»
              </>
            ) : (
              <>New event: type or paste the words that say it</>
            )
          }
          initial={{
            district: guessPlace(selection?.quote ?? '', neighbourhoods),
            side: 'government',
            kind: 'capture',
            from: article.published,
            to: article.published,
          }}
          quote={selection?.quote ?? ''}
          neighbourhoods={neighbourhoods}
          onSave={(v) => {
            const quote = v.quote?.trim() || selection?.quote || '';
            const start = selection && quote === selection.quote ? selection.start : undefined;
            p.decide({
              decision: 'add',
              article: article.id,
              quote,
              ...(start !== undefined ? { start } : {}),
              district: v.district,
              side: v.side,
              kind: v.kind,
              ...dateFields(v),
            });
            setAdding(false);
            setSelection(null);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <ol className="review__events" aria-label="Events read in this report">
        {read.map((e) => {
          const d = decisionOf.get(`event:${e.id}`);
          const now = byId.get(e.id);
          return (
            <li key={e.id} className="review__event" data-testid="review-event" data-event={e.id} data-decision={d?.decision ?? 'none'}>
              <span className="review__dot" style={{ background: sideOf((now ?? e).controller).color }} aria-hidden="true" />
              <span>
                <strong>{(now ?? e).place.name_en}</strong> {claim(now ?? e)}, {when(now ?? e)}
                <span className="review__rule">
                  {' '}
                  · {e.rule}
                  {e.attribution ? ` · according to ${e.attribution}` : ''}
                </span>
                {d && (
                  <span className="review__status">
                    {' '}
                    — {d.decision === 'accept' ? 'accepted' : d.decision === 'reject' ? 'rejected' : (now?.review ?? 'edited')}
                  </span>
                )}
              </span>
              <span className="review__buttons">
                <button
                  type="button"
                  aria-pressed={d?.decision === 'accept'}
                  onClick={() => p.decide({ decision: 'accept', ...target(e) })}
                  aria-label={`Accept: ${e.place.name_en}`}
                >
                  Accept
                </button>
                <button
                  type="button"
                  aria-pressed={d?.decision === 'reject'}
                  onClick={() => p.decide({ decision: 'reject', ...target(e) })}
                  aria-label={`Reject: ${e.place.name_en}`}
                >
                  Reject
                </button>
                <button
                  type="button"
                  aria-expanded={editing === e.id}
                  onClick={() => setEditing(editing === e.id ? null : e.id)}
                  aria-label={`Edit: ${e.place.name_en}`}
                >
                  Edit
                </button>
                {now && (
                  <button type="button" onClick={() => p.onShow(now.date, now.place.id)} aria-label={`Show on the map: ${now.place.name_en}, ${when(now)}`}>
                    Map
                  </button>
                )}
                {d && (
                  <button type="button" onClick={() => p.undo(`event:${e.id}`)} aria-label={`Undo the decision on ${e.place.name_en}`}>
                    Undo
                  </button>
                )}
              </span>
              {editing === e.id && (
                <EventEditor
                  title={<>Edit {e.place.name_en}</>}
                  initial={{
                    district: (now ?? e).place.id,
                    side: (now ?? e).controller,
                    kind: (now ?? e).kind,
                    from: (now ?? e).date_earliest,
                    to: (now ?? e).date_latest,
                  }}
                  neighbourhoods={neighbourhoods}
                  onSave={(v) => {
                    const edit: Decision = { decision: 'edit', ...target(e) };
                    if (v.district !== e.place.id) edit.district = v.district;
                    if (v.side !== e.controller) edit.side = v.side;
                    if (v.kind !== e.kind) edit.kind = v.kind;
                    if (v.from !== e.date_earliest || v.to !== e.date_latest) Object.assign(edit, dateFields(v));
                    if (edit.district || edit.side || edit.kind || edit.day || edit.window) p.decide(edit);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          );
        })}
        {added.map((e) => {
          const d = p.decisions.find(
            (x) => x.decision === 'add' && x.article === article.id && x.district === e.place.id && (x.start === e.mention.start || x.quote === e.mention.text),
          );
          return (
            <li key={e.id} className="review__event" data-testid="review-event" data-event={e.id} data-decision="add">
              <span className="review__dot" style={{ background: sideOf(e.controller).color }} aria-hidden="true" />
              <span>
                <strong>{e.place.name_en}</strong> {claim(e)}, {when(e)} <span className="review__status">— added by review</span>
              </span>
              <span className="review__buttons">
                <button type="button" onClick={() => p.onShow(e.date, e.place.id)} aria-label={`Show on the map: ${e.place.name_en}, ${when(e)}`}>
                  Map
                </button>
                {d && (
                  <button type="button" onClick={() => p.undo(decisionKey(d))} aria-label={`Remove the added event on ${e.place.name_en}`}>
                    Remove
                  </button>
                )}
              </span>
            </li>
          );
        })}
        {read.length === 0 && added.length === 0 && <li>No event was read in this report.</li>}
      </ol>
      {reading && (
        <details className="review__reading">
          <summary>How each sentence was read</summary>
          <ol>
            {reading.sentences.map((s) => (
              <li key={s.start}>
                <q dir="auto" lang={article.language}>
                  {article.body.slice(s.start, s.end)}
                </q>
                <ul>
                  {s.lines.map((l) => (
                    <li key={l} dir="auto">
                      {l.trim()}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

interface EditorValue {
  /** The words an added event rests on (adding only). */
  quote?: string;
  district: string;
  side: Controller;
  kind: EventKind;
  from: string;
  to: string;
}

const dateFields = (v: EditorValue) => (v.from === v.to ? { day: v.from } : { window: { from: v.from, to: v.to } });

/** A place whose name the words hold, else the first district. */
function guessPlace(quote: string, places: readonly PlaceEntry[]): string {
  const q = quote.toLowerCase();
  const hit = places.find((x) => q.includes(x.name_ar) || q.includes(x.name_en.toLowerCase().replace(/^al-/, '')));
  return hit?.id ?? places[0]?.id ?? '';
}

function EventEditor({
  title,
  initial,
  quote,
  neighbourhoods,
  onSave,
  onCancel,
}: {
  title: ReactNode;
  initial: EditorValue;
  quote?: string;
  neighbourhoods: PlaceEntry[];
  onSave(v: EditorValue): void;
  onCancel(): void;
}) {
  const [v, setV] = useState({ ...initial, quote });
  const [windowed, setWindowed] = useState(initial.from !== initial.to);
  const set = (patch: Partial<EditorValue>) => setV((old) => ({ ...old, ...patch }));
  return (
    <form
      className="event-editor"
      aria-label="Event"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(windowed ? v : { ...v, to: v.from });
      }}
    >
      <p className="event-editor__title">{title}</p>
      {quote !== undefined && (
        <label className="event-editor__quote">
          Words <input type="text" dir="auto" value={v.quote ?? ''} onChange={(e) => set({ quote: e.target.value })} required />
        </label>
      )}
      <label>
        District{' '}
        <select value={v.district} onChange={(e) => set({ district: e.target.value })}>
          {neighbourhoods.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name_en}
            </option>
          ))}
        </select>
      </label>
      <label>
        Side{' '}
        <select value={v.side} onChange={(e) => set({ side: e.target.value as Controller })}>
          {SIDE_OPTIONS.map((s) => (
            <option key={s} value={s}>
              {sideOf(s).en}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind{' '}
        <select value={v.kind} onChange={(e) => set({ kind: e.target.value as EventKind })}>
          {KIND_OPTIONS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={windowed} onChange={(e) => setWindowed(e.target.checked)} /> A window of days
      </label>
      <label>
        {windowed ? 'From' : 'Day'}{' '}
        <input type="date" value={v.from} min="2016-11-15" max="2016-12-22" onChange={(e) => set({ from: e.target.value })} required />
      </label>
      {windowed && (
        <label>
          To <input type="date" value={v.to} min="2016-11-15" max="2016-12-22" onChange={(e) => set({ to: e.target.value })} required />
        </label>
      )}
      <span className="event-editor__actions">
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </span>
    </form>
  );
}
