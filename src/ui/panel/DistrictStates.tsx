import { memo } from 'react';
import type { DistrictCollection } from '../../types.ts';
import type { ControlState, IsoDate } from '../../types.ts';
import { controllerOf } from '../lib/districtStyle.ts';
import { formatDateEn } from '../../look/dates.ts';
import { sideOf } from '../../look/palette.ts';

/** One row; re-rendered only when its district's controller changes. */
const Row = memo(function Row({ id, name_en, name_ar, state }: { id: string; name_en: string; name_ar: string; state: ControlState }) {
  return (
    <li data-id={id} data-controller={state}>
      {name_en} (<span lang="ar">{name_ar}</span>): {sideOf(state).en}
    </li>
  );
});

/** Above this many districts the text list is left out: it would cost every step a long relayout and help no one. */
export const DISTRICT_LIST_LIMIT = 1000;

/**
 * The map as text: every district and who holds it on the shown day. Visually hidden; read by
 * screen readers and checked by the browser test (`data-id`, `data-controller`).
 */
export function DistrictStates(props: { districts: DistrictCollection; control: Record<string, ControlState>; date: IsoDate }) {
  const { districts, control, date } = props;
  if (districts.features.length > DISTRICT_LIST_LIMIT) {
    return (
      <p className="visually-hidden" data-testid="district-states" data-count={districts.features.length}>
        {districts.features.length} districts: too many to read out one by one. Use the search box to find one.
      </p>
    );
  }
  return (
    <ul
      className="visually-hidden"
      data-testid="district-states"
      data-count={districts.features.length}
      aria-label={`District control on ${formatDateEn(date)}`}
    >
      {districts.features.map(({ properties: p }) => (
        <Row key={p.id} id={p.id} name_en={p.name_en} name_ar={p.name_ar} state={controllerOf(control, p.id)} />
      ))}
    </ul>
  );
}
