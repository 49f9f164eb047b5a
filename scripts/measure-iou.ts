// How close the built districts stay to the CSR polygons they are built from.
//   npx tsx scripts/measure-iou.ts [districts.geojson] [csr.geojson]
// A CSR-backed district is compared with the union of the CSR polygons it is built from (its own
// NAMEs and the landmark polygons it took in). A parent with derived districts carved out of it is
// compared together with them (the carving is a split of the parent, not a change of its border).
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { BuiltDistrictProps } from '../src/geo/build.ts';
import { neighbors } from 'topojson-client';
import { buildTopology, type DistrictCollection } from '../src/frontline/topology.ts';

type Shape = Feature<Polygon | MultiPolygon>;

const unionOf = (shapes: Shape[]): Shape | null => (shapes.length <= 1 ? (shapes[0] ?? null) : (turf.union(turf.featureCollection(shapes)) as Shape | null));

export function iou(a: Shape, b: Shape): number {
  const inter = turf.intersect(turf.featureCollection([a, b]));
  const uni = turf.union(turf.featureCollection([a, b]));
  return inter && uni ? turf.area(inter) / turf.area(uni) : 0;
}

/** Share of the reference's area that the drawn shape still covers. */
export function kept(drawn: Shape, ref: Shape): number {
  const inter = turf.intersect(turf.featureCollection([drawn, ref]));
  return inter ? turf.area(inter) / turf.area(ref) : 0;
}

export interface IouRow {
  id: string;
  iou: number;
  kept: number;
  carved: string[];
  /** the source's area and perimeter (m², m), and the area drawn beyond it (m²): its share of the streets */
  area: number;
  perimeter: number;
  added: number;
}

/** The area (m²) a district may add to its source and keep IoU ≥ `target` (its whole source kept). */
export const budget = (r: IouRow, target = 0.97): number => r.area * (1 / target - 1);

/** The mean width (m) of the band along its perimeter that a district may add and keep IoU ≥ `target`. */
export const allowedBand = (r: IouRow, target = 0.97): number => budget(r, target) / r.perimeter;

export function measure(
  districts: FeatureCollection<Polygon | MultiPolygon, BuiltDistrictProps>,
  csr: FeatureCollection<Polygon | MultiPolygon>,
): { rows: IouRow[]; mean: number; min: number } {
  const rows: IouRow[] = [];
  for (const f of districts.features) {
    if (f.properties.geometry === 'derived') continue;
    const children = districts.features.filter((c) => c.properties.parent === f.properties.id);
    const drawn = unionOf([f, ...children] as Shape[])!;
    const ref = unionOf(csr.features.filter((c) => f.properties.source_names.includes(String(c.properties?.NAME))) as Shape[]);
    if (!ref) continue;
    const area = turf.area(ref);
    const share = kept(drawn, ref);
    rows.push({
      id: f.properties.id,
      iou: iou(drawn, ref),
      kept: share,
      carved: children.map((c) => c.properties.id),
      area,
      perimeter: turf.length(turf.polygonToLine(ref) as never, { units: 'meters' }),
      added: turf.area(drawn) - share * area,
    });
  }
  const values = rows.map((r) => r.iou);
  return { rows: rows.sort((a, b) => a.iou - b.iou), mean: values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1), min: Math.min(...values) };
}

const ha = (m2: number) => `${(m2 / 1e4).toFixed(0)} ha`;
/** What the streets add in all against what IoU 0.97 would allow in all: whether a better split could bring every district there. */
function totals(rows: IouRow[]): string {
  const sum = (rs: IouRow[], f: (r: IouRow) => number) => rs.reduce((s, r) => s + f(r), 0);
  const below = rows.filter((r) => r.iou < 0.97);
  return [
    `streets added in all: ${ha(sum(rows, (r) => r.added))}; IoU 0.97 everywhere allows ${ha(sum(rows, (r) => budget(r)))} in all`,
    `  the ${below.length} districts below 0.97 took ${ha(sum(below, (r) => r.added))} where 0.97 allows them ${ha(sum(below, (r) => budget(r)))}`,
  ].join('\n');
}

/**
 * The districts below 0.97 in groups of neighbours, each against what its own neighbours could take
 * over: a group's streets beyond its allowance can go, without a district reaching across others,
 * only to districts that touch the group, and only up to their own allowance. Where the group's
 * excess is larger, IoU 0.97 for all of them needs districts to take streets they do not touch.
 */
export function clusters(rows: IouRow[], districts: FeatureCollection<Polygon | MultiPolygon, BuiltDistrictProps>): string[] {
  // Districts that share a border in the coverage's topology; a carved district counts as its parent.
  const rowOf = (p: BuiltDistrictProps) => p.parent ?? p.id;
  const geometries = buildTopology(districts as DistrictCollection).objects.districts.geometries;
  const near = new Map<string, Set<string>>(rows.map((r) => [r.id, new Set<string>()]));
  neighbors(geometries as never).forEach((others, i) => {
    const a = rowOf(geometries[i]!.properties as BuiltDistrictProps);
    for (const j of others) {
      const b = rowOf(geometries[j]!.properties as BuiltDistrictProps);
      if (a !== b && near.has(a) && near.has(b)) near.get(a)!.add(b);
    }
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const low = new Set(rows.filter((r) => r.iou < 0.97).map((r) => r.id));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const start of low) {
    if (seen.has(start)) continue;
    const group: string[] = [];
    for (const queue = [start]; queue.length; ) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      group.push(id);
      for (const n of near.get(id)!) if (low.has(n)) queue.push(n);
    }
    const around = new Set([...group.flatMap((id) => [...near.get(id)!])].filter((id) => !low.has(id)));
    const excess = group.reduce((s, id) => s + byId.get(id)!.added - budget(byId.get(id)!), 0);
    const spare = [...around].reduce((s, id) => s + Math.max(0, budget(byId.get(id)!) - byId.get(id)!.added), 0);
    out.push(
      `${excess > spare ? 'short' : 'room '}  ${group.length} below 0.97 (${group.join(', ')}): ${(excess / 1e4).toFixed(1)} ha over their allowance; the ${around.size} districts around them have ${(spare / 1e4).toFixed(1)} ha to spare`,
    );
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dPath = 'geo/districts.geojson', cPath = 'geo/sources/csr_aleppo_neighborhoods.geojson'] = process.argv.slice(2);
  const districts = JSON.parse(readFileSync(dPath, 'utf8'));
  const { rows, mean, min } = measure(districts, JSON.parse(readFileSync(cPath, 'utf8')));
  // Below 0.97: the streets around the district (split along their middle) add a band this wide on average;
  // IoU 0.97 would allow only the narrower band given after it.
  const band = (r: IouRow) =>
    r.iou >= 0.97
      ? ''
      : `  streets added ${(r.added / 1e4).toFixed(2)} ha to ${(r.area / 1e4).toFixed(1)} ha: a ${(r.added / r.perimeter).toFixed(1)} m band along ${(r.perimeter / 1000).toFixed(2)} km (0.97 allows ${allowedBand(r).toFixed(1)} m)`;
  for (const r of rows)
    console.log(
      `${r.iou.toFixed(3)}  kept ${(100 * r.kept).toFixed(1)}%  ${r.id}${r.carved.length ? ` (with ${r.carved.join(', ')} carved out of it)` : ''}${band(r)}`,
    );
  console.log(
    `CSR-backed districts measured: ${rows.length}, at IoU ≥ 0.97: ${rows.filter((r) => r.iou >= 0.97).length}\n${totals(rows)}\n${clusters(rows, districts).join('\n')}\nmean IoU: ${mean.toFixed(3)}\nlowest IoU: ${min.toFixed(3)}\nlowest share of the CSR area kept: ${(100 * Math.min(...rows.map((r) => r.kept))).toFixed(2)}%`,
  );
}
