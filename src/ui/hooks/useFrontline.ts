import { useMemo } from 'react';
import type { MultiLineString } from 'geojson';
import { buildTopology, type DistrictCollection } from '../../frontline/topology.ts';
import { frontline } from '../../frontline/frontline.ts';
import type { ControlState } from '../../types.ts';

/** The front for one day's control; the topology is built once per set of districts. */
export function useFrontline(districts: DistrictCollection, control: Record<string, ControlState>): MultiLineString {
  const topology = useMemo(() => buildTopology(districts), [districts]);
  return useMemo(() => frontline(topology, control), [topology, control]);
}
