import { feature, merge } from 'topojson-client';
import type { Feature, LineString, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { ControlState } from '../types.ts';
import type { DistrictTopology } from './topology.ts';

type Control = Record<string, ControlState>;

const idOf = (g: { properties?: object | null }): string => String((g.properties as { id?: string } | null | undefined)?.id ?? '');

/** A border shared by two districts: one arc of the topology. */
interface Border {
  a: string;
  b: string;
  line: Position[];
}

const bordersByTopology = new WeakMap<DistrictTopology, Border[]>();

/** Every arc shared by two different districts, decoded once per topology. */
function bordersOf(topo: DistrictTopology): Border[] {
  const cached = bordersByTopology.get(topo);
  if (cached) return cached;
  const owners: string[][] = topo.arcs.map(() => []);
  for (const g of topo.objects.districts.geometries) {
    const id = idOf(g);
    for (const i of arcIndexes((g as { arcs?: unknown }).arcs)) owners[i < 0 ? ~i : i]!.push(id);
  }
  const borders = owners.flatMap((ids, i) => {
    if (ids.length !== 2 || ids[0] === ids[1]) return [];
    const line = (feature(topo, { type: 'LineString', arcs: [i] }) as Feature<LineString>).geometry.coordinates;
    return [{ a: ids[0]!, b: ids[1]!, line }];
  });
  bordersByTopology.set(topo, borders);
  return borders;
}

function* arcIndexes(arcs: unknown): Generator<number> {
  if (typeof arcs === 'number') yield arcs;
  else if (Array.isArray(arcs)) for (const a of arcs) yield* arcIndexes(a);
}

/**
 * The front on one day: every border shared by two districts whose controllers differ, one line
 * per shared arc. Borders touching a district of unknown control are left out (we do not know a
 * front is there). The borders are found once per topology, so a day costs one pass over them.
 */
export function frontline(topo: DistrictTopology, control: Control): MultiLineString {
  const lines: Position[][] = [];
  for (const { a, b, line } of bordersOf(topo)) {
    const ca = control[a] ?? 'unknown';
    const cb = control[b] ?? 'unknown';
    if (ca !== cb && ca !== 'unknown' && cb !== 'unknown') lines.push(line);
  }
  return { type: 'MultiLineString', coordinates: lines };
}

/** One side's territory on one day: its districts merged into one multipolygon. */
export function territory(topo: DistrictTopology, control: Control, side: ControlState): MultiPolygon {
  const obj = topo.objects.districts;
  const mine = obj.geometries.filter((g) => control[idOf(g)] === side);
  return merge(topo, mine as Parameters<typeof merge>[1]);
}
