import { stringify } from 'csv-stringify/sync';
import type { ArticleRef, ControlEvent, Place, PlaceId } from '../types.ts';

/** The columns, ACLED's names first (https://acleddata.com codebook), then the project's own. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'place_id',
  'controller',
  'kind',
  'confidence',
  'date_earliest',
  'date_latest',
  'rule',
  'article',
  'url',
  'review',
] as const;

const ACTORS = {
  government: 'Military Forces of Syria (2000-)',
  opposition: 'Syrian opposition factions',
  kurdish: 'YPG/SDF (Kurdish forces)',
  contested: '',
} as const;

/**
 * A text cell a spreadsheet would read as a formula (it begins with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP's CSV-injection advice says; numbers stay numbers.
 */
export function spreadsheetSafe(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** ACLED's sub-event type (all under event type Battles); a hold that only describes who holds a place gets a label of ours and no event type. */
export function subEventType(e: Pick<ControlEvent, 'kind' | 'controller' | 'rule'>): string {
  if (e.kind === 'capture') return e.controller === 'government' ? 'Government regains territory' : 'Non-state actor overtakes territory';
  if (e.kind === 'contested' || e.rule.includes('repelled')) return 'Armed clash';
  return 'Territory held (report, no event)';
}

export interface AcledInput {
  events: readonly ControlEvent[];
  articles: readonly ArticleRef[];
  places: ReadonlyMap<PlaceId, Place>;
}

/**
 * The events as a CSV an ACLED user can read: one row per event, located at the district's point
 * (geo_precision 1) or, for a place without a point, left blank. time_precision: 1 = the day is
 * stated; 2 = a range of up to a week; 3 = longer.
 */
export function acledCsv({ events, articles, places }: AcledInput): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const rows = events.map((e) => {
    const article = byId.get(e.article);
    const point = places.get(e.place.id)?.point ?? null;
    const span = (Date.parse(e.date_latest) - Date.parse(e.date_earliest)) / 86_400_000;
    return {
      event_id_cnty: e.id,
      event_date: e.date,
      time_precision: e.date_precision === 'day' ? 1 : span <= 7 ? 2 : 3,
      event_type: subEventType(e).startsWith('Territory held') ? '' : 'Battles',
      sub_event_type: subEventType(e),
      actor1: ACTORS[e.controller],
      location: e.via ? `${e.via.name_en} (${e.place.name_en})` : e.place.name_en,
      latitude: point?.lat ?? '',
      longitude: point?.lon ?? '',
      geo_precision: point ? 1 : '',
      source: [article?.source ?? e.article, e.attribution].filter(Boolean).join('; '),
      notes: `On ${e.date}: «${e.evidence.sentence.trim()}»`,
      place_id: e.place.id,
      controller: e.controller,
      kind: e.kind,
      confidence: e.confidence,
      date_earliest: e.date_earliest,
      date_latest: e.date_latest,
      rule: e.rule,
      article: e.article,
      url: article?.url ?? '',
      review: e.review ?? '',
    };
  });
  const safe = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, spreadsheetSafe(v)])));
  return stringify(safe, { header: true, columns: [...ACLED_COLUMNS], bom: false });
}
