import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { Place } from '../../types.ts';
import type { Piece } from './pieces.ts';

export type CsrFeature = Feature<Polygon | MultiPolygon, { Id: number; NAME: string; NAME_A: string | null }>;
export type CsrCollection = FeatureCollection<Polygon | MultiPolygon, CsrFeature['properties']>;

const CSR_TAG = 'csr_aleppo_neighborhoods.geojson#NAME=';

/** The CSR NAMEs a place's `source` column points at (`|` joins the parts of one district). */
export function csrNames(source: string): string[] {
  const tag = source
    .split(';')
    .map((s) => s.trim())
    .find((s) => s.startsWith(CSR_TAG));
  return tag
    ? tag
        .slice(CSR_TAG.length)
        .split('|')
        .map((s) => s.trim())
    : [];
}

export interface CsrJoin {
  /** One piece per CSR feature that a place names, labelled with that place's key. */
  pieces: Piece[];
  /** CSR NAMEs no place names (left out of the coverage). */
  unmatched: string[];
  /** Place key → the CSR NAMEs it is built from. */
  namesOf: Map<string, string[]>;
}

/**
 * Labels every CSR feature with the gazetteer place whose `source` names it. Several features may
 * carry one NAME (Tishreen, Muhammad Bek …) and one place may name several (Hamdaniyeh I–V): all
 * become pieces of that place. Throws if a NAME is claimed by two places or names no CSR feature.
 */
export function joinCsr(csr: CsrCollection, places: Place[], file: string): CsrJoin {
  const owner = new Map<string, string>();
  const namesOf = new Map<string, string[]>();
  const known = new Set(csr.features.map((f) => f.properties.NAME));
  for (const p of places) {
    const names = csrNames(p.source);
    if (names.length === 0) continue;
    for (const n of names) {
      if (!known.has(n))
        throw new Error(`${file}: place '${p.id}' names CSR feature "${n}", which ${'geo/sources/csr_aleppo_neighborhoods.geojson'} does not have`);
      const other = owner.get(n);
      if (other) throw new Error(`${file}: CSR feature "${n}" is named by both '${other}' and '${p.id}'`);
      owner.set(n, p.id);
    }
    namesOf.set(p.id, names);
  }
  const pieces: Piece[] = [];
  const unmatched = new Set<string>();
  for (const f of csr.features) {
    const key = owner.get(f.properties.NAME);
    if (!key) unmatched.add(f.properties.NAME);
    else pieces.push({ type: 'Feature', properties: { key, csr: f.properties.NAME, order: 0 }, geometry: f.geometry });
  }
  return { pieces, unmatched: [...unmatched].sort(), namesOf };
}
