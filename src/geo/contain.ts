import * as turf from '@turf/turf';
import type { Place, PlaceId } from '../types.ts';
import type { DistrictCollection } from '../types.ts';

/**
 * The district each point-like place belongs to. A quarter, landmark or roundabout with a
 * `part_of` belongs to that district; a landmark or roundabout without one belongs to the
 * district polygon that contains its point (first in id order if it sits on a border).
 * Places that resolve to nothing map to null.
 */
export function resolveContaining(places: Place[], districts: DistrictCollection): Map<PlaceId, PlaceId | null> {
  const out = new Map<PlaceId, PlaceId | null>();
  for (const p of places) {
    if (p.kind !== 'quarter' && p.kind !== 'landmark' && p.kind !== 'roundabout') continue;
    if (p.part_of.length > 0) {
      out.set(p.id, p.part_of[0]!);
      continue;
    }
    const at = p.point ? turf.point([p.point.lon, p.point.lat]) : null;
    const hit = at ? districts.features.find((f) => turf.booleanPointInPolygon(at, f)) : undefined;
    out.set(p.id, hit ? hit.properties.id : null);
  }
  return out;
}

/** The inverse: for each district, the sorted ids of the places that resolve to it. */
export function containedBy(resolved: Map<PlaceId, PlaceId | null>): Map<PlaceId, PlaceId[]> {
  const out = new Map<PlaceId, PlaceId[]>();
  for (const [id, district] of resolved) if (district) out.set(district, [...(out.get(district) ?? []), id]);
  for (const ids of out.values()) ids.sort();
  return out;
}
