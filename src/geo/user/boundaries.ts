import * as turf from '@turf/turf';
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import type { Place } from '../../types.ts';
import type { Piece } from '../coverage/pieces.ts';
import type { Boundaries } from '../coverage/boundaries.ts';
import { userCredit } from '../credit.ts';
import { placeNamed, spellingIndex } from './names.ts';
import { crossings } from '../../checks/boundaries.ts';

/** A user's boundary file that cannot be used; the message names the file and the problem. */
export class BoundaryError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'BoundaryError';
  }
}

export interface BoundaryOptions {
  /** The property holding each polygon's name; when absent, the property whose values match the most places. */
  nameField?: string;
  /** A second property with an Arabic (or other) name, tried when the first does not match. */
  nameArField?: string;
}

export interface UserBoundaries extends Boundaries {
  /** name in the file → the gazetteer key it matched */
  matched: { name: string; key: string }[];
  nameField: string;
}

type AnyFeature = { type?: unknown; properties?: Record<string, unknown> | null; geometry?: { type?: unknown; coordinates?: unknown } | null };
const positions = (g: Polygon | MultiPolygon): Position[] => (g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2));
const MAX_OFF_M = 300;

function parse(text: string, file: string): AnyFeature[] {
  let data: { type?: unknown; features?: unknown };
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BoundaryError(file, `not JSON (${(e as Error).message})`);
  }
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) throw new BoundaryError(file, 'not a GeoJSON FeatureCollection');
  if (data.features.length === 0) throw new BoundaryError(file, 'the FeatureCollection has no features');
  return data.features as AnyFeature[];
}

function checkGeometry(f: AnyFeature, i: number, file: string): Polygon | MultiPolygon {
  const g = f.geometry;
  if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon')
    throw new BoundaryError(file, `feature ${i}: geometry is ${String(g?.type ?? 'missing')}, not a Polygon or MultiPolygon`);
  const poly = g as Polygon | MultiPolygon;
  const pts = positions(poly);
  if (!pts.every((p) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])))
    throw new BoundaryError(file, `feature ${i}: a position is not a pair of numbers`);
  const far = pts.find((p) => Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90);
  if (far)
    throw new BoundaryError(
      file,
      `feature ${i}: coordinate [${far[0]}, ${far[1]}] is not in degrees (metres of a projected system?); save the file as WGS84 longitude/latitude (EPSG:4326)`,
    );
  return poly;
}

/** Where a polygon crosses itself, or null (pinches and rounding excepted: see crossings). */
export function ringCrossing(g: Polygon | MultiPolygon): Position | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polys) {
    const found = crossings(rings)[0];
    if (found) return found;
  }
  return null;
}

/** Feature ids (`id`, or `properties.id`), where the file has them, must not repeat. */
function checkIds(features: AnyFeature[], file: string): void {
  const seen = new Map<string, number>();
  features.forEach((f, i) => {
    const id = (f as { id?: unknown }).id ?? f.properties?.id;
    if (id === undefined || id === null) return;
    const first = seen.get(String(id));
    if (first !== undefined) throw new BoundaryError(file, `features ${first} and ${i} have the same id ${JSON.stringify(id)} (duplicate ids)`);
    seen.set(String(id), i);
  });
}

function pickNameField(features: AnyFeature[], index: ReturnType<typeof spellingIndex>): string | null {
  const fields = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  let best: { field: string; n: number } | null = null;
  for (const field of fields) {
    const n = features.filter((f) => typeof f.properties?.[field] === 'string' && placeNamed(String(f.properties[field]), index)).length;
    if (n > 0 && (!best || n > best.n)) best = { field, n };
  }
  return best?.field ?? null;
}

/** Whether a place's point lies in (or within MAX_OFF_M of) a polygon. */
function near(p: Place, g: Polygon | MultiPolygon, swap = false): boolean {
  const at = turf.point(swap ? [p.point!.lat, p.point!.lon] : [p.point!.lon, p.point!.lat]);
  const shape = turf.feature(g);
  return turf.booleanPointInPolygon(at, shape) || turf.pointToPolygonDistance(at, shape as Feature<Polygon>, { units: 'meters' }) <= MAX_OFF_M;
}

/**
 * A user's polygon file, checked hard and joined to the gazetteer by name (Arabic or English,
 * every spelling the gazetteer knows). Throws a BoundaryError for: not JSON, not a
 * FeatureCollection, a geometry that is not a polygon, coordinates not in degrees, no name field,
 * nothing matching, duplicate feature ids, a ring that crosses itself, and
 * districts whose points fall outside their polygons (latitude and longitude swapped).
 */
export function userBoundaries(text: string, file: string, places: Place[], options: BoundaryOptions = {}): UserBoundaries {
  const features = parse(text, file);
  checkIds(features, file);
  const geometries = features.map((f, i) => checkGeometry(f, i, file));
  const index = spellingIndex(places);
  const nameField = options.nameField ?? pickNameField(features, index);
  if (!nameField) throw new BoundaryError(file, 'no property of the features holds a name the gazetteer knows (give --name-field)');
  if (!features.some((f) => f.properties && nameField in f.properties)) {
    const fields = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
    throw new BoundaryError(file, `no feature has the property "${nameField}" (properties: ${fields.join(', ') || 'none'})`);
  }

  const pieces: Piece[] = [];
  const namesOf = new Map<string, string[]>();
  const matched: { name: string; key: string }[] = [];
  const unmatched = new Set<string>();
  features.forEach((f, i) => {
    const names = [f.properties?.[nameField], options.nameArField ? f.properties?.[options.nameArField] : undefined].filter(
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    );
    const label = names[0] ?? `feature ${i}`;
    const place = names.map((n) => placeNamed(n, index)).find((p) => p !== null) ?? null;
    if (!place) return void unmatched.add(label);
    // Several polygons may name one district (Ramouseh I–IV): they are its parts, merged.
    const known = namesOf.get(place.id) ?? [];
    if (!known.includes(label)) {
      namesOf.set(place.id, [...known, label]);
      matched.push({ name: label, key: place.id });
    }
    pieces.push({ type: 'Feature', properties: { key: place.id, csr: label, order: 0 }, geometry: geometries[i]! });
  });
  if (matched.length === 0)
    throw new BoundaryError(
      file,
      `none of the ${unmatched.size} names in "${nameField}" matches a place of the gazetteer (e.g. ${[...unmatched]
        .slice(0, 3)
        .map((n) => JSON.stringify(n))
        .join(', ')})`,
    );

  // Each matched district with a point should hold it; if most hold it only with lat and lon swapped, say so.
  const checkable = [...namesOf.keys()].map((k) => places.find((p) => p.id === k)!).filter((p) => p.kind === 'neighbourhood' && p.point);
  const shapeOf = (k: string) => pieces.filter((p) => p.properties.key === k).map((p) => p.geometry);
  const inside = checkable.filter((p) => shapeOf(p.id).some((g) => near(p, g)));
  const swapped = checkable.filter((p) => shapeOf(p.id).some((g) => near(p, g, true)));
  if (checkable.length > 0 && inside.length < checkable.length / 2) {
    if (swapped.length > inside.length)
      throw new BoundaryError(
        file,
        `latitude and longitude look swapped: ${swapped.length} of ${checkable.length} districts hold their point only with the two exchanged; write positions as [longitude, latitude]`,
      );
    throw new BoundaryError(
      file,
      `only ${inside.length} of ${checkable.length} districts hold their own point (e.g. '${checkable.find((p) => !inside.includes(p))!.id}'): wrong names, or another city?`,
    );
  }
  pieces.forEach((p) => {
    const crossing = ringCrossing(p.geometry);
    if (crossing)
      throw new BoundaryError(
        file,
        `"${p.properties.csr}" (feature ${features.findIndex((f) => f.geometry === p.geometry)}): its boundary crosses itself near [${crossing[0]!.toFixed(5)}, ${crossing[1]!.toFixed(5)}]`,
      );
  });
  return {
    pieces,
    namesOf,
    unmatched: [...unmatched].sort(),
    matched,
    nameField,
    origin: 'user',
    credit: userCredit(file.split(/[\\/]/).pop() ?? file),
    citadel: null,
  };
}
