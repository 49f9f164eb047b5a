import { mesh, merge } from 'topojson-client';
import type { MultiLineString, MultiPolygon } from 'geojson';
import type { ControlState, Controller } from '../types.ts';
import type { DistrictTopology } from './topology.ts';

type Control = Record<string, ControlState>;

const idOf = (g: { properties?: object | null }): string => String((g.properties as { id?: string } | null | undefined)?.id ?? '');

/**
 * The front on one day: every border shared by two districts whose controllers differ.
 * Borders touching a district of unknown control are left out (we do not know a front is there).
 */
export function frontline(topo: DistrictTopology, control: Control): MultiLineString {
  const obj = topo.objects.districts;
  return mesh(topo, obj, (a, b) => {
    if (a === b) return false;
    const ca = control[idOf(a)] ?? 'unknown';
    const cb = control[idOf(b)] ?? 'unknown';
    return ca !== cb && ca !== 'unknown' && cb !== 'unknown';
  });
}

/** One side's territory on one day: its districts merged into one multipolygon. */
export function territory(topo: DistrictTopology, control: Control, side: ControlState): MultiPolygon {
  const obj = topo.objects.districts;
  const mine = obj.geometries.filter((g) => control[idOf(g)] === side);
  return merge(topo, mine as Parameters<typeof merge>[1]);
}
