import type { DistrictCollection } from '../../frontline/topology.ts';
import type { ControlState, IsoDate } from '../../types.ts';
import { controllerOf } from '../lib/districtStyle.ts';
import { formatDateEn } from '../lib/dates.ts';
import { sideOf } from '../lib/palette.ts';

/**
 * The map as text: every district and who holds it on the shown day. Visually hidden; read by
 * screen readers and checked by the browser test (`data-id`, `data-controller`).
 */
export function DistrictStates(props: { districts: DistrictCollection; control: Record<string, ControlState>; date: IsoDate }) {
  const { districts, control, date } = props;
  return (
    <ul className="visually-hidden" data-testid="district-states" aria-label={`District control on ${formatDateEn(date)}`}>
      {districts.features.map(({ properties: p }) => {
        const state = controllerOf(control, p.id);
        return (
          <li key={p.id} data-id={p.id} data-controller={state}>
            {p.name_en} (<span lang="ar">{p.name_ar}</span>): {sideOf(state).en}
          </li>
        );
      })}
    </ul>
  );
}
