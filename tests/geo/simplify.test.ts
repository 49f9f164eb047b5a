import { describe, it, expect } from 'vitest';
import { mesh } from 'topojson-client';
import * as turf from '@turf/turf';
import type { FeatureCollection, Polygon } from 'geojson';
import { simplifyArc, simplifyCoverage } from '../../src/geo/simplify.ts';
import { buildTopology } from '../../src/frontline/topology.ts';

/** Two squares sharing a wiggly border of `n` points (wiggles of ~1 m), 1 km a side. */
function neighbours(n = 40): FeatureCollection<Polygon, { id: string; name_en: string; name_ar: string }> {
  const border = Array.from({ length: n }, (_, i) => [37.1 + (i % 2) * 0.00001, 36.2 + (0.009 * i) / (n - 1)]);
  const left = [[37.09, 36.2], ...border, [37.09, 36.209], [37.09, 36.2]];
  const right = [[37.11, 36.2], [37.11, 36.209], ...[...border].reverse(), [37.11, 36.2]];
  return turf.featureCollection([
    turf.polygon([left], { id: 'a', name_en: 'A', name_ar: 'أ' }),
    turf.polygon([right], { id: 'b', name_en: 'B', name_ar: 'ب' }),
  ]);
}

describe('simplifyCoverage', () => {
  it('drops wiggles smaller than the tolerance', () => {
    const out = simplifyCoverage(neighbours(), 5);
    expect(turf.coordAll(out).length).toBeLessThan(turf.coordAll(neighbours()).length / 4);
  });

  it('keeps the shared border identical on both sides, so the two still meet without gap or overlap', () => {
    const out = simplifyCoverage(neighbours(), 5);
    const topo = buildTopology(out as never);
    const inner = mesh(topo, topo.objects.districts, (a, b) => a !== b);
    expect(inner.coordinates.length).toBe(1);
    const overlap = turf.intersect(turf.featureCollection(out.features));
    expect(overlap ? turf.area(overlap) : 0).toBeLessThan(0.01);
  });

  it('keeps the properties and the order of the features', () => {
    expect(simplifyCoverage(neighbours(), 5).features.map((f) => f.properties.id)).toEqual(['a', 'b']);
  });
});

describe('simplifyArc', () => {
  it('keeps a closed ring a ring (at least four positions) however large the tolerance', () => {
    const ring = turf.circle([37.1, 36.2], 0.05, { steps: 64 }).geometry.coordinates[0]!;
    const out = simplifyArc(ring, 10_000);
    expect(out.length).toBeGreaterThanOrEqual(4);
    expect(out[0]).toEqual(out.at(-1));
  });

  it('keeps both end points of an open arc', () => {
    const arc = [
      [37.1, 36.2],
      [37.10001, 36.201],
      [37.1, 36.202],
    ];
    expect(simplifyArc(arc, 5)).toEqual([
      [37.1, 36.2],
      [37.1, 36.202],
    ]);
  });
});
