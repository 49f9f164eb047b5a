// Measures how close our district polygons are to the Columbia CSR reference polygons
// (../shared/reference/geo, MIT). It only reads and prints; nothing is written to the repo.
//   npx tsx scripts/measure-iou.ts [districts.geojson] [places.csv] [csr.geojson]
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { parsePlaces } from '../src/geo/places.ts';

type Shape = Feature<Polygon | MultiPolygon>;
const CSR_TAG = 'csr_aleppo_neighborhoods.geojson#NAME=';

/** The CSR NAMEs a place's `source` column points at (`|` joins several parts). */
export function csrNames(source: string): string[] {
  const tag = source.split(';').map((s) => s.trim()).find((s) => s.startsWith(CSR_TAG));
  return tag ? tag.slice(CSR_TAG.length).split('|') : [];
}

function unionOf(shapes: Shape[]): Shape | null {
  if (shapes.length <= 1) return shapes[0] ?? null;
  return turf.union(turf.featureCollection(shapes)) as Shape | null;
}

export function iou(a: Shape, b: Shape): number {
  const inter = turf.intersect(turf.featureCollection([a, b]));
  const uni = turf.union(turf.featureCollection([a, b]));
  return inter && uni ? turf.area(inter) / turf.area(uni) : 0;
}

export function measure(districts: FeatureCollection<Polygon | MultiPolygon>, placesCsv: string, csr: FeatureCollection<Polygon | MultiPolygon>) {
  const places = new Map(parsePlaces(placesCsv, 'geo/places.csv').map((p) => [p.id, p]));
  const rows: { id: string; iou: number }[] = [];
  for (const f of districts.features) {
    const id = String(f.properties?.id);
    const names = csrNames(places.get(id)?.source ?? '');
    const ref = unionOf(csr.features.filter((c) => names.includes(String(c.properties?.NAME))) as Shape[]);
    if (ref) rows.push({ id, iou: iou(f as Shape, ref) });
  }
  const mean = rows.reduce((s, r) => s + r.iou, 0) / Math.max(rows.length, 1);
  return { rows: rows.sort((a, b) => a.iou - b.iou), mean };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dPath = 'geo/districts.geojson', pPath = 'geo/places.csv', cPath = '../shared/reference/geo/csr_aleppo_neighborhoods.geojson'] = process.argv.slice(2);
  const { rows, mean } = measure(JSON.parse(readFileSync(dPath, 'utf8')), readFileSync(pPath, 'utf8'), JSON.parse(readFileSync(cPath, 'utf8')));
  for (const r of rows) console.log(`${r.iou.toFixed(3)}  ${r.id}`);
  console.log(`districts measured: ${rows.length}\nmean IoU: ${mean.toFixed(3)}`);
}
