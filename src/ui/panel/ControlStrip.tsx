import type { ControlState, IsoDate } from '../../types.ts';
import { formatDateEn } from '../../look/dates.ts';
import { runsOf } from '../lib/dayModel.ts';
import { sideOf } from '../../look/palette.ts';

/** A district's controller over the whole period, one cell a day; the shown day is marked. */
export function ControlStrip({
  strip,
  dates,
  index,
  onPick,
}: {
  strip: readonly ControlState[];
  dates: readonly IsoDate[];
  index: number;
  onPick: (i: number) => void;
}) {
  const runs = runsOf(strip);
  return (
    <figure className="strip">
      <div className="strip__cells" data-testid="control-strip" aria-hidden="true">
        {strip.map((state, i) => (
          <span
            key={dates[i]}
            className={`strip__cell${i === index ? ' strip__cell--now' : ''}`}
            data-state={state}
            title={`${formatDateEn(dates[i]!)}: ${sideOf(state).en}`}
            style={{ background: sideOf(state).color }}
            onClick={() => onPick(i)}
          />
        ))}
      </div>
      <figcaption>
        <ul className="strip__runs">
          {runs.map((r) => (
            <li key={r.from}>
              <span className="strip__dot" style={{ background: sideOf(r.state).color }} aria-hidden="true" />
              {formatDateEn(dates[r.from]!).replace(/ 2016$/, '')}
              {r.to > r.from ? ` – ${formatDateEn(dates[r.to]!).replace(/ 2016$/, '')}` : ''}: {sideOf(r.state).en}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
