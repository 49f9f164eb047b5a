import { parse } from 'csv-parse/browser/esm/sync';
import { searchKey } from './searchKeys.ts';

export interface SearchPlace {
  id: string;
  name_en: string;
  name_ar: string;
  kind: string;
  /** The districts it stands for (itself for a district with a polygon). */
  districts: string[];
}

export interface SearchHit {
  place: SearchPlace;
  /** The spelling that matched, as written in the gazetteer. */
  matched: string;
  /** 0: the whole name; 1: the start of it; 2: inside it. */
  rank: number;
}

interface Entry {
  place: SearchPlace;
  spelling: string;
  key: string;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

const KIND_ORDER: Record<string, number> = { neighbourhood: 0, quarter: 1, area: 2, roundabout: 3, landmark: 4, village: 5 };

export function buildSearchIndex(places: readonly SearchPlace[], variants: ReadonlyMap<string, readonly string[]>): SearchIndex {
  const entries: Entry[] = [];
  for (const place of places) {
    const spellings = new Set([place.name_en, place.name_ar, ...(variants.get(place.id) ?? [])]);
    for (const spelling of spellings) {
      const key = searchKey(spelling);
      if (key.length > 0) entries.push({ place, spelling, key });
    }
  }
  return {
    search(query, limit = 8) {
      const q = searchKey(query);
      if (q.length < 2) return [];
      const best = new Map<string, SearchHit>();
      for (const e of entries) {
        const rank = e.key === q ? 0 : e.key.startsWith(q) ? 1 : e.key.includes(q) ? 2 : -1;
        if (rank < 0) continue;
        const prior = best.get(e.place.id);
        if (!prior || rank < prior.rank) best.set(e.place.id, { place: e.place, matched: e.spelling, rank });
      }
      return [...best.values()]
        .sort((a, b) => a.rank - b.rank || (KIND_ORDER[a.place.kind] ?? 9) - (KIND_ORDER[b.place.kind] ?? 9) || a.place.name_en.localeCompare(b.place.name_en))
        .slice(0, limit);
    },
  };
}

/** Spelling variants per place id, from the gazetteer CSV (variants_ar, variants_en; `;`-separated). */
export function variantsFromCsv(csv: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string | undefined>[];
  for (const row of rows) {
    if (!row.key) continue;
    const list = [row.variants_ar, row.variants_en]
      .flatMap((v) => (v ?? '').split(';'))
      .map((v) => v.trim())
      .filter(Boolean);
    out.set(row.key, list);
  }
  return out;
}
