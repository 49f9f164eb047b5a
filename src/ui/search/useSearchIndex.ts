import { useMemo } from 'react';
import placesCsv from '../../../geo/places.csv?raw';
import type { MapData } from '../lib/loadData.ts';
import { buildSearchIndex, variantsFromCsv, type SearchPlace } from './searchIndex.ts';

/** Spelling variants from the gazetteer, read at build time. */
const VARIANTS = variantsFromCsv(placesCsv);

/**
 * The search index over every place that stands for a drawn district: from places.json when
 * the pipeline wrote it, else the districts themselves. Variants come from geo/places.csv.
 */
export function useSearchIndex(data: MapData) {
  return useMemo(() => {
    const drawn = new Set(data.districts.features.map((f) => f.properties.id));
    const places: SearchPlace[] = data.places
      ? data.places.map((p) => ({ ...p, districts: p.districts.filter((d) => drawn.has(d)) })).filter((p) => p.districts.length > 0)
      : data.districts.features.map((f) => ({ ...f.properties, kind: 'neighbourhood', districts: [f.properties.id] }));
    return { index: buildSearchIndex(places, VARIANTS), variants: VARIANTS };
  }, [data.places, data.districts]);
}
