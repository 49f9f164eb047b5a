import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';

type Shape = Feature<Polygon | MultiPolygon>;

const boxesTouch = (a: number[], b: number[]): boolean => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

/** Total area (m²) where two features of the collection overlap, summed over all pairs. */
export function overlapArea(fc: FeatureCollection<Polygon | MultiPolygon>): number {
  const boxes = fc.features.map((f) => turf.bbox(f));
  let total = 0;
  for (let i = 0; i < fc.features.length; i++)
    for (let j = i + 1; j < fc.features.length; j++) {
      if (!boxesTouch(boxes[i]!, boxes[j]!)) continue;
      const x = turf.intersect(turf.featureCollection([fc.features[i] as Shape, fc.features[j] as Shape]));
      if (x) total += turf.area(x);
    }
  return total;
}

/** Relative difference between the area of the union of the features and the outline's area. */
export function coverageGap(fc: FeatureCollection<Polygon | MultiPolygon>, outline: Shape): number {
  const union = turf.union(fc as FeatureCollection<Polygon | MultiPolygon>);
  const a = union ? turf.area(union) : 0;
  return Math.abs(a - turf.area(outline)) / turf.area(outline);
}

/** A square of `size` degrees with its lower-left corner at lon, lat. */
export const square = (lon: number, lat: number, size: number, id: string): Feature<Polygon, { id: string }> =>
  turf.polygon(
    [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
    { id },
  );
