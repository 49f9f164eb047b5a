import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { clusters, type IouRow } from '../../scripts/measure-iou.ts';
import type { BuiltDistrictProps } from '../../src/geo/build.ts';
import { square } from './measure.ts';

// Four districts of 1 ha in a row (a b c d, each touching the next) and one apart (e).
const ids = ['a', 'b', 'c', 'd', 'e'];
const districts = {
  type: 'FeatureCollection',
  features: ids.map((id, i) => {
    const s = square(37.1 + (id === 'e' ? 0.01 : i * 0.0009), 36.2, 0.0009, id);
    return { ...s, properties: { id, geometry: 'csr', parent: null } as unknown as BuiltDistrictProps };
  }),
} as FeatureCollection<Polygon, BuiltDistrictProps>;

/** A district of 1 ha that took `added` m² of street (0.97 allows it 309 m²). */
const row = (id: string, added: number): IouRow => ({ id, iou: 1e4 / (1e4 + added), kept: 1, carved: [], area: 1e4, perimeter: 400, added });

describe('measure-iou: the districts below 0.97 in groups', () => {
  it('groups neighbours below 0.97 and finds a group short when the districts around it cannot take its excess', () => {
    const out = clusters([row('a', 100), row('b', 700), row('c', 800), row('d', 200), row('e', 900)], districts);
    expect(out).toHaveLength(2);
    // b and c: 391 + 491 m² over; a and d have 209 + 109 m² to spare.
    expect(out[0]).toMatch(/^short {2}2 below 0\.97 \(b, c\): 0\.1 ha over .* the 2 districts around them have 0\.0 ha to spare/);
    // e touches nobody: nothing around it to take its streets.
    expect(out[1]).toMatch(/^short {2}1 below 0\.97 \(e\).* the 0 districts around them/);
  });

  it('finds room when the districts around a group can take its excess', () => {
    const out = clusters([row('a', 0), row('b', 400), row('c', 0), row('d', 0), row('e', 0)], districts);
    expect(out).toEqual([
      expect.stringMatching(/^room {3}1 below 0\.97 \(b\): 0\.0 ha over their allowance; the 2 districts around them have 0\.1 ha to spare$/),
    ]);
  });
});
