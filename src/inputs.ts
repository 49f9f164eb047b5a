// The gazetteer folder's three files, read from their text and checked before anything is computed
// from them. Pure: the CLI reads the files, the browser could fetch them.
import { parsePlaces, parseBaseline } from './geo/places.ts';
import { resolveContaining } from './geo/contain.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer/gazetteer.ts';
import { checkBoundaries } from './checks/boundaries.ts';
import type { BaselineRow, DistrictCollection, Place } from './types.ts';

export interface Geo {
  places: Place[];
  baseline: BaselineRow[];
  districts: DistrictCollection;
  gazetteer: Gazetteer;
}

export interface GeoTexts {
  places: { text: string; file: string };
  baseline: { text: string; file: string };
  districts: { text: string; file: string };
}

/** The gazetteer file names inside the geo folder. */
export const GEO_FILES = { places: 'places.csv', baseline: 'baseline-2016-11-15.csv', districts: 'districts.geojson' } as const;

/**
 * Places, baseline and boundaries, each checked (every problem named by file, line or feature, and
 * field); throws an AggregateError listing them. `notes` receives what the map can live with.
 */
export function readGeo(t: GeoTexts, notes: (message: string) => void = () => {}): Geo {
  const places = parsePlaces(t.places.text, t.places.file);
  const baseline = parseBaseline(t.baseline.text, t.baseline.file, places);
  const report = checkBoundaries(t.districts.text, t.districts.file, places);
  if (report.errors.length > 0) throw new AggregateError(report.errors.map((m) => new Error(m)), report.errors.join('\n'));
  report.warnings.forEach(notes);
  const districts = report.districts!;
  return { places, baseline, districts, gazetteer: buildGazetteer(places, resolveContaining(places, districts)) };
}
