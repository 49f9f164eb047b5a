import type { DistrictCollection, FrontlineCollection, IsoDate, StatesFile, TimelineResult } from '../types.ts';
import type { LandmarkCollection } from '../geo/landmarks.ts';
import type { EventRef, ReportRef } from './source-note.ts';

/** What an export reads: the files `npm run pipeline` writes to public/data/. */
export interface ExportData {
  districts: DistrictCollection;
  timeline: TimelineResult;
  /** frontlines.geojson: one feature per day, properties.date. */
  fronts: FrontlineCollection;
  /** events.json, for the source note (articles and their sources). */
  extraction: { articles: ReportRef[]; events: EventRef[] };
  /** states-now.json (or -then), when the pipeline wrote it: hatches, fading, the day's changes. */
  states?: StatesFile | null;
  /** places.json: the points district names are printed at (else a point inside the district). */
  places?: readonly LabelPlace[] | null;
  /** landmarks.geojson: the Old City and Citadel outlines and the landmark symbols. */
  landmarks?: LandmarkCollection | null;
}

/** The part of a places.json entry the labels read. */
export interface LabelPlace {
  id: string;
  kind: string;
  point: { lat: number; lon: number } | null;
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
