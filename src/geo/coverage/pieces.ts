import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { GroupOf } from './setback.ts';

/**
 * One polygon going into the coverage: a CSR feature (or a part of one carved off for a derived
 * district, or an outskirts cell), labelled with the gazetteer key it will belong to. `order`
 * decides overlaps during cleaning (lower wins: CSR before outskirts).
 */
export type Piece = Feature<Polygon | MultiPolygon, { key: string; csr: string | null; order: number }>;
export type Pieces = FeatureCollection<Polygon | MultiPolygon, Piece['properties']>;

/**
 * Snaps and cleans pieces into a coverage; the geo build gets it from the CLI (mapshaper is
 * node-only). `groupOf` names the district whose IoU budget a piece counts in (setback.ts); by
 * default each piece's own key.
 */
export type CleanCoverage = (pieces: Pieces, groupOf?: GroupOf) => Promise<Piece[]>;
