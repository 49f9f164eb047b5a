import type { AppArticle, AppEvent } from './appData.ts';
import { formatDateEn } from '../../look/dates.ts';
import { outletName } from '../../export/source-note.ts';

export interface QuoteParts {
  before: string;
  name: string;
  after: string;
}

/**
 * The evidence sentence cut around the district's name, from the mention's offsets (both index the
 * article body); when they do not line up, the first occurrence of the name as written.
 */
export function quoteParts(event: AppEvent): QuoteParts {
  const s = event.evidence.sentence;
  const m = event.mention;
  let a = m ? m.start - event.evidence.start : -1;
  let b = m ? m.end - event.evidence.start : -1;
  if (!m || a < 0 || b > s.length || s.slice(a, b) !== m.text) {
    a = m ? s.indexOf(m.text) : -1;
    b = a + (m?.text.length ?? 0);
  }
  if (a < 0) return { before: s, name: '', after: '' };
  return { before: s.slice(0, a), name: s.slice(a, b), after: s.slice(b) };
}

/** Who says so, in words. */
export function attributionText(event: AppEvent): string {
  return event.attribution ? `according to ${event.attribution}` : 'in the outlet’s own voice';
}

/** A link to the article, only for http(s) addresses. */
export function articleHref(article: AppArticle | undefined): string | null {
  const url = article?.url;
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** The outlet as a reader knows it: "Reuters" for "Reuters (Arabic service)"; an unnamed one described. */
export function outletText(article: AppArticle | undefined): string {
  if (!article) return 'an unknown outlet';
  return outletName(article.source) ?? article.source.replace(/^unknown\s*\((.*)\)$/i, 'unnamed outlet ($1)');
}

/**
 * What a report is called: its headline, or — untitled — its outlet and publication date
 * ("Reuters, 4 December 2016"). Never a file path.
 */
export function reportName(article: AppArticle | undefined, event?: Pick<AppEvent, 'article'>): string {
  if (article?.title) return article.title;
  if (article) return `${outletText(article)}, ${formatDateEn(article.published)}`;
  return `report ${event?.article ?? ''}`.trim();
}
