import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { Place } from '../types.ts';
import type { DistrictProps } from '../types.ts';
import { parsePlaces } from './places.ts';
import { parseAnchors } from './anchors.ts';
import { cityOutline, type Outline } from './outline.ts';
import { buildDistricts, placedDistricts } from './districts.ts';
import { resolveContaining, containedBy } from './contain.ts';

export interface GeoInput {
  placesText: string;
  placesFile: string;
  /** geo/anchors.csv text, or null when there is no such file. */
  anchorsText: string | null;
  anchorsFile: string;
}

/** District properties as built: the contract's id and names, plus the places resolved into it. */
export type BuiltDistrictProps = DistrictProps & { landmarks: string[] };
export type BuiltDistricts = FeatureCollection<Polygon | MultiPolygon, BuiltDistrictProps>;

export interface GeoOutput {
  places: Place[];
  outline: Outline;
  /** properties: id, name_en, name_ar, and `landmarks`: the quarters/landmarks/roundabouts resolved into it. */
  districts: BuiltDistricts;
}

/** The whole geo build as one pure function: places (+ anchors) in, outline and districts out. */
export function buildGeo(input: GeoInput): GeoOutput {
  const places = parsePlaces(input.placesText, input.placesFile);
  const anchors = input.anchorsText === null ? [] : parseAnchors(input.anchorsText, input.anchorsFile, places);
  // The outline hugs all of our own district points, anchors included.
  const outline = cityOutline([
    ...placedDistricts(places).map((p) => [p.point!.lon, p.point!.lat]),
    ...anchors.map((a) => [a.lon, a.lat]),
  ]);
  const shapes = buildDistricts(places, outline, anchors);
  const inside = containedBy(resolveContaining(places, shapes));
  const districts: BuiltDistricts = {
    type: 'FeatureCollection',
    features: shapes.features.map((f) => ({ ...f, properties: { ...f.properties, landmarks: inside.get(f.properties.id) ?? [] } })),
  };
  return { places, outline, districts };
}

/** Deterministic GeoJSON text: one feature per line, keys in construction order, final newline. */
export function geoJsonText(fc: FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>): string {
  if (fc.type === 'Feature') return `{"type":"FeatureCollection","features":[\n${JSON.stringify(fc)}\n]}\n`;
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
