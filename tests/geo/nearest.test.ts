import { describe, it, expect } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import { nearestRegions } from '../../src/geo/coverage/nearest.ts';
import { fromPlane, METRES_PER_UNIT as M } from '../../src/geo/project.ts';
import { rect } from '../support/pieces.ts';

describe('nearest regions', () => {
  // two blocks 200 m wide with a 30 m street between them (x = 200 … 230 m)
  const pieces = [rect(0, 0, 200, 300, 'west'), rect(230, 0, 430, 300, 'east')];
  const regions = nearestRegions(pieces);
  const street = rect(200, 50, 230, 250, 'street') as Feature<Polygon>;
  const shareOf = (i: number) => turf.intersect(turf.featureCollection([regions.features[i] as Feature<Polygon | MultiPolygon>, street]))!;

  it('gives each piece one region, labelled with its index', () => {
    expect(regions.features.map((f) => f.properties.piece)).toEqual([0, 1]);
  });

  it('splits a street between two blocks along its middle line (within a metre)', () => {
    const west = turf.area(shareOf(0));
    const east = turf.area(shareOf(1));
    const streetArea = turf.area(street);
    expect(Math.abs(west + east - streetArea)).toBeLessThan(streetArea * 0.001);
    // each side gets 15 m × 200 m; a metre off the middle would be 200 m² off
    expect(Math.abs(west - streetArea / 2)).toBeLessThan(200);
  });

  it('leaves each piece inside its own region', () => {
    for (const [i, p] of pieces.entries()) {
      const outside = turf.difference(turf.featureCollection([p as Feature<Polygon>, regions.features[i] as Feature<Polygon | MultiPolygon>]));
      expect(outside ? turf.area(outside) : 0).toBeLessThan(1);
    }
  });

  it('gives a point in the street to the block it is nearer to, even when the street is uneven', () => {
    const wide = [rect(0, 0, 200, 300, 'west'), rect(260, 0, 460, 300, 'east')];
    const r = nearestRegions(wide);
    const at = (x: number) => turf.point(fromPlane([x / M, 150 / M]));
    expect(turf.booleanPointInPolygon(at(225), r.features[0] as Feature<Polygon | MultiPolygon>)).toBe(true);
    expect(turf.booleanPointInPolygon(at(235), r.features[1] as Feature<Polygon | MultiPolygon>)).toBe(true);
  });
});
