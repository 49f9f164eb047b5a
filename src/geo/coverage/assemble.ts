import * as turf from '@turf/turf';
import { topology } from 'topojson-server';
import { merge } from 'topojson-client';
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import type { Topology, GeometryCollection, Polygon as TopoPolygon, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import type { Place } from '../../types.ts';
import { roundGeometry } from '../round.ts';
import type { Piece, Pieces } from './pieces.ts';

type PieceTopology = Topology<{ pieces: GeometryCollection<Piece['properties']> }>;
type PieceGeometry = TopoPolygon<Piece['properties']> | TopoMultiPolygon<Piece['properties']>;

export interface Assembled {
  /** district key → its geometry, merged from all its cleaned pieces (and the landmarks it took in) */
  shapes: Map<string, Polygon | MultiPolygon>;
  /** landmark key (a CSR polygon that is not a district) → the district that took its area in */
  absorbedInto: Map<string, string>;
}

const arcsOf = (g: PieceGeometry): number[] => (g.type === 'Polygon' ? g.arcs.flat() : g.arcs.flat(2));
const arcIndex = (i: number) => (i < 0 ? ~i : i);
/** Length of an arc in km, on the local plane (good to well under 1 % across the city). */
function arcLength(arc: Position[]): number {
  const k = Math.cos((36.2 * Math.PI) / 180) * 111.32;
  let s = 0;
  for (let i = 1; i < arc.length; i++) s += Math.hypot((arc[i]![0]! - arc[i - 1]![0]!) * k, (arc[i]![1]! - arc[i - 1]![1]!) * 110.57);
  return s;
}

/** For a landmark polygon that touches no district (the airport): the district nearest to its centre. */
function nearestDistrict(piece: Piece, districts: Piece[]): string {
  const at = turf.centroid(piece);
  let best = { key: '', d: Infinity };
  for (const p of districts) {
    const d = turf.pointToPolygonDistance(at, p as Feature<Polygon>);
    if (d < best.d) best = { key: p.properties.key, d };
  }
  return best.key;
}

/**
 * Turns the cleaned pieces into one shape per district. A piece labelled with a landmark (the
 * Citadel, the airport, parks and cemeteries CSR draws as polygons of their own) joins the
 * district its `part_of` names, or else the district it shares the longest border with, so the
 * coverage keeps no hole where it was. Pieces are merged along their shared arcs (topojson), so
 * the result still shares exact borders with its neighbours.
 */
export function assemble(pieces: Piece[], places: Map<string, Place>): Assembled {
  const collection: Pieces = { type: 'FeatureCollection', features: pieces };
  const topo = topology({ pieces: collection } as never) as unknown as PieceTopology;
  const geoms = topo.objects.pieces.geometries as PieceGeometry[];
  const users = new Map<number, Set<number>>();
  geoms.forEach((g, gi) => arcsOf(g).forEach((a) => users.set(arcIndex(a), (users.get(arcIndex(a)) ?? new Set()).add(gi))));
  const isDistrict = (key: string) => places.get(key)?.kind === 'neighbourhood';

  const keyOf = geoms.map((g) => g.properties!.key);
  const absorbedInto = new Map<string, string>();
  geoms.forEach((g, gi) => {
    const key = g.properties!.key;
    if (isDistrict(key)) return;
    const told = places.get(key)?.part_of.find(isDistrict);
    let target = told ?? null;
    if (!target) {
      const shared = new Map<string, number>();
      for (const a of arcsOf(g)) {
        for (const other of users.get(arcIndex(a)) ?? []) {
          const k = keyOf[other]!;
          if (other !== gi && isDistrict(k)) shared.set(k, (shared.get(k) ?? 0) + arcLength(topo.arcs[arcIndex(a)]!));
        }
      }
      target = [...shared].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null;
    }
    target ??= nearestDistrict(
      pieces[gi]!,
      pieces.filter((p) => isDistrict(p.properties.key)),
    );
    absorbedInto.set(key, target);
  });
  // A landmark inside a landmark (none today) would need a second pass; fail loudly instead.
  for (const [k, t] of absorbedInto) if (!isDistrict(t)) throw new Error(`assemble: '${k}' would join '${t}', not a district`);

  const members = new Map<string, PieceGeometry[]>();
  geoms.forEach((g, gi) => {
    const k = absorbedInto.get(keyOf[gi]!) ?? keyOf[gi]!;
    members.set(k, [...(members.get(k) ?? []), g]);
  });
  const shapes = new Map<string, Polygon | MultiPolygon>();
  for (const [k, gs] of [...members].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const m = merge(topo as never, gs as never) as MultiPolygon;
    const g: Polygon | MultiPolygon = m.coordinates.length === 1 ? { type: 'Polygon', coordinates: m.coordinates[0]! } : m;
    shapes.set(k, (turf.rewind(turf.feature(roundGeometry(g)), { reverse: false }) as Feature<Polygon | MultiPolygon>).geometry);
  }
  return { shapes, absorbedInto };
}
