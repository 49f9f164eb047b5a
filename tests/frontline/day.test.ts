import { describe, expect, it } from 'vitest';
import { buildTopology, type DistrictCollection } from '../../src/frontline/topology.ts';
import { dayCollection } from '../../src/frontline/day.ts';
import type { MultiLineString, MultiPolygon } from 'geojson';
import { geometryProblems, rfc7946Problems } from '../../src/geo/rfc7946.ts';
import { checkDay } from '../../src/schema/index.ts';

/** Three unit squares in a row, the first drawn clockwise (as some tools write them): a | b | c. */
const square = (id: string, x: number, clockwise = false): DistrictCollection['features'][number] => {
  const ring = [
    [x, 0],
    [x + 1, 0],
    [x + 1, 1],
    [x, 1],
    [x, 0],
  ];
  return { type: 'Feature', properties: { id, name_en: id, name_ar: id }, geometry: { type: 'Polygon', coordinates: [clockwise ? ring.reverse() : ring] } };
};
const topo = buildTopology({ type: 'FeatureCollection', features: [square('a', 0, true), square('b', 1), square('c', 2)] });

describe('one day as GeoJSON', () => {
  const day = dayCollection(topo, '2016-12-06', { a: 'government', b: 'opposition', c: 'opposition' });

  it('holds one merged territory per side present, naming its districts, and the front line', () => {
    expect(day.features.map((f) => f.properties)).toEqual([
      { kind: 'territory', date: '2016-12-06', controller: 'government', districts: ['a'] },
      { kind: 'territory', date: '2016-12-06', controller: 'opposition', districts: ['b', 'c'] },
      { kind: 'frontline', date: '2016-12-06' },
    ]);
  });

  it('passes the RFC 7946 check, winding included', () => {
    expect(rfc7946Problems(JSON.stringify(day), 'day.geojson')).toEqual([]);
  });
});

describe('the RFC 7946 check', () => {
  it('names the file and ring of an exterior ring wound clockwise', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [square('a', 0, true)] });
    expect(rfc7946Problems(text, 'x.geojson')).toEqual([
      'x.geojson: feature 0, polygon 0, ring 0 winds clockwise; RFC 7946 wants exterior rings counter-clockwise',
    ]);
  });

  it('reports positions outside WGS84 range', () => {
    const text = JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [370, 36] } });
    expect(rfc7946Problems(text, 'p.geojson')).toEqual(['p.geojson: feature 0 has a position outside WGS84 range: [370, 36]']);
  });

  it('reports broken structure with the file name', () => {
    const [problem] = rfc7946Problems('{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0]]]}}', 'bad.geojson');
    expect(problem).toMatch(/^bad\.geojson: /);
  });
});

describe('the checks the pipeline runs on each day it makes', () => {
  const day = dayCollection(topo, '2016-12-06', { a: 'government', b: 'opposition', c: 'opposition' });
  const copy = () => JSON.parse(JSON.stringify(day)) as typeof day;

  it('pass a day made by dayCollection', () => {
    expect(() => checkDay(day, 'days/2016-12-06.geojson')).not.toThrow();
    expect(geometryProblems(day, 'days/2016-12-06.geojson')).toEqual([]);
  });

  it('refuse a ring left open, naming the file and the field', () => {
    const open = copy();
    const ring = (open.features[0]!.geometry as MultiPolygon).coordinates[0]![0]!;
    ring[ring.length - 1] = [9, 9];
    expect(() => checkDay(open, 'days/x.geojson')).toThrow(/^days\/x\.geojson: features\.0\.geometry\.coordinates\.0\.0: must be closed/m);
  });

  it('refuse a front line of one position and a territory without districts', () => {
    const bad = copy();
    (bad.features.at(-1)!.geometry as MultiLineString).coordinates = [[[0, 0]]];
    expect(() => checkDay(bad, 'd.geojson')).toThrow(/^d\.geojson: features\.\d/m);
    const empty = copy();
    (empty.features[0]!.properties as { districts: string[] }).districts = [];
    expect(() => checkDay(empty, 'd.geojson')).toThrow(/^d\.geojson: features\.0/m);
  });

  it('name a territory wound clockwise and a position outside WGS84 range', () => {
    const turned = copy();
    (turned.features[0]!.geometry as MultiPolygon).coordinates[0]![0]!.reverse();
    expect(geometryProblems(turned, 'd.geojson')).toEqual([
      'd.geojson: feature 0, polygon 0, ring 0 winds clockwise; RFC 7946 wants exterior rings counter-clockwise',
    ]);
    const far = copy();
    (far.features.at(-1)!.geometry as MultiLineString).coordinates[0]![0] = [370, 36];
    expect(geometryProblems(far, 'd.geojson')).toEqual([`d.geojson: feature ${far.features.length - 1} has a position outside WGS84 range: [370, 36]`]);
  });
});
