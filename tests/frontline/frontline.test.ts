import { describe, expect, it } from 'vitest';
import { buildTopology, type DistrictCollection } from '../../src/frontline/topology.ts';
import { frontline, territory } from '../../src/frontline/frontline.ts';
import { knownControl } from '../../src/frontline/known.ts';

/** Three unit squares in a row: a | b | c. */
const square = (id: string, x: number): DistrictCollection['features'][number] => ({
  type: 'Feature',
  properties: { id, name_en: id, name_ar: id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  },
});
const topo = buildTopology({ type: 'FeatureCollection', features: [square('a', 0), square('b', 1), square('c', 2)] });
const xsOf = (lines: number[][][]) => lines.flatMap((l) => l.map((p) => p[0]));

describe('frontline', () => {
  it('runs along the border between districts held by different sides', () => {
    const front = frontline(topo, { a: 'government', b: 'opposition', c: 'opposition' });
    expect(front.coordinates).toHaveLength(1);
    expect(new Set(xsOf(front.coordinates))).toEqual(new Set([1]));
  });

  it('ignores borders between districts held by the same side', () => {
    expect(frontline(topo, { a: 'government', b: 'government', c: 'government' }).coordinates).toEqual([]);
  });

  it('draws no front next to a district whose control is unknown', () => {
    expect(frontline(topo, { a: 'government', b: 'unknown', c: 'opposition' }).coordinates).toEqual([]);
  });

  it('draws no front along a district changing hands in a date window: its side is not known that day', () => {
    const day = {
      a: { controller: 'government', certainty: 'reported' },
      b: { controller: 'opposition', certainty: 'window' },
      c: { controller: 'government', certainty: 'carried' },
    } as const;
    expect(knownControl(day)).toEqual({ a: 'government', b: 'unknown', c: 'government' });
    expect(frontline(topo, knownControl(day)).coordinates).toEqual([]);
  });

  it('treats contested as a side of its own, so its edges are fronts', () => {
    const front = frontline(topo, { a: 'government', b: 'contested', c: 'opposition' });
    expect(new Set(xsOf(front.coordinates))).toEqual(new Set([1, 2]));
  });

  it("merges one side's districts into one territory without inner borders", () => {
    const t = territory(topo, { a: 'opposition', b: 'opposition', c: 'government' }, 'opposition');
    expect(t.coordinates).toHaveLength(1);
    expect(t.coordinates[0]![0]!.length).toBeLessThanOrEqual(7);
  });
});
