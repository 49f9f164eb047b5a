import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Place, PlaceKind } from '../../types.ts';
import type { DistrictCollection } from '../../frontline/topology.ts';
import { userBoundaries, BoundaryError } from './boundaries.ts';

/** What the app knows of a place (places.json): enough to join a boundary file by name. */
export interface KnownPlace {
  id: string;
  name_en: string;
  name_ar: string;
  kind: PlaceKind;
  point: { lat: number; lon: number } | null;
}

const asPlace = (p: KnownPlace): Place => ({ ...p, variants_ar: [], variants_en: [], part_of: [], confidence: 'low', source: '', notes: '' });

/**
 * A boundary file loaded in the browser, as the map's districts: checked and joined by name as
 * `npm run geo -- --boundaries` does (the names and keys the app knows), the polygons of one
 * district gathered into one MultiPolygon. The browser does not clean the coverage (mapshaper
 * runs in Node only): for shared borders and fronts that meet, build it with `npm run geo`.
 * Throws a BoundaryError naming the file and the problem.
 */
export function districtsFromFile(text: string, file: string, places: readonly KnownPlace[]): DistrictCollection & { credit: string } {
  const all = places.map(asPlace);
  const b = userBoundaries(text, file, all);
  const byKey = new Map<string, Position[][][]>();
  for (const piece of b.pieces) {
    const place = all.find((p) => p.id === piece.properties.key)!;
    if (place.kind !== 'neighbourhood') continue;
    const g = piece.geometry as Polygon | MultiPolygon;
    byKey.set(place.id, [...(byKey.get(place.id) ?? []), ...(g.type === 'Polygon' ? [g.coordinates] : g.coordinates)]);
  }
  if (byKey.size === 0) throw new BoundaryError(file, 'no polygon names a district (only landmarks matched)');
  const features = [...byKey]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([id, polys]) => {
      const p = all.find((q) => q.id === id)!;
      const geometry: Polygon | MultiPolygon = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
      return { type: 'Feature' as const, properties: { id, name_en: p.name_en, name_ar: p.name_ar }, geometry };
    });
  return { type: 'FeatureCollection', credit: b.credit, features };
}
