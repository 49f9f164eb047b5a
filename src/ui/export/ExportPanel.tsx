import { useState, type FormEvent } from 'react';
import { FIRST_TILE_MS } from './browserTiles.ts';
import { TEXT_LIMITS, type PublicationTexts } from '../../export/build-scene.ts';
import type { IsoDate, TimelineMode } from '../../types.ts';
import type { MapData } from '../lib/loadData.ts';
import { currentView } from './mapRegistry.ts';
import { ANIMATED, type ExportKind } from './runExport.ts';
import { resolveSize, SIZE_CHOICES, type CustomSize } from './sizeChoices.ts';
import { useExporter, type ExportState } from './useExporter.ts';
import { webmType } from './encode.ts';
import type { LabelLang } from '../../export/build-scene.ts';
import './export.css';

const KINDS: { kind: ExportKind; label: string }[] = [
  { kind: 'png', label: 'PNG image' },
  { kind: 'svg', label: 'SVG (vector)' },
  { kind: 'gif', label: 'Animated GIF' },
  { kind: 'webm', label: 'WebM video' },
  { kind: 'zip', label: 'ZIP of PNG frames' },
];

export interface ExportPanelProps {
  data: MapData;
  /** The day on the map. */
  date: IsoDate;
  tileUrl: string | null;
  /** The map's timeline mode: the export draws what the map draws. */
  mode?: TimelineMode;
}

function Status({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  if (state.status === 'running') {
    return (
      <div className="export__progress">
        <progress data-testid="export-progress" value={state.done} max={Math.max(1, state.total)} />
        <button type="button" data-testid="export-cancel" onClick={onCancel}>
          Cancel
        </button>
        <p role="status" data-testid="export-status" data-state="running">
          {state.label}
        </p>
      </div>
    );
  }
  const text =
    state.status === 'done'
      ? `Saved ${state.result.filename} (${Math.round(state.result.blob.size / 1024)} KB) in ${Math.round(state.result.ms)} ms` +
        (state.result.tiles.gaveUp
          ? ` · without the basemap: no tile loaded within ${FIRST_TILE_MS / 1000} s`
          : state.result.tiles.wanted > 0
            ? ` · basemap ${state.result.tiles.loaded}/${state.result.tiles.wanted} tiles`
            : '')
      : state.status === 'cancelled'
        ? 'Export cancelled.'
        : state.status === 'error'
          ? `Export failed: ${state.message}`
          : '';
  return (
    <p
      role="status"
      className={`export__status export__status--${state.status}`}
      data-testid="export-status"
      data-state={state.status}
      data-ms={state.status === 'done' ? Math.round(state.result.ms) : undefined}
    >
      {text}
    </p>
  );
}

/** The Export action: a still of the shown day (PNG, SVG) or an animation of a range of days. */
export function ExportPanel({ data, date, tileUrl, mode = 'now' }: ExportPanelProps) {
  const dates = data.timeline.days.map((d) => d.date);
  const { state, start, cancel } = useExporter(data, document.baseURI, mode);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ExportKind>('png');
  const [sizeId, setSizeId] = useState('view-2');
  const [custom, setCustom] = useState<CustomSize>({ width: '1600', height: '1000', scale: '1' });
  const [from, setFrom] = useState(dates[0]!);
  const [to, setTo] = useState(dates.at(-1)!);
  const [seconds, setSeconds] = useState('0.7');
  const [labels, setLabels] = useState<LabelLang>('en');
  const [problem, setProblem] = useState<string | null>(null);
  const [texts, setTexts] = useState<Required<PublicationTexts>>({ title: '', caption: '', credit: '' });
  const animated = ANIMATED.includes(kind);

  function submit(e: FormEvent) {
    e.preventDefault();
    const view = currentView();
    const size = resolveSize(sizeId, view, custom);
    const frameMs = Math.round(Number(seconds) * 1000);
    const days = animated ? dates.filter((d) => d >= from && d <= to) : [date];
    const why =
      typeof size === 'string'
        ? size
        : animated && days.length === 0
          ? `"From" (${from}) is after "To" (${to})`
          : animated && !(frameMs >= 20 && frameMs <= 60_000)
            ? 'Seconds per day must be between 0.02 and 60'
            : kind === 'webm' && !webmType()
              ? 'This browser cannot record WebM video; choose GIF'
              : null;
    setProblem(why);
    if (why || typeof size === 'string') return;
    void start({ kind, dates: days, size, bounds: view?.bounds ?? null, tileUrl, frameMs, labels, publication: texts });
  }

  const running = state.status === 'running';
  return (
    <section className="export" aria-label="Export">
      <button type="button" className="export__open" data-testid="export-open" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export image…
      </button>
      {open && (
        <form className="export__form" data-testid="export-form" onSubmit={submit}>
          <label>
            Format
            <select name="format" value={kind} onChange={(e) => setKind(e.target.value as ExportKind)} disabled={running}>
              {KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Size
            <select name="size" value={sizeId} onChange={(e) => setSizeId(e.target.value)} disabled={running}>
              {SIZE_CHOICES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            District names
            <select name="labels" value={labels} onChange={(e) => setLabels(e.target.value as LabelLang)} disabled={running}>
              <option value="en">English</option>
              <option value="ar">Arabic</option>
              <option value="none">None</option>
            </select>
          </label>
          <fieldset className="export__texts">
            <legend>For publication (optional)</legend>
            {(['title', 'caption', 'credit'] as const).map((k) => (
              <label key={k}>
                {k === 'title' ? 'Title' : k === 'caption' ? 'Caption' : 'Credit line'}
                {k === 'caption' ? (
                  <textarea
                    name={k}
                    rows={2}
                    maxLength={TEXT_LIMITS[k]}
                    value={texts[k]}
                    onChange={(e) => setTexts({ ...texts, [k]: e.target.value })}
                    disabled={running}
                  />
                ) : (
                  <input
                    name={k}
                    maxLength={TEXT_LIMITS[k]}
                    value={texts[k]}
                    placeholder={k === 'title' ? 'The battle for East Aleppo' : 'e.g. Map: your name / newsroom'}
                    onChange={(e) => setTexts({ ...texts, [k]: e.target.value })}
                    disabled={running}
                  />
                )}
              </label>
            ))}
          </fieldset>
          {sizeId === 'custom' && (
            <div className="export__row">
              {(['width', 'height', 'scale'] as const).map((k) => (
                <label key={k}>
                  {k === 'scale' ? 'Scale' : k === 'width' ? 'Width (px)' : 'Height (px)'}
                  <input name={k} inputMode="decimal" value={custom[k]} onChange={(e) => setCustom({ ...custom, [k]: e.target.value })} disabled={running} />
                </label>
              ))}
            </div>
          )}
          {animated ? (
            <div className="export__row">
              <label>
                From
                <select name="from" value={from} onChange={(e) => setFrom(e.target.value)} disabled={running}>
                  {dates.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                To
                <select name="to" value={to} onChange={(e) => setTo(e.target.value)} disabled={running}>
                  {dates.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Seconds per day
                <input name="seconds" inputMode="decimal" value={seconds} onChange={(e) => setSeconds(e.target.value)} disabled={running} />
              </label>
            </div>
          ) : (
            <p className="export__note">The map as shown on {date}, with title, date, legend, scale bar, sources and attribution.</p>
          )}
          <button type="submit" data-testid="export-go" disabled={running}>
            Export {KINDS.find((k) => k.kind === kind)!.label}
          </button>
          {problem && (
            <p className="export__status export__status--error" role="alert" data-testid="export-problem">
              {problem}
            </p>
          )}
          <Status state={state} onCancel={cancel} />
        </form>
      )}
    </section>
  );
}
