import { useMemo } from 'react';
import type { IsoDate } from '../../types.ts';
import { formatDateEn } from '../../look/dates.ts';

interface BarProps {
  i: number;
  count: number;
  title: string;
  left: string;
  height: string | undefined;
  onPick: (i: number) => void;
}

/** Where day `i` of `days` lies along the slider, in per cent: the bars, the ticks and their marks share it. */
export const dayLeft = (i: number, days: number) => (i / Math.max(1, days - 1)) * 100;

function Bar({ i, count, title, left, height, onPick }: BarProps) {
  return (
    <span
      className={`histogram__bar${count === 0 ? ' histogram__bar--none' : ''}`}
      data-count={count}
      title={title}
      style={{ left, height }}
      onClick={() => onPick(i)}
    />
  );
}

/**
 * Bars of reports per day, aligned with the slider's positions; a click picks the day. The bars
 * do not depend on the shown day: one mark over them shows it, so a step of the slider moves
 * that mark and leaves the bars alone (no re-render, restyle or relayout of a bar).
 */
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
    return reports.map((count, i) => ({
      count,
      title: count === 0 ? `${formatDateEn(dates[i]!)}: no report speaks of this day` : `${formatDateEn(dates[i]!)}: ${count} report${count === 1 ? '' : 's'}`,
      left: `${dayLeft(i, reports.length)}%`,
      height: count === 0 ? undefined : `${Math.max(8, (count / max) * 100)}%`,
    }));
  }, [reports, dates]);
  const drawn = useMemo(() => bars.map((bar, i) => <Bar key={i} i={i} {...bar} onPick={onPick} />), [bars, onPick]);
  const now = bars[index];
  return (
    <div className="histogram" data-testid="histogram" aria-hidden="true">
      {drawn}
      {now && <span className={`histogram__now${now.count === 0 ? ' histogram__now--none' : ''}`} style={{ left: now.left, height: now.height }} />}
    </div>
  );
}
