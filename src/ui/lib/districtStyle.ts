import type L from 'leaflet';
import type { ControlState } from '../../types.ts';
import { FILL_OPACITY, sideOf } from './palette.ts';

type Control = Record<string, ControlState>;

export const controllerOf = (control: Control, id: string): ControlState => control[id] ?? 'unknown';

export function districtStyle(state: ControlState): L.PathOptions {
  return {
    fillColor: sideOf(state).color,
    fillOpacity: state === 'unknown' ? 0.45 : FILL_OPACITY,
    color: '#ffffff',
    weight: 1,
    opacity: 0.9,
  };
}
