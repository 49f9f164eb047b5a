import { readFileSync } from 'node:fs';
import { parsePlaces } from '../../src/geo/places.ts';
import { resolveContaining } from '../../src/geo/contain.ts';
import { buildGazetteer, type Gazetteer } from '../../src/gazetteer/gazetteer.ts';
import type { DistrictCollection } from '../../src/frontline/topology.ts';
import type { Article } from '../../src/types.ts';

/** The project's own gazetteer, as the CLI loads it. */
export function realGazetteer(): Gazetteer {
  const places = parsePlaces(readFileSync('geo/places.csv', 'utf8'), 'geo/places.csv');
  const districts = JSON.parse(readFileSync('geo/districts.geojson', 'utf8')) as DistrictCollection;
  return buildGazetteer(places, resolveContaining(places, districts));
}

/** A one-off article around a text, published on a Tuesday unless said otherwise. */
export function articleOf(body: string, published = '2016-12-06'): Article {
  return { id: 'test', published, source: 'test', url: null, title: null, language: 'ar', body, file: 'test.md' };
}
