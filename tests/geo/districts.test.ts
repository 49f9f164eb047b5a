import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { buildGeo, geoJsonText, type GeoOutput } from '../../src/geo/build.ts';
import { validateDistricts } from '../../src/geo/validate-districts.ts';
import { placedDistricts } from '../../src/geo/districts.ts';
import { overlapArea, coverageGap, square } from './measure.ts';
import { mesh } from 'topojson-client';
import { buildTopology } from '../../src/frontline/topology.ts';

let geo: GeoOutput;
const read = (f: string) => readFileSync(f, 'utf8');

beforeAll(() => {
  let anchors: string | null = null;
  try { anchors = read('geo/anchors.csv'); } catch { anchors = null; }
  geo = buildGeo({ placesText: read('geo/places.csv'), placesFile: 'geo/places.csv', anchorsText: anchors, anchorsFile: 'geo/anchors.csv' });
});

describe('the district polygons', () => {
  it('gives every placed neighbourhood exactly one polygon, and nothing else one', () => {
    const ids = geo.districts.features.map((f) => f.properties.id);
    expect(ids).toEqual(placedDistricts(geo.places).map((p) => p.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the features in id order', () => {
    const ids = geo.districts.features.map((f) => f.properties.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('does not let two districts overlap (less than 1 m² in total)', () => {
    expect(overlapArea(geo.districts)).toBeLessThan(1);
  });

  it('notices an overlap when there is one', () => {
    const fc = turf.featureCollection([square(37.1, 36.2, 0.01, 'a'), square(37.105, 36.2, 0.01, 'b')]);
    expect(overlapArea(fc)).toBeGreaterThan(100_000);
  });

  it('leaves no gaps: the union of the districts covers the outline within 0.1%', () => {
    expect(coverageGap(geo.districts, geo.outline)).toBeLessThan(0.001);
  });

  it('notices a gap when a district is missing', () => {
    const fc = { ...geo.districts, features: geo.districts.features.filter((f) => f.properties.id !== 'sheikh-najjar') };
    expect(coverageGap(fc, geo.outline)).toBeGreaterThan(0.001);
  });

  it('is valid RFC 7946: closed [lon, lat] rings inside Aleppo, right-hand rule, known ids', () => {
    const check = validateDistricts(geo.districts, geo.places);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  it('rejects a file with latitude and longitude swapped', () => {
    const swapped = turf.featureCollection([turf.polygon([[[36.2, 37.1], [36.21, 37.1], [36.21, 37.11], [36.2, 37.1]]], { id: 'al-shaar' })]);
    expect(validateDistricts(swapped, geo.places).errors.join()).toMatch(/outside Aleppo/);
  });

  it('shares exact borders, so topojson sees every inner border once from both sides', () => {
    const topo = buildTopology(geo.districts);
    const km = (g: Parameters<typeof turf.length>[0]) => turf.length(g, { units: 'kilometers' });
    const inner = km(turf.feature(mesh(topo, topo.objects.districts, (a, b) => a !== b)));
    const perimeters = geo.districts.features.reduce((s, f) => s + km(turf.polygonToLine(f) as never), 0);
    const outline = km(turf.polygonToLine(geo.outline) as never);
    expect(Math.abs(perimeters - outline - 2 * inner)).toBeLessThan(0.01);
  });

  it('rounds every coordinate to 1e-7 degrees', () => {
    const coords = geo.districts.features.flatMap((f) => turf.coordAll(f)).flat();
    expect(coords.every((v) => Math.round(v * 1e7) / 1e7 === v)).toBe(true);
  });

  it('matches the committed geo/districts.geojson and geo/outline.geojson byte for byte', () => {
    expect(read('geo/districts.geojson')).toBe(geoJsonText(geo.districts));
    expect(read('geo/outline.geojson')).toBe(geoJsonText(geo.outline));
  });
});

describe('places that are points', () => {
  const districtOf = (id: string) => geo.districts.features.find((f) => f.properties.landmarks.includes(id))?.properties.id;

  it.each(['citadel', 'eye-hospital', 'jazmati-roundabout'])('resolves %s to a district', (id) => {
    expect(districtOf(id)).toBeTypeOf('string');
  });

  it('puts the Citadel in an Old City district next to it, and the Jazmati roundabout in Jazmati', () => {
    expect(['ajam', 'oghlu-bek', 'souq-al-madina', 'bayada']).toContain(districtOf('citadel'));
    expect(districtOf('jazmati-roundabout')).toBe('jazmati');
  });

  it('gives villages no polygon', () => {
    const villages = geo.places.filter((p) => p.kind === 'village').map((p) => p.id);
    expect(villages).toContain('nubl');
    const ids = new Set(geo.districts.features.map((f) => f.properties.id));
    expect(villages.filter((v) => ids.has(v))).toEqual([]);
  });
});
