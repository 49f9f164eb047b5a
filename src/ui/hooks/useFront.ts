import { useMemo, useRef } from 'react';
import type { MultiLineString } from 'geojson';
import { buildTopology, type DistrictTopology } from '../../frontline/topology.ts';
import { frontline } from '../../frontline/frontline.ts';
import type { ControlState, IsoDate, TimelineMode } from '../../types.ts';
import type { MapData } from '../lib/loadData.ts';

/**
 * The day's front: the pipeline's precomputed line for the mode when it wrote one, else meshed
 * here from the day's control (the topology is built once, on first need).
 */
export function useFront(data: MapData, mode: TimelineMode, date: IsoDate, control: Record<string, ControlState>): MultiLineString {
  const file = mode === 'then' ? data.frontlines?.then : data.frontlines?.now;
  const byDate = useMemo(() => (file ? new Map(file.features.map((f) => [f.properties.date, f.geometry])) : null), [file]);
  const topology = useRef<{ districts: MapData['districts']; topo: DistrictTopology } | null>(null);
  const stored = byDate?.get(date);
  return useMemo(() => {
    if (stored) return stored;
    if (topology.current?.districts !== data.districts) topology.current = { districts: data.districts, topo: buildTopology(data.districts) };
    return frontline(topology.current.topo, control);
  }, [stored, data.districts, control]);
}
