import { useEffect, useMemo, useRef } from 'react';
import type { MultiLineString } from 'geojson';
import { buildTopology, type DistrictTopology } from '../../frontline/topology.ts';
import { frontline } from '../../frontline/frontline.ts';
import type { ControlState, IsoDate, TimelineMode } from '../../types.ts';
import type { MapData } from '../lib/loadData.ts';
import { workWhenIdle } from '../lib/idleNearest.ts';
import { frontLines } from '../map/frontLines.ts';

/**
 * The day's front: the pipeline's precomputed line for the mode when it wrote one, else meshed
 * here from the day's control (the topology is built once, on first need). The other days'
 * stored lines are made ready to draw (frontLines) while the browser is idle, the nearest first,
 * so the first sweep of the slider does not make them either.
 */
export function useFront(data: MapData, mode: TimelineMode, date: IsoDate, control: Record<string, ControlState>): MultiLineString {
  const file = mode === 'then' ? data.frontlines?.then : data.frontlines?.now;
  const byDate = useMemo(() => (file ? new Map(file.features.map((f) => [f.properties.date, f.geometry])) : null), [file]);
  const topology = useRef<{ districts: MapData['districts']; topo: DistrictTopology } | null>(null);
  const stored = byDate?.get(date);

  // Read by the idle work when it picks its next day: a step of the slider does not restart it.
  const order = useMemo(() => new Map(file?.features.map((f, i) => [f.properties.date, i]) ?? []), [file]);
  const shownAt = useRef(0);
  shownAt.current = order.get(date) ?? shownAt.current;
  useEffect(() => {
    if (!file) return;
    return workWhenIdle(
      file.features.length,
      () => shownAt.current,
      (i) => frontLines(file.features[i]!.geometry),
    );
  }, [file]);
  return useMemo(() => {
    if (stored) return stored;
    if (topology.current?.districts !== data.districts) topology.current = { districts: data.districts, topo: buildTopology(data.districts) };
    return frontline(topology.current.topo, control);
  }, [stored, data.districts, control]);
}
