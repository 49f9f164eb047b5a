// Checks on the files `npm run pipeline` writes (public/data/), shared by the map, the exporter and
// the export CLI. Each error names the file and what is wrong with it.
import type { FeatureCollection, MultiLineString } from 'geojson';
import type { DistrictCollection } from '../frontline/topology.ts';
import type { IsoDate, TimelineResult } from '../types.ts';

export type FrontlineCollection = FeatureCollection<MultiLineString, { date: IsoDate }>;

/** districts.geojson: a FeatureCollection of (Multi)Polygons with properties.id. */
export function checkDistricts(value: unknown, file = 'districts.geojson'): DistrictCollection {
  const fc = value as DistrictCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  fc.features.forEach((f, i) => {
    if (typeof f?.properties?.id !== 'string') throw new Error(`${file}: feature ${i} has no properties.id`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') throw new Error(`${file}: feature ${f.properties.id} is not a Polygon or MultiPolygon`);
  });
  return fc;
}

/** timeline.json (DESIGN §3): version 1 and days with date and control. */
export function checkTimeline(value: unknown, file = 'timeline.json'): TimelineResult {
  const tl = value as TimelineResult;
  if (tl?.version !== 1) throw new Error(`${file}: expected "version": 1`);
  if (!Array.isArray(tl.days) || tl.days.length === 0) throw new Error(`${file}: "days" is empty`);
  tl.days.forEach((d, i) => {
    if (typeof d?.date !== 'string' || typeof d.control !== 'object' || d.control === null) throw new Error(`${file}: day ${i} needs "date" and "control"`);
  });
  return tl;
}

/** frontlines.geojson (and -then): one MultiLineString feature per day, properties.date. */
export function checkFrontlines(value: unknown, file = 'frontlines.geojson'): FrontlineCollection {
  const fc = value as FrontlineCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  fc.features.forEach((f, i) => {
    if (typeof f?.properties?.date !== 'string') throw new Error(`${file}: feature ${i} has no properties.date`);
    if (f.geometry?.type !== 'MultiLineString') throw new Error(`${file}: feature ${i} is not a MultiLineString`);
  });
  return fc;
}
