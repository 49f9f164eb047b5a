import type { ControlState } from '../../types.ts';
import { FRONTLINE, SIDES } from '../../look/palette.ts';
import { CHANGED_OUTLINE, SELECTED_OUTLINE } from '../lib/districtStyle.ts';
import { STALE_AFTER_DAYS } from '../../look/districtLook.ts';
import { cssHatch } from '../map/hatch.ts';

/** Every mark on the map and what it means, with how many districts each side holds on the shown day. */
export function Legend({ counts }: { counts: Partial<Record<ControlState, number>> }) {
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 className="panel__heading" id="legend-heading">
        Legend
      </h2>
      <ul className="legend__list" data-testid="legend">
        {SIDES.map((side) => (
          <li key={side.state} className="legend__item" data-side={side.state}>
            <span
              className="legend__swatch"
              style={{ background: side.state === 'contested' ? cssHatch('contested', 'contested') : side.color }}
              aria-hidden="true"
            />
            <span className="legend__en">{side.en}</span>
            <span className="legend__ar" lang="ar" dir="rtl">
              {side.ar}
            </span>
            <span className="legend__count" aria-label={`${counts[side.state] ?? 0} districts`}>
              {counts[side.state] ?? 0}
            </span>
          </li>
        ))}
      </ul>
      <ul className="legend__list legend__marks" data-testid="legend-marks">
        <li className="legend__item" data-mark="disputed">
          <span className="legend__swatch" style={{ background: cssHatch('government', 'contested') }} aria-hidden="true" />
          <span className="legend__en">Disputed: a report since says otherwise</span>
        </li>
        <li className="legend__item" data-mark="claim">
          <span className="legend__swatch" style={{ background: cssHatch('government', 'claim') }} aria-hidden="true" />
          <span className="legend__en">Claimed only by that side’s own media</span>
        </li>
        <li className="legend__item" data-mark="stale">
          <span className="legend__swatch legend__swatch--stale" style={{ background: SIDES[0]!.color }} aria-hidden="true" />
          <span className="legend__en">Faded: no report for {STALE_AFTER_DAYS}+ days</span>
        </li>
        <li className="legend__item" data-mark="changed">
          <span className="legend__swatch legend__swatch--outline" style={{ borderColor: CHANGED_OUTLINE.color }} aria-hidden="true" />
          <span className="legend__en">Changed hands this day</span>
        </li>
        <li className="legend__item" data-mark="selected">
          <span className="legend__swatch legend__swatch--outline" style={{ borderColor: SELECTED_OUTLINE.color }} aria-hidden="true" />
          <span className="legend__en">Selected district</span>
        </li>
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
