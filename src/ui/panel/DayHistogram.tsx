import type { IsoDate } from '../../types.ts';
import { formatDateEn } from '../../look/dates.ts';

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
  const max = Math.max(1, ...reports);
  const n = Math.max(1, reports.length - 1);
  return (
    <div className="histogram" data-testid="histogram" aria-hidden="true">
      {reports.map((count, i) => (
        <span
          key={i}
          className={`histogram__bar${i === index ? ' histogram__bar--now' : ''}${count === 0 ? ' histogram__bar--none' : ''}`}
          data-count={count}
          title={
            count === 0 ? `${formatDateEn(dates[i]!)}: no report speaks of this day` : `${formatDateEn(dates[i]!)}: ${count} report${count === 1 ? '' : 's'}`
          }
          style={{ left: `${(i / n) * 100}%`, height: count === 0 ? undefined : `${Math.max(8, (count / max) * 100)}%` }}
          onClick={() => onPick(i)}
        />
      ))}
    </div>
  );
}
