import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { Place } from '../../types.ts';
import type { Piece } from './pieces.ts';
import { joinCsr, type CsrCollection } from './csr.ts';
import { CSR_CREDIT } from '../credit.ts';

/** Boundary polygons joined to the gazetteer: what the coverage build starts from (CSR's or a user's). */
export interface Boundaries {
  /** one piece per source polygon that names a place, labelled with its key */
  pieces: Piece[];
  /** place key → the source polygons' names it is built from */
  namesOf: Map<string, string[]>;
  /** source names no place carries (not drawn) */
  unmatched: string[];
  /** whose polygons: drawn districts say so in `properties.geometry` */
  origin: 'csr' | 'user';
  /** the credit line for the map and the exports */
  credit: string;
  /** the Citadel's own polygon, for the landmarks layer, when the source has one */
  citadel: Feature<Polygon | MultiPolygon> | null;
}

/** The CSR neighbourhoods joined through the `source` column of places.csv. */
export function csrBoundaries(csr: CsrCollection, places: Place[], placesFile: string): Boundaries {
  const join = joinCsr(csr, places, placesFile);
  const citadelNames = join.namesOf.get('citadel') ?? [];
  const citadel = csr.features.find((f) => citadelNames.includes(f.properties.NAME)) ?? null;
  return { ...join, origin: 'csr', credit: CSR_CREDIT, citadel };
}
