import type { ControlState } from '../../types.ts';
import type { DistrictProps } from '../../types.ts';
import { sideOf } from '../../look/palette.ts';

/**
 * On a phone the district's panel is below the map: a chip over the map names the selected
 * district and takes the reader down to its reports. Hidden on wide screens (styles.css).
 */
export function SelectionChip({ district, state }: { district: DistrictProps; state: ControlState }) {
  return (
    <button
      type="button"
      className="selection-chip"
      data-testid="selection-chip"
      onClick={() => document.querySelector('[data-testid="district-panel"]')?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
    >
      <span className="selection-chip__dot" style={{ background: sideOf(state).color }} aria-hidden="true" />
      {district.name_en} · {sideOf(state).en} — reports ↓
    </button>
  );
}
