import { getIssues } from '@placemarkio/check-geojson';
import * as turf from '@turf/turf';
import type { Position } from 'geojson';

/**
 * Checks GeoJSON text against RFC 7946: the structure (via @placemarkio/check-geojson), then the
 * geometry (geometryProblems). Returns the problems, each naming `file` and where; empty when the
 * text is valid.
 */
export function rfc7946Problems(text: string, file: string): string[] {
  const structural = getIssues(text).map((i) => `${file}: ${i.message} (at offset ${i.from})`);
  if (structural.length > 0) return structural;
  return geometryProblems(JSON.parse(text), file);
}

/**
 * What RFC 7946 asks of the positions of parsed GeoJSON beyond its structure: WGS84 range, and the
 * right-hand rule (exterior rings counter-clockwise, holes clockwise). The pipeline calls this on the
 * days it makes (their structure checked by src/schema/), without parsing their text again.
 */
export function geometryProblems(value: unknown, file: string): string[] {
  const problems: string[] = [];
  const v = value as { type: string; features?: { geometry: { type: string; coordinates: unknown } | null }[] };
  const features = v.type === 'FeatureCollection' ? (v.features ?? []) : v.type === 'Feature' ? [v as never] : [{ geometry: v as never }];
  features.forEach((f, i) => {
    const g = f.geometry;
    if (!g) return;
    const polygons = g.type === 'Polygon' ? [g.coordinates as Position[][]] : g.type === 'MultiPolygon' ? (g.coordinates as Position[][][]) : [];
    polygons.forEach((rings, p) =>
      rings.forEach((ring, r) => {
        const clockwise = turf.booleanClockwise(ring);
        if (clockwise === (r === 0))
          problems.push(
            `${file}: feature ${i}, polygon ${p}, ring ${r} winds ${clockwise ? 'clockwise' : 'counter-clockwise'}; RFC 7946 wants ${r === 0 ? 'exterior rings counter-clockwise' : 'holes clockwise'}`,
          );
      }),
    );
    for (const [lon, lat] of positions(g.coordinates)) {
      if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) {
        problems.push(`${file}: feature ${i} has a position outside WGS84 range: [${lon}, ${lat}]`);
        break;
      }
    }
  });
  return problems;
}

function* positions(c: unknown): Generator<Position> {
  if (Array.isArray(c) && typeof c[0] === 'number') yield c as Position;
  else if (Array.isArray(c)) for (const x of c) yield* positions(x);
}
