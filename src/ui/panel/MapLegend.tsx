import type { ControlState } from '../../types.ts';
import { FRONTLINE, SIDES, sideOf } from '../../look/palette.ts';
import { fillOpacityOf } from '../../look/marks.ts';
import { MARK_ITEMS, type MarkKind } from '../../look/legendMarks.ts';
import { cssHatch, cssTexture } from '../map/hatch.ts';

/**
 * On a phone, the legend sits over the map's corner, folded: the sides held that day and the
 * marks in use, in short words. Hidden on wide screens, where the panel's legend is beside the map.
 */
export function MapLegend({ counts, marks }: { counts: Partial<Record<ControlState, number>>; marks: Partial<Record<MarkKind, number>> }) {
  const sides = SIDES.filter((s) => (counts[s.state] ?? 0) > 0);
  const used = (Object.keys(MARK_ITEMS) as MarkKind[]).filter((k) => (marks[k] ?? 0) > 0 && !MARK_ITEMS[k].outline);
  return (
    <details className="map-legend" data-testid="map-legend">
      <summary>Legend</summary>
      <ul>
        {sides.map((s) => (
          <li key={s.state}>
            <span
              className="map-legend__swatch"
              style={{ background: s.state === 'contested' ? cssHatch('contested', 'contested') : s.color }}
              aria-hidden="true"
            />
            {s.en}
          </li>
        ))}
        <li>
          <span className="map-legend__line" style={{ background: FRONTLINE.color }} aria-hidden="true" />
          Front line
        </li>
        {used.map((k) => (
          <li key={k} data-mark={k}>
            <span className="map-legend__swatch map-legend__swatch--look" aria-hidden="true">
              <span
                style={{
                  background: cssTexture(MARK_ITEMS[k].swatch) || sideOf(MARK_ITEMS[k].swatch.state).color,
                  opacity: fillOpacityOf(MARK_ITEMS[k].swatch),
                }}
              />
            </span>
            {MARK_ITEMS[k].short}
          </li>
        ))}
      </ul>
    </details>
  );
}
