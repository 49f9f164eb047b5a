import type { ArticleRef, ControlEvent, Controller, EventKind, IsoDate, PlaceId } from '../types.ts';
import { outletSide, standingOf, voiceOf, type Standing, type Voice } from './sources.ts';

/** One event as the timeline weighs it: on one district, with who says it and how much that carries. */
export interface Report {
  id: string;
  district: PlaceId;
  date: IsoDate;
  /** The first day the event can be on: `date` unless the text gives only a window. */
  earliest: IsoDate;
  published: IsoDate;
  kind: EventKind;
  controller: Controller;
  voice: Voice;
  standing: Standing;
  /** The statement covers only part of the district: «معظم», fighting inside, or a landmark in it. */
  partial: boolean;
}

export interface ReportInput {
  events: readonly ControlEvent[];
  articles: readonly Pick<ArticleRef, 'id' | 'published' | 'source'>[];
  /** Where an event on a place lands (see Gazetteer.districtsOf). */
  districtsOf: (place: PlaceId) => PlaceId[];
  /** The districts the timeline draws (the baseline's). */
  districts: ReadonlySet<PlaceId>;
}

/**
 * Events → reports on districts. An event counts only when its place lands on exactly one district
 * of the map: a statement about an area («حلب القديمة») stays evidence but recolours none of its quarters.
 */
export function toReports({ events, articles, districtsOf, districts }: ReportInput): Report[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const reports: Report[] = [];
  for (const e of events) {
    const article = byId.get(e.article);
    if (!article) throw new Error(`timeline: event ${e.id} cites article "${e.article}", which is not among the articles`);
    const targets = districtsOf(e.place.id);
    if (targets.length !== 1 || !districts.has(targets[0]!)) continue;
    const voice = voiceOf(e, outletSide(article.source));
    reports.push({
      id: e.id,
      district: targets[0]!,
      date: e.date,
      earliest: e.date_precision === 'range' && e.date_earliest < e.date ? e.date_earliest : e.date,
      published: article.published,
      kind: e.kind,
      controller: e.controller,
      voice,
      standing: standingOf(e, voice),
      partial: e.extent === 'most' || e.via !== undefined || e.rule.startsWith('contested/partial') || e.rule.startsWith('contested/advance'),
    });
  }
  return reports;
}
