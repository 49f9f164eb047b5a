import type { FeatureCollection, MultiLineString } from 'geojson';
import type { DistrictCollection } from '../frontline/topology.ts';
import type { IsoDate, StatesFile, TimelineResult } from '../types.ts';
import type { EventRef, ReportRef } from './source-note.ts';

/** What an export reads: the files `npm run pipeline` writes to public/data/. */
export interface ExportData {
  districts: DistrictCollection;
  timeline: TimelineResult;
  /** frontlines.geojson: one feature per day, properties.date. */
  fronts: FeatureCollection<MultiLineString, { date: IsoDate }>;
  /** events.json, for the source note (articles and their sources). */
  extraction: { articles: ReportRef[]; events: EventRef[] };
  /** states-now.json (or -then), when the pipeline wrote it: hatches, fading, the day's changes. */
  states?: StatesFile | null;
  /** places.json: the points district names are printed at (else a point inside the district). */
  places?: readonly LabelPlace[] | null;
}

/** The part of a places.json entry the labels read. */
export interface LabelPlace {
  id: string;
  kind: string;
  point: { lat: number; lon: number } | null;
}

/** Checks the shape of districts.geojson: a FeatureCollection of (Multi)Polygons with properties.id. */
export function checkDistrictFile(value: unknown, file = 'districts.geojson'): DistrictCollection {
  const fc = value as DistrictCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  fc.features.forEach((f, i) => {
    if (typeof f?.properties?.id !== 'string') throw new Error(`${file}: feature ${i} has no properties.id`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') throw new Error(`${file}: feature ${f.properties.id} is not a Polygon or MultiPolygon`);
  });
  return fc;
}

/** Checks the shape of timeline.json (DESIGN §3): version 1 and days with date and control. */
export function checkTimelineFile(value: unknown, file = 'timeline.json'): TimelineResult {
  const tl = value as TimelineResult;
  if (tl?.version !== 1) throw new Error(`${file}: expected "version": 1`);
  if (!Array.isArray(tl.days) || tl.days.length === 0) throw new Error(`${file}: "days" is empty`);
  tl.days.forEach((d, i) => {
    if (typeof d?.date !== 'string' || typeof d.control !== 'object' || d.control === null) throw new Error(`${file}: day ${i} needs "date" and "control"`);
  });
  return tl;
}

/** Checks the shape of frontlines.geojson; the message names the file. */
export function checkFronts(value: unknown, file = 'frontlines.geojson'): ExportData['fronts'] {
  const fc = value as ExportData['fronts'];
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  fc.features.forEach((f, i) => {
    if (typeof f?.properties?.date !== 'string') throw new Error(`${file}: feature ${i} has no properties.date`);
    if (f.geometry?.type !== 'MultiLineString') throw new Error(`${file}: feature ${i} is not a MultiLineString`);
  });
  return fc;
}

/** Checks the part of events.json the source note reads. */
export function checkExtraction(value: unknown, file = 'events.json'): ExportData['extraction'] {
  const x = value as ExportData['extraction'];
  if (!Array.isArray(x?.articles) || !Array.isArray(x?.events)) throw new Error(`${file}: expected "articles" and "events" arrays`);
  return x;
}

/** The days of the timeline, in order. */
export function timelineDates(data: Pick<ExportData, 'timeline'>): IsoDate[] {
  return data.timeline.days.map((d) => d.date);
}

/** Checks that a date is one of the timeline's days; the message names the range. */
export function checkDate(data: Pick<ExportData, 'timeline'>, date: string): string | null {
  const days = data.timeline.days;
  if (days.some((d) => d.date === date)) return null;
  return `${JSON.stringify(date)} is not a day of the timeline (${days[0]!.date} … ${days.at(-1)!.date})`;
}
