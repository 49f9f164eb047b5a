// The gazetteer folder's three files, read from their text and checked before anything is computed
// from them. Pure: the CLI reads the files, the browser could fetch them.
import { parsePlaces, parseBaseline } from './geo/places.ts';
import { resolveContaining } from './geo/contain.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer/gazetteer.ts';
import { checkBoundaries } from './checks/boundaries.ts';
import { checkLandmarks, type LandmarkCollection } from './geo/landmarks.ts';
import type { BaselineRow, DistrictCollection, Place } from './types.ts';

export interface Geo {
  places: Place[];
  baseline: BaselineRow[];
  districts: DistrictCollection;
  gazetteer: Gazetteer;
  /** landmarks.geojson (`npm run geo`): the city context drawn without tiles, or null without one. */
  landmarks: LandmarkCollection | null;
}

export interface GeoTexts {
  places: { text: string; file: string };
  baseline: { text: string; file: string };
  districts: { text: string; file: string };
  landmarks?: { text: string; file: string } | null;
}

/** The gazetteer file names inside the geo folder. */
export const GEO_FILES = { places: 'places.csv', baseline: 'baseline-2016-11-15.csv', districts: 'districts.geojson', landmarks: 'landmarks.geojson' } as const;

/**
 * Places, baseline and boundaries, each checked (every problem named by file, line or feature, and
 * field); throws an AggregateError listing them. `notes` receives what the map can live with.
 */
export function readGeo(t: GeoTexts, notes: (message: string) => void = () => {}): Geo {
  const places = parsePlaces(t.places.text, t.places.file);
  const baseline = parseBaseline(t.baseline.text, t.baseline.file, places);
  const report = checkBoundaries(t.districts.text, t.districts.file, places);
  if (report.errors.length > 0)
    throw new AggregateError(
      report.errors.map((m) => new Error(m)),
      report.errors.join('\n'),
    );
  report.warnings.forEach(notes);
  const districts = report.districts!;
  const landmarks = t.landmarks ? checkLandmarks(parseJson(t.landmarks.text, t.landmarks.file), t.landmarks.file) : null;
  return { places, baseline, districts, gazetteer: buildGazetteer(places, resolveContaining(places, districts)), landmarks };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
}
