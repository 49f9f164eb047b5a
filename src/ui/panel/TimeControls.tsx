import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { IsoDate } from '../../types.ts';
import { formatDateAr, formatDateEn } from '../../look/dates.ts';
import { SPEEDS, type Speed } from '../hooks/usePlayback.ts';
import { DayHistogram, dayLeft } from './DayHistogram.tsx';
import type { DayBasis } from '../../look/words.ts';

export interface TimeControlsProps {
  dates: readonly IsoDate[];
  index: number;
  onChange: (index: number) => void;
  /** Reports per day, for the histogram over the slider. */
  reports: readonly number[];
  playing: boolean;
  onTogglePlay: () => void;
  speed: Speed;
  onSpeed: (speed: Speed) => void;
  /** What the shown day rests on. */
  basis?: DayBasis | null;
}

const short = (date: IsoDate) => formatDateEn(date).replace(/ \d{4}$/, '');

/** A day's tick under the slider (the shown day's is one mark moved over them). */
function Tick({ left, major }: { left: number; major: boolean }) {
  return <span className={`timebar__tick${major ? ' timebar__tick--major' : ''}`} style={{ left: `${left}%` }} />;
}

/** The date in two languages, play/pause with speed, and the day slider with a tick and a bar per day. */
export function TimeControls({ dates, index, onChange, reports, playing, onTogglePlay, speed, onSpeed, basis }: TimeControlsProps) {
  const id = useId();
  const date = dates[index]!;
  // The slider is uncontrolled: a drag has already moved it, and React writing its value (and the
  // value attribute) back on every step costs the step a style recalculation. A day chosen some
  // other way (keys, playback, a link) is written here.
  const slider = useRef<HTMLInputElement>(null);
  const [firstIndex] = useState(index);
  // The ticks do not change with the day: the same elements, so React skips them on a step.
  const ticks = useMemo(() => dates.map((d, i) => <Tick key={d} left={dayLeft(i, dates.length)} major={d.endsWith('-01') || i === 0} />), [dates]);
  // One element for every day, so React leaves the input alone on a step (React 19 rewrites an
  // input's name and type attributes whenever it renders one); the day's text is set here.
  const input = useMemo(
    () => (
      <input
        id={id}
        ref={slider}
        data-testid="date-slider"
        className="timebar__slider"
        type="range"
        min={0}
        max={dates.length - 1}
        step={1}
        defaultValue={firstIndex}
        aria-keyshortcuts="ArrowLeft ArrowRight Home End Space"
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
    ),
    [id, dates.length, firstIndex, onChange],
  );
  const valueText = formatDateEn(date);
  useLayoutEffect(
    function showIndex() {
      const s = slider.current;
      if (!s) return;
      if (s.value !== String(index)) s.value = String(index);
      s.setAttribute('aria-valuetext', valueText);
    },
    [index, valueText],
  );

  return (
    <section className="timebar" aria-label="Date">
      <div className="timebar__head">
        <button
          type="button"
          className="timebar__play"
          data-testid="play"
          aria-pressed={playing}
          aria-label={playing ? 'Pause' : 'Play the days'}
          title={playing ? 'Pause (space)' : 'Play (space)'}
          onClick={onTogglePlay}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <div className="timebar__date" data-testid="selected-date" data-date={date} aria-live="polite">
          <span className="timebar__en">{valueText}</span>
          <span className="timebar__ar" lang="ar" dir="rtl">
            {formatDateAr(date)}
          </span>
          {basis && (
            <span className={`timebar__basis${basis.reported ? '' : ' timebar__basis--none'}`} data-testid="day-basis-short" data-reported={basis.reported}>
              {basis.short}
            </span>
          )}
        </div>
        <label className="timebar__speed">
          <span>Speed</span>
          <select data-testid="speed" aria-label="Playback speed" value={speed} onChange={(e) => onSpeed(Number(e.currentTarget.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s} day{s === 1 ? '' : 's'}/s
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="timebar__track">
        <DayHistogram reports={reports} index={index} onPick={onChange} dates={dates} />
        <label htmlFor={id} className="visually-hidden">
          Date
        </label>
        {input}
        <div className="timebar__ticks" aria-hidden="true">
          {ticks}
          <span className="timebar__now" style={{ left: `${dayLeft(index, dates.length)}%` }} />
        </div>
        <div className="timebar__ends" aria-hidden="true">
          <span>{short(dates[0]!)}</span>
          <span>
            day {index + 1} of {dates.length}
          </span>
          <span>{short(dates[dates.length - 1]!)}</span>
        </div>
      </div>
    </section>
  );
}
