import type { ControlState } from '../../types.ts';
import { FRONTLINE, SIDES } from '../lib/palette.ts';

/** The colour of each side, with how many districts it holds on the shown day. */
export function Legend({ counts }: { counts: Partial<Record<ControlState, number>> }) {
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="panel__heading">Legend</h2>
      <ul className="legend__list" data-testid="legend">
        {SIDES.map((side) => (
          <li key={side.state} className="legend__item" data-side={side.state}>
            <span className="legend__swatch" style={{ background: side.color }} aria-hidden="true" />
            <span className="legend__en">{side.en}</span>
            <span className="legend__ar" lang="ar" dir="rtl">
              {side.ar}
            </span>
            <span className="legend__count" title="districts">
              {counts[side.state] ?? 0}
            </span>
          </li>
        ))}
        <li className="legend__item" data-side="frontline">
          <span className="legend__line" style={{ background: FRONTLINE.color }} aria-hidden="true" />
          <span className="legend__en">Front line</span>
          <span className="legend__ar" lang="ar" dir="rtl">
            خط التماس
          </span>
        </li>
      </ul>
    </section>
  );
}
