import { useState, type ReactNode } from 'react';
import type { DistrictProps } from '../../types.ts';
import type { ControlState, DayChange } from '../../types.ts';
import type { EvidenceIndex } from '../hooks/useEvidence.ts';
import { SIDES, sideOf } from '../../look/palette.ts';
import { windowPhrase, type DayBasis } from '../../look/words.ts';
import { EvidenceCard } from './EvidenceCard.tsx';
import { Folded } from './Folded.tsx';

export interface DayChangesProps {
  changes: readonly DayChange[];
  names: ReadonlyMap<string, DistrictProps>;
  isFirstDay: boolean;
  evidence: EvidenceIndex;
  onSelect: (id: string) => void;
  /** What the day's picture rests on (from the day's states). */
  basis?: DayBasis | null;
  /** The day's citation tools (Copy citation of the day view). */
  tools?: ReactNode;
  /** Citation tools for a report. */
  cite?: (eventId: string) => ReactNode;
}

/** Districts gained and lost per side on the day. */
export function netBySide(changes: readonly DayChange[]): { state: ControlState; gained: number; lost: number }[] {
  return SIDES.map(({ state }) => ({
    state,
    gained: changes.filter((c) => c.to === state).length,
    lost: changes.filter((c) => c.from === state).length,
  })).filter((s) => s.gained > 0 || s.lost > 0);
}

/** Changes listed before "Show all": a long day stays readable (and quick to draw). */
export const CHANGES_SHOWN = 25;

/** What changed hands on the shown day, with the reports that say so. */
export function DayChanges({ changes, names, isFirstDay, evidence, onSelect, basis, tools, cite }: DayChangesProps) {
  const net = netBySide(changes);
  const [all, setAll] = useState(false);
  const shown = all ? changes : changes.slice(0, CHANGES_SHOWN);
  return (
    <section className="changes" aria-labelledby="changes-heading">
      <h2 className="panel__heading" id="changes-heading">
        Changed this day
      </h2>
      {basis && (
        <p className={`changes__basis${basis.reported ? '' : ' changes__basis--none'}`} data-testid="day-basis" data-reported={basis.reported}>
          {basis.text}
        </p>
      )}
      {tools}
      {isFirstDay ? (
        <p className="changes__none">The first day: control as it stood at the start.</p>
      ) : changes.length === 0 ? (
        basis && !basis.reported ? null : (
          <p className="changes__none">No change of control since the day before.</p>
        )
      ) : (
        <>
          <ul className="changes__net" data-testid="changes-net" aria-label="Districts gained and lost per side">
            {net.map((s) => (
              <li key={s.state} data-side={s.state}>
                <span className="changes__dot" style={{ background: sideOf(s.state).color }} aria-hidden="true" />
                {sideOf(s.state).en}: {s.gained > 0 && `+${s.gained}`}
                {s.gained > 0 && s.lost > 0 && ' '}
                {s.lost > 0 && `−${s.lost}`}
              </li>
            ))}
          </ul>
          <ul className="changes__list" data-testid="changes">
            {shown.map(({ district: id, from, to, events, window }) => (
              <li key={id} className="changes__item" data-id={id} data-window={window ? `${window.from}/${window.to}` : undefined}>
                <button type="button" className="changes__name" onClick={() => onSelect(id)}>
                  {names.get(id)?.name_en ?? id}{' '}
                  <span lang="ar" dir="rtl">
                    {names.get(id)?.name_ar}
                  </span>
                </button>
                <span className="changes__sides">
                  <span className="changes__dot" style={{ background: sideOf(from).color }} aria-hidden="true" />
                  {sideOf(from).en} → <span className="changes__dot" style={{ background: sideOf(to).color }} aria-hidden="true" />
                  {sideOf(to).en}
                  {window && (
                    <span className="changes__window" data-testid="change-window">
                      , {windowPhrase(window)}
                    </span>
                  )}
                </span>
                {events.length > 0 && (
                  <Folded className="changes__cites" summary={`${events.length} report${events.length === 1 ? '' : 's'}`}>
                    {() =>
                      events.map((eid) => {
                        const e = evidence.event(eid);
                        return e ? <EvidenceCard key={eid} id={eid} event={e} article={evidence.article(e.article)} tools={cite?.(eid)} /> : null;
                      })
                    }
                  </Folded>
                )}
              </li>
            ))}
          </ul>
          {shown.length < changes.length && (
            <button type="button" className="changes__more" onClick={() => setAll(true)}>
              Show all {changes.length} changes
            </button>
          )}
        </>
      )}
    </section>
  );
}
