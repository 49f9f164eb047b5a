import type { ControlState } from '../../types.ts';
import { FRONTLINE, SIDES, sideOf } from '../../look/palette.ts';
import { CHANGED_OUTLINE, SELECTED_OUTLINE, fillOpacityOf } from '../../look/marks.ts';
import { MARK_ITEMS, MARK_ORDER, type MarkKind } from '../../look/legendMarks.ts';
import { cssHatch, cssTexture } from '../map/hatch.ts';

export interface LegendProps {
  counts: Partial<Record<ControlState, number>>;
  /** Districts per mark on the shown day (what their colour rests on). */
  marks?: Partial<Record<MarkKind, number>>;
  /** Where the baseline comes from, for the baseline-only entry. */
  baselineSource?: string;
}

function Swatch({ kind }: { kind: MarkKind }) {
  const item = MARK_ITEMS[kind];
  if (item.outline) {
    return (
      <span
        className={`legend__swatch legend__swatch--outline${item.outline === 'dashed' ? ' legend__swatch--dashed' : ''}`}
        style={{ borderColor: CHANGED_OUTLINE.color }}
        aria-hidden="true"
      />
    );
  }
  const texture = cssTexture(item.swatch);
  return (
    <span className="legend__swatch legend__swatch--look" aria-hidden="true">
      <span style={{ background: texture || sideOf(item.swatch.state).color, opacity: fillOpacityOf(item.swatch) }} />
    </span>
  );
}

/** Every mark on the map and what it means, with how many districts each side holds and each mark covers on the shown day. */
export function Legend({ counts, marks = {}, baselineSource }: LegendProps) {
  return (
    <section className="legend" aria-labelledby="legend-heading" data-testid="legend-box">
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
        <li className="legend__item" data-side="frontline">
          <span className="legend__line" style={{ background: FRONTLINE.color }} aria-hidden="true" />
          <span className="legend__en">Front line (between districts whose side is known that day)</span>
        </li>
      </ul>
      <h3 className="legend__subheading">What the colour rests on</h3>
      <ul className="legend__list legend__marks" data-testid="legend-marks">
        {MARK_ORDER.map((kind) => (
          <li key={kind} className="legend__item" data-mark={kind} title={kind === 'baseline' && baselineSource ? `Baseline: ${baselineSource}` : undefined}>
            <Swatch kind={kind} />
            <span className="legend__en">{MARK_ITEMS[kind].en}</span>
            {marks[kind] !== undefined && (
              <span className="legend__count" aria-label={`${marks[kind]} districts`}>
                {marks[kind]}
              </span>
            )}
          </li>
        ))}
        <li className="legend__item" data-mark="selected">
          <span className="legend__swatch legend__swatch--outline" style={{ borderColor: SELECTED_OUTLINE.color }} aria-hidden="true" />
          <span className="legend__en">Blue outline: the selected district</span>
        </li>
      </ul>
    </section>
  );
}
