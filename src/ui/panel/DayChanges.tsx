import type { DistrictProps } from '../../frontline/topology.ts';
import type { Change } from '../../timeline/changes.ts';
import { sideOf } from '../lib/palette.ts';

export interface DayChangesProps {
  changes: readonly Change[];
  names: ReadonlyMap<string, DistrictProps>;
  isFirstDay: boolean;
}

/** What changed hands on the shown day, compared with the day before. */
export function DayChanges({ changes, names, isFirstDay }: DayChangesProps) {
  return (
    <section className="changes" aria-label="Changes on this day">
      <h2 className="panel__heading">Changed this day</h2>
      {isFirstDay ? (
        <p className="changes__none">The first day: control as it stood at the start.</p>
      ) : changes.length === 0 ? (
        <p className="changes__none">No change of control since the day before.</p>
      ) : (
        <ul className="changes__list" data-testid="changes">
          {changes.map(({ id, from, to }) => (
            <li key={id} className="changes__item" data-id={id}>
              <span className="changes__name">
                {names.get(id)?.name_en ?? id}{' '}
                <span lang="ar" dir="rtl">
                  {names.get(id)?.name_ar}
                </span>
              </span>
              <span className="changes__sides">
                <span className="changes__dot" style={{ background: sideOf(from).color }} aria-hidden="true" />
                {sideOf(from).en} → <span className="changes__dot" style={{ background: sideOf(to).color }} aria-hidden="true" />
                {sideOf(to).en}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
