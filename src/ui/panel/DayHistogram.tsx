import { memo, useMemo } from 'react';
import type { IsoDate } from '../../types.ts';
import { formatDateEn } from '../../look/dates.ts';

interface BarProps {
  i: number;
  count: number;
  title: string;
  left: string;
  height: string | undefined;
  now: boolean;
  onPick: (i: number) => void;
}

/** One day's bar; a step of the slider re-renders only the two bars whose `now` changed. */
const Bar = memo(function Bar({ i, count, title, left, height, now, onPick }: BarProps) {
  return (
    <span
      className={`histogram__bar${now ? ' histogram__bar--now' : ''}${count === 0 ? ' histogram__bar--none' : ''}`}
      data-count={count}
      title={title}
      style={{ left, height }}
      onClick={() => onPick(i)}
    />
  );
});

/** Bars of reports per day, aligned with the slider's positions; a click picks the day. */
export function DayHistogram({
  reports,
  index,
  onPick,
  dates,
}: {
  reports: readonly number[];
  index: number;
  onPick: (i: number) => void;
  dates: readonly IsoDate[];
}) {
  // Everything but the shown day, computed once per data set rather than on every step.
  const bars = useMemo(() => {
    const max = Math.max(1, ...reports);
    const n = Math.max(1, reports.length - 1);
    return reports.map((count, i) => ({
      count,
      title: count === 0 ? `${formatDateEn(dates[i]!)}: no report speaks of this day` : `${formatDateEn(dates[i]!)}: ${count} report${count === 1 ? '' : 's'}`,
      left: `${(i / n) * 100}%`,
      height: count === 0 ? undefined : `${Math.max(8, (count / max) * 100)}%`,
    }));
  }, [reports, dates]);
  return (
    <div className="histogram" data-testid="histogram" aria-hidden="true">
      {bars.map((bar, i) => (
        <Bar key={i} i={i} {...bar} now={i === index} onPick={onPick} />
      ))}
    </div>
  );
}
