import { describe, it, expect } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import { nearestRegions } from '../../src/geo/coverage/nearest.ts';
import { boundarySamples } from '../../src/geo/coverage/samples.ts';
import { streetSetbacks, SETBACK_DEFAULTS, BORDERING } from '../../src/geo/coverage/setback.ts';
import type { Piece } from '../../src/geo/coverage/pieces.ts';
import { rect } from '../support/pieces.ts';

const ownKey = (p: Piece) => p.properties.key;
const shareOf = (region: Feature<MultiPolygon>, street: Piece) => {
  const x = turf.intersect(turf.featureCollection([region as Feature<Polygon | MultiPolygon>, street as Feature<Polygon>]));
  return x ? turf.area(x) : 0;
};

describe('street setbacks', () => {
  it('sets back the small district whose IoU budget its half of the street would break, and the street goes to the big one', () => {
    // 80 m wide (24,000 m²) and 2 km wide, a 30 m street between them (9,000 m²): split along its
    // middle the small one takes 4,500 m² (IoU 0.84)
    const pieces = [rect(0, 0, 80, 300, 'small'), rect(110, 0, 2110, 300, 'big')];
    const city = rect(0, 0, 2110, 300, 'city').geometry as Polygon;
    const samples = boundarySamples(pieces, 5, SETBACK_DEFAULTS.maxSetbackM);
    // (a finer grid than the city's 6 m, so the grid's count can be held to the drawn split closely)
    const { perPiece, iou } = streetSetbacks(pieces, city, samples, ownKey, { ...SETBACK_DEFAULTS, gridM: 2 });
    expect(perPiece).toEqual([SETBACK_DEFAULTS.maxSetbackM, 0]);
    // set back as far as it goes, it keeps only the ends of the street, where its short sides reach
    const regions = nearestRegions(pieces, 5, perPiece, samples);
    const street = rect(80, 0, 110, 300, 'street');
    const small = shareOf(regions.features[0]!, street);
    expect(small).toBeLessThan(1_300);
    expect(shareOf(regions.features[1]!, street)).toBeGreaterThan(9_000 - 1_300);
    // and the grid the setbacks are tuned on saw the same split (within 100 m²)
    expect(Math.abs(24_000 / iou.get('small')! - 24_000 - small)).toBeLessThan(100);
  });

  it('leaves the split along the middle when both sides have room for their half', () => {
    const pieces = [rect(0, 0, 600, 600, 'west'), rect(610, 0, 1210, 600, 'east')];
    const city = rect(0, 0, 1210, 600, 'city').geometry as Polygon;
    const { perPiece } = streetSetbacks(pieces, city, boundarySamples(pieces, 5, 30), ownKey);
    expect(perPiece).toEqual([0, 0]);
  });

  it('counts a landmark in the budget of the district it borders most', () => {
    // a park between a small and a big district, nearer (and longer) along the small one
    const pieces = [rect(0, 0, 80, 300, 'small'), rect(90, 20, 130, 280, 'park'), rect(160, 0, 1160, 300, 'big')];
    const city = rect(0, 0, 1160, 300, 'city').geometry as Polygon;
    const groupOf = (p: Piece) => (p.properties.key === 'park' ? BORDERING : p.properties.key);
    const { groups } = streetSetbacks(pieces, city, boundarySamples(pieces, 5, 30), groupOf);
    expect(groups).toEqual(['small', 'small', 'big']);
  });
});

describe('boundary samples', () => {
  it('never sets a sample back beyond the middle of a thin piece', () => {
    const thin = [rect(0, 0, 300, 20, 'thin')];
    const s = boundarySamples(thin, 5, 30);
    // the samples on the long sides, whose normals cross the piece
    const across = [...s.depth].filter((_, i) => Math.abs(s.ny[i]!) > 0.99);
    expect(across.length).toBeGreaterThan(100);
    expect(Math.max(...across)).toBeLessThanOrEqual(10.01);
    expect(Math.min(...across)).toBeGreaterThan(9.9);
    // along the piece there is room for the whole setback
    expect(Math.max(...s.depth)).toBe(30);
  });

  it('points every normal into its piece', () => {
    const s = boundarySamples([rect(0, 0, 100, 100, 'square')], 5, 30);
    const outward = [...s.x].filter((x, i) => (50 - x) * s.nx[i]! + (50 - s.y[i]!) * s.ny[i]! <= 0);
    expect(s.x.length).toBeGreaterThan(70);
    expect(outward).toEqual([]);
  });
});

describe('nearest regions with setbacks', () => {
  it('moves the split line of a street by half the difference of the two setbacks', () => {
    const pieces = [rect(0, 0, 200, 300, 'west'), rect(230, 0, 430, 300, 'east')];
    const regions = nearestRegions(pieces, 5, [10, 0]);
    const street = rect(200, 50, 230, 250, 'street');
    // west keeps 15 − 10/2 = 10 m of the 30 m street, over 200 m
    expect(Math.abs(shareOf(regions.features[0]!, street) - 2_000)).toBeLessThan(200);
    expect(Math.abs(shareOf(regions.features[1]!, street) - 4_000)).toBeLessThan(200);
  });
});
