import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { Place } from '../types.ts';
import type { DistrictProps } from '../types.ts';
import { parsePlaces } from './places.ts';
import { resolveContaining, containedBy } from './contain.ts';
import type { Boundaries } from './coverage/boundaries.ts';
import { carveDerived } from './coverage/carve.ts';
import { outskirtsPieces } from './coverage/outskirts.ts';
import { assemble } from './coverage/assemble.ts';
import type { CleanCoverage, Piece } from './coverage/pieces.ts';
import { BORDERING, type GroupOf } from './coverage/setback.ts';
import { roundGeometry } from './round.ts';
import { buildLandmarks, type LandmarkCollection } from './landmarks.ts';

export interface GeoInput {
  placesText: string;
  placesFile: string;
  /** the boundary polygons joined to the places: CSR's (csrBoundaries) or a user's (userBoundaries) */
  boundaries: (places: Place[]) => Boundaries;
  /** snap + clean into a coverage (mapshaper, node side: src/cli/geo/clean-coverage.ts) */
  clean: CleanCoverage;
}

/** How a district's shape was made: a CSR polygon (cleaned), or carved / grown from our points. */
export type GeometryOrigin = 'csr' | 'user' | 'derived';

/** District properties as built: the contract's id and names, how it is drawn, and the places resolved into it. */
export type BuiltDistrictProps = DistrictProps & {
  geometry: GeometryOrigin;
  /** csr/user: the names of the source polygons it is built from (its own and the landmark polygons it took in) */
  source_names: string[];
  /** derived: the district it was carved from, or null for an outskirts district beyond the CSR survey */
  parent: string | null;
  landmarks: string[];
};
export type BuiltDistricts = FeatureCollection<Polygon | MultiPolygon, BuiltDistrictProps> & { credit?: string };

export interface GeoOutput {
  places: Place[];
  /** the union of the districts */
  outline: Feature<Polygon | MultiPolygon>;
  districts: BuiltDistricts;
  /** CSR NAMEs no place names (not drawn) */
  unmatched: string[];
  /** landmark key → the district that took in its CSR polygon */
  absorbedInto: Map<string, string>;
  /** the city context drawn without tiles: landmarks, roundabouts, the Old City and Citadel outlines */
  landmarks: LandmarkCollection;
}

/**
 * Whose IoU budget a piece's share of the streets counts in: a carved district's parent (measured
 * together), the district a landmark is `part_of` (else the one it borders most, as assemble
 * decides), none for outskirts.
 */
function budgetGroup(index: Map<string, Place>, parentOf: Map<string, string>): GroupOf {
  const isDistrict = (k: string) => index.get(k)?.kind === 'neighbourhood';
  return ({ properties: { key, order } }) => {
    if (order !== 0) return null;
    if (!isDistrict(key)) return index.get(key)?.part_of.find(isDistrict) ?? BORDERING;
    return parentOf.get(key) ?? key;
  };
}

const byId = (a: Place, b: Place) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The whole geo build: the CSR polygons joined to the gazetteer, derived districts carved out of
 * their parents or grown on the outskirts, the lot cleaned into one coverage, landmark polygons
 * folded into their districts, one shape per district.
 */
export async function buildGeo(input: GeoInput): Promise<GeoOutput> {
  const places = parsePlaces(input.placesText, input.placesFile);
  const index = new Map(places.map((p) => [p.id, p]));
  const join = input.boundaries(places);
  const derived = places.filter((p) => p.kind === 'neighbourhood' && p.point !== null && !join.namesOf.has(p.id)).sort(byId);
  const carving = carveDerived(join.pieces, derived, index);
  const outskirts = outskirtsPieces(
    carving.outskirts.map((k) => index.get(k)!),
    join.pieces,
  );
  const pieces: Piece[] = [...carving.pieces, ...outskirts];
  const cleaned = await input.clean({ type: 'FeatureCollection', features: pieces }, budgetGroup(index, carving.parentOf));
  const { shapes, absorbedInto } = assemble(cleaned, index);

  const features = [...shapes].map(([id, geometry]): Feature<Polygon | MultiPolygon, BuiltDistrictProps> => {
    const p = index.get(id)!;
    const own = join.namesOf.get(id);
    const absorbed = [...absorbedInto].filter(([, t]) => t === id).flatMap(([k]) => join.namesOf.get(k) ?? []);
    return {
      type: 'Feature',
      properties: {
        id,
        name_en: p.name_en,
        name_ar: p.name_ar,
        geometry: own ? join.origin : 'derived',
        source_names: own ? [...own, ...absorbed] : [],
        parent: own ? null : (carving.parentOf.get(id) ?? null),
        landmarks: [],
      },
      geometry,
    };
  });
  const missing = [...join.namesOf.keys(), ...derived.map((d) => d.id)].filter((k) => index.get(k)!.kind === 'neighbourhood' && !shapes.has(k));
  if (missing.length > 0) throw new Error(`buildGeo: no area left for ${missing.join(', ')}`);
  const bare: BuiltDistricts = { type: 'FeatureCollection', credit: join.credit, features };
  const inside = containedBy(resolveContaining(places, bare));
  for (const f of features) f.properties.landmarks = inside.get(f.properties.id) ?? [];
  const union = turf.union(turf.featureCollection(features))!;
  const outline = turf.feature(roundGeometry(union.geometry));
  const landmarks = buildLandmarks(places, bare, join.citadel);
  return { places, outline, districts: bare, unmatched: join.unmatched, absorbedInto, landmarks };
}

/** Deterministic GeoJSON text: one feature per line, keys in construction order, final newline. */
export function geoJsonText(fc: (FeatureCollection & { credit?: string }) | Feature<Polygon | MultiPolygon>): string {
  if (fc.type === 'Feature') return `{"type":"FeatureCollection","features":[\n${JSON.stringify(fc)}\n]}\n`;
  const credit = fc.credit === undefined ? '' : `"credit":${JSON.stringify(fc.credit)},`;
  return `{"type":"FeatureCollection",${credit}"features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
