import type L from 'leaflet';
import type { DistrictProps } from '../../frontline/topology.ts';
import type { ControlState } from '../../types.ts';
import { districtStyle } from './districtStyle.ts';
import { sideOf } from './palette.ts';

/** Tooltip content: Arabic name (right to left), English name, and who holds it on the shown day. */
export function tooltipFor(props: DistrictProps, state: ControlState): HTMLElement {
  const box = document.createElement('div');
  box.className = 'district-tooltip';
  const ar = box.appendChild(document.createElement('div'));
  ar.className = 'district-tooltip__ar';
  ar.dir = 'rtl';
  ar.lang = 'ar';
  ar.textContent = props.name_ar;
  const en = box.appendChild(document.createElement('div'));
  en.className = 'district-tooltip__en';
  en.textContent = props.name_en;
  const side = box.appendChild(document.createElement('div'));
  side.className = 'district-tooltip__side';
  side.textContent = sideOf(state).en;
  return box;
}

const OUTLINE = { color: '#1b1b1b', weight: 2.5 };
const NO_OUTLINE = { color: districtStyle('unknown').color, weight: districtStyle('unknown').weight };
// Hover outlines a district: only its border changes; the fill stays the day's.
export const outlineDistrict = (event: L.LeafletMouseEvent) => (event.target as L.Path).setStyle(OUTLINE);
export const unoutlineDistrict = (event: L.LeafletMouseEvent) => (event.target as L.Path).setStyle(NO_OUTLINE);
