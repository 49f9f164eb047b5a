// A synthetic map for stress figures: n districts as unit squares on a grid (ids d0…d{n-1}).
import type { DistrictCollection } from '../../src/frontline/topology.ts';

export function gridDistricts(n: number, columns = Math.ceil(Math.sqrt(n))): DistrictCollection {
  const cell = 0.001;
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => {
      const [x, y] = [37 + (i % columns) * cell, 36 + Math.floor(i / columns) * cell];
      return {
        type: 'Feature',
        properties: { id: `d${i}`, name_en: `District ${i}`, name_ar: `حي ${i}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + cell, y],
              [x + cell, y + cell],
              [x, y + cell],
              [x, y],
            ],
          ],
        },
      };
    }),
  };
}

/** A small seeded generator (mulberry32), so every run times the same synthetic data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
