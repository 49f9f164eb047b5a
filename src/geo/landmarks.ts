import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import type { Place } from '../types.ts';
import { roundGeometry } from './round.ts';

/** How a landmark is drawn: a small symbol (points) or a dashed outline (the Old City, the Citadel). */
export type LandmarkSymbol = 'citadel' | 'gate' | 'roundabout' | 'hospital' | 'airport' | 'industry' | 'landmark' | 'outline';

export interface LandmarkProps {
  id: string;
  name_en: string;
  name_ar: string;
  symbol: LandmarkSymbol;
  /** The map shows it from this zoom on (outlines and the big ones earlier, gates only close in). */
  minZoom: number;
}
export type LandmarkCollection = FeatureCollection<Point | Polygon | MultiPolygon, LandmarkProps>;

/** The symbol of a landmark or roundabout, from its kind and name. */
export function symbolOf(p: Place): LandmarkSymbol {
  if (p.kind === 'roundabout') return 'roundabout';
  if (p.id === 'citadel') return 'citadel';
  if (p.id === 'airport') return 'airport';
  if (/hospital/i.test(p.name_en)) return 'hospital';
  if (/^bab-/.test(p.id)) return 'gate';
  return 'landmark';
}

// District names already say "airport" and "industrial" at city zoom: their symbols come in a little later.
const MIN_ZOOM: Record<LandmarkSymbol, number> = { outline: 12, citadel: 13, airport: 13, industry: 14, hospital: 14, roundabout: 14, gate: 15, landmark: 15 };

/** The industrial areas named on the map at their district's point. */
const INDUSTRY: Record<string, { en: string; ar: string }> = {
  ramouseh: { en: 'Ramouseh industrial area', ar: 'المنطقة الصناعية في الراموسة' },
  'sheikh-najjar': { en: 'Sheikh Najjar industrial city', ar: 'المدينة الصناعية في الشيخ نجار' },
};

/** Checks a landmarks.geojson as read back: a FeatureCollection whose features have an id and a symbol. */
export function checkLandmarks(value: unknown, file = 'landmarks.geojson'): LandmarkCollection {
  const fc = value as LandmarkCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  fc.features.forEach((f, i) => {
    if (typeof f?.properties?.id !== 'string' || typeof f.properties.symbol !== 'string')
      throw new Error(`${file}: feature ${i} needs properties.id and properties.symbol`);
  });
  return fc;
}

type DistrictShape = Feature<Polygon | MultiPolygon, { id: string }>;

/**
 * The city context the map and the exports draw with no tile server: every landmark and roundabout
 * with a point, the industrial areas, the Old City's outline (the union of its districts) and the
 * Citadel's outline (its CSR polygon). Sorted: outlines first, then points by id.
 */
export function buildLandmarks(
  places: Place[],
  districts: FeatureCollection<Polygon | MultiPolygon, { id: string }>,
  citadel: Feature<Polygon | MultiPolygon> | null,
): LandmarkCollection {
  const shape = new Map(districts.features.map((f) => [f.properties.id, f as DistrictShape]));
  const props = (id: string, name_en: string, name_ar: string, symbol: LandmarkSymbol): LandmarkProps => ({
    id,
    name_en,
    name_ar,
    symbol,
    minZoom: MIN_ZOOM[symbol],
  });
  const outlines: Feature<Polygon | MultiPolygon, LandmarkProps>[] = [];
  const oldCity = places.find((p) => p.id === 'old-city');
  const members = (oldCity?.part_of ?? []).map((k) => shape.get(k)).filter((f): f is DistrictShape => f !== undefined);
  if (oldCity && members.length > 0) {
    const union = members.length === 1 ? members[0]! : turf.union(turf.featureCollection(members))!;
    outlines.push({ type: 'Feature', properties: props('old-city', oldCity.name_en, oldCity.name_ar, 'outline'), geometry: roundGeometry(union.geometry) });
  }
  const citadelPlace = places.find((p) => p.id === 'citadel');
  if (citadel && citadelPlace)
    outlines.push({
      type: 'Feature',
      properties: props('citadel-outline', citadelPlace.name_en, citadelPlace.name_ar, 'outline'),
      geometry: roundGeometry(citadel.geometry),
    });

  const points: Feature<Point, LandmarkProps>[] = places
    .filter((p) => (p.kind === 'landmark' || p.kind === 'roundabout') && p.point !== null)
    .map((p) => ({
      type: 'Feature',
      properties: props(p.id, p.name_en, p.name_ar, symbolOf(p)),
      geometry: { type: 'Point', coordinates: [p.point!.lon, p.point!.lat] },
    }));
  for (const [id, name] of Object.entries(INDUSTRY)) {
    const p = places.find((q) => q.id === id);
    if (p?.point && shape.has(id))
      points.push({
        type: 'Feature',
        properties: props(`${id}-industrial`, name.en, name.ar, 'industry'),
        geometry: { type: 'Point', coordinates: [p.point.lon, p.point.lat] },
      });
  }
  points.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
  return { type: 'FeatureCollection', features: [...outlines, ...points] };
}
