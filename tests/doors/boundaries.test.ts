import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkBoundaries } from '../../src/checks/boundaries.ts';
import { parsePlaces } from '../../src/geo/places.ts';
import type { Place } from '../../src/types.ts';

// Broken district boundaries, the way a user's own geo/districts.geojson can be broken: each must
// come back as errors naming the file, the feature and the field, never as a TypeError.
const FILE = 'geo/districts.geojson';
const places = parsePlaces(readFileSync('geo/places.csv', 'utf8'), 'geo/places.csv');
const good = readFileSync(FILE, 'utf8');
type Fc = { type: string; features: { type: string; properties: { id: unknown }; geometry: { type: string; coordinates: unknown } | null }[] };

/** The project's boundaries with feature 0 (al-Abraj) changed by `edit`. */
function broken(edit: (fc: Fc) => void): string {
  const fc = JSON.parse(good) as Fc;
  edit(fc);
  return JSON.stringify(fc, null, 1);
}
const errorsOf = (text: string, using: readonly Place[] = places) => {
  const r = checkBoundaries(text, FILE, using);
  expect(r.districts).toBeNull();
  return r.errors.join('\n');
};
const ring0 = (fc: Fc) => (fc.features[0]!.geometry!.coordinates as number[][][])[0]!;

describe('district boundaries are checked before anything is computed', () => {
  it('accepts the project’s own boundaries, with no errors', () => {
    const r = checkBoundaries(good, FILE, places);
    expect(r.errors).toEqual([]);
    expect(r.districts?.features.length).toBeGreaterThan(100);
  });

  it('refuses text that is not JSON, naming the line', () => {
    expect(errorsOf('{\n "type": "FeatureCollection",\n "features": [,]\n}')).toMatch(/^geo\/districts\.geojson:3: not valid JSON/);
  });

  it.each([
    ['null', 'null'],
    ['a Feature', '{"type":"Feature","properties":{},"geometry":null}'],
    ['features not a list', '{"type":"FeatureCollection","features":{}}'],
  ])('refuses %s in place of a FeatureCollection', (_, text) => expect(errorsOf(text)).toContain(`${FILE}: type: must be a GeoJSON FeatureCollection`));

  it.each([
    ['a Point', (fc: Fc) => (fc.features[0]!.geometry = { type: 'Point', coordinates: [37.1, 36.2] }), 'must be a Polygon or MultiPolygon (got Point)'],
    ['a null geometry', (fc: Fc) => (fc.features[0]!.geometry = null), 'must be a Polygon or MultiPolygon (got null)'],
    ['coordinates that are not lists', (fc: Fc) => (fc.features[0]!.geometry!.coordinates = 'x'), 'must be a Polygon or MultiPolygon'],
    ['a position that is not numbers', (fc: Fc) => (ring0(fc)[1] = ['37.1', null] as never), 'is not [lon, lat] numbers'],
    ['a ring of three positions', (fc: Fc) => ((fc.features[0]!.geometry!.coordinates as unknown[])[0] = ring0(fc).slice(0, 3)), 'at least 4 positions'],
  ])('refuses a feature with %s, naming it', (_, edit, words) => {
    expect(errorsOf(broken(edit))).toContain(`${FILE}: feature 0 (abraj): geometry`);
    expect(errorsOf(broken(edit))).toContain(words);
  });

  it('refuses a position outside the longitude and latitude ranges', () => {
    expect(errorsOf(broken((fc) => (ring0(fc)[2] = [237.1, 36.2])))).toContain('outside longitude −180…180');
  });

  it('refuses boundaries written [lat, lon], saying that the order looks swapped', () => {
    const text = broken((fc) =>
      fc.features.forEach((f) => ((f.geometry!.coordinates as number[][][])[0] = (f.geometry!.coordinates as number[][][])[0]!.map(([x, y]) => [y!, x!]))),
    );
    const errors = errorsOf(text);
    expect(errors).toMatch(/feature 0 \(abraj\): geometry ring 0: position \[36\.\d+, 37\.\d+\] is outside Aleppo/);
    expect(errors).toContain('it looks like [lat, lon]: GeoJSON wants [lon, lat]');
  });

  it('refuses a ring left open', () => {
    expect(errorsOf(broken((fc) => ring0(fc).pop()))).toContain('ring is not closed');
  });

  it('refuses an outer ring wound clockwise (RFC 7946)', () => {
    expect(errorsOf(broken((fc) => ring0(fc).reverse()))).toContain('feature 0 (abraj): geometry ring 0: winds clockwise');
  });

  it('refuses a ring that crosses itself', () => {
    const bowtie = [
      [37.166, 36.2],
      [37.17, 36.204],
      [37.17, 36.2],
      [37.166, 36.204],
      [37.166, 36.2],
    ];
    expect(errorsOf(broken((fc) => (fc.features[0]!.geometry!.coordinates = [bowtie])))).toContain('feature 0 (abraj): geometry: crosses itself');
  });

  it('refuses two features with one id, and an id that is not a neighbourhood of places.csv', () => {
    const errors = errorsOf(
      broken((fc) => {
        fc.features[1]!.properties.id = 'abraj';
        fc.features[2]!.properties.id = 'no-such-district';
        fc.features[3]!.properties.id = 7;
      }),
    );
    expect(errors).toContain("feature 1 (abraj): properties.id: 'abraj' is already the id of feature 0");
    expect(errors).toContain("feature 2 (no-such-district): properties.id: 'no-such-district' is not a neighbourhood key");
    expect(errors).toContain('feature 3: properties.id: must be a string (got 7)');
  });

  it('refuses a district whose polygon does not hold its own point (the point moved 8 km)', () => {
    const moved = places.map((p) => (p.id === 'abraj' ? { ...p, point: { lat: p.point!.lat + 0.072, lon: p.point!.lon } } : p));
    expect(errorsOf(good, moved)).toContain("feature 0 (abraj): geometry: does not contain the district's own point");
  });

  it('lists every broken feature, not only the first', () => {
    const errors = errorsOf(
      broken((fc) => {
        fc.features[0]!.geometry = null;
        (fc.features[5]!.geometry!.coordinates as number[][][])[0]!.reverse();
      }),
    ).split('\n');
    expect(errors.some((e) => e.includes('feature 0 '))).toBe(true);
    expect(errors.some((e) => e.includes('feature 5 '))).toBe(true);
  });
});
