import { useId } from 'react';
import type { IsoDate } from '../../types.ts';
import { formatDateAr, formatDateEn } from '../lib/dates.ts';

export interface DateSliderProps {
  dates: readonly IsoDate[];
  index: number;
  onChange: (index: number) => void;
}

/** A native range input over the period: ←/→ move a day when it has focus. */
export function DateSlider({ dates, index, onChange }: DateSliderProps) {
  const id = useId();
  const date = dates[index]!;
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;

  return (
    <section className="date-slider" aria-labelledby={`${id}-label`}>
      <div className="date-slider__date" data-testid="selected-date" data-date={date} aria-live="polite">
        <span className="date-slider__en">{formatDateEn(date)}</span>
        <span className="date-slider__ar" lang="ar" dir="rtl">
          {formatDateAr(date)}
        </span>
      </div>
      <div className="date-slider__label">
        <label id={`${id}-label`} htmlFor={id}>
          Date
        </label>
        <span aria-hidden="true">
          day {index + 1} of {dates.length}
        </span>
      </div>
      <input
        id={id}
        data-testid="date-slider"
        type="range"
        min={0}
        max={dates.length - 1}
        step={1}
        value={index}
        aria-valuetext={formatDateEn(date)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
      <div className="date-slider__ends" aria-hidden="true">
        <span>{formatDateEn(first)}</span>
        <span>{formatDateEn(last)}</span>
      </div>
    </section>
  );
}
