// Citations a reader can paste: the quoted sentence, who said it, where and when it was published,
// the project's own reading of it in English (marked as such), and the address of the map view.
import type { AppArticle, AppEvent } from './appData.ts';
import type { DayChange, DistrictProps, IsoDate } from '../../types.ts';
import { formatDateEn } from '../../look/dates.ts';
import { sideOf } from '../../look/palette.ts';
import { windowPhrase, type DayBasis } from '../../look/words.ts';
import { articleHref, outletText } from './evidence.ts';

const FORCES: Record<string, string> = { government: 'government forces', opposition: 'opposition fighters', kurdish: 'Kurdish forces (YPG)' };

/** When the event happened, as the report dates it: "on 6 December 2016" or "between 20 November and 4 December 2016". */
export function eventWhen(e: Pick<AppEvent, 'date' | 'date_earliest' | 'date_latest' | 'date_precision'>): string {
  return e.date_precision === 'range' && e.date_earliest < e.date_latest
    ? windowPhrase({ from: e.date_earliest, to: e.date_latest })
    : `on ${formatDateEn(e.date)}`;
}

/** The project's reading of an event in one English line: "SOHR: government forces took al-Shaar on 6 December 2016". */
export function eventReading(e: AppEvent, article: AppArticle | undefined): string {
  const who = e.attribution ?? outletText(article);
  const place = e.place.name_en || e.place.id;
  const when = eventWhen(e);
  const forces = FORCES[e.controller] ?? e.controller;
  const what =
    e.kind === 'capture' ? `${forces} took ${place} ${when}` : e.kind === 'hold' ? `${forces} held ${place} ${when}` : `${place} was fought over ${when}`;
  return `${who}: ${what}${e.extent === 'most' ? ' (most of it)' : ''}`;
}

/** A citation of one report, as plain text. */
export function citationText(e: AppEvent, article: AppArticle | undefined, permalink: string): string {
  const outlet = outletText(article);
  const headline = article?.title ? `“${article.title}”` : 'untitled report';
  const published = article ? `published ${formatDateEn(article.published)}` : 'publication date unknown';
  const address = articleHref(article) ?? 'no web address given';
  return [
    `«${e.evidence.sentence}»`,
    `— ${outlet}, ${headline}, ${published}. ${address}`,
    `Reading by the Aleppo frontline map (not the outlet’s words): ${eventReading(e, article)}.`,
    `Map view: ${permalink}`,
  ].join('\n');
}

/** A citation of the day view: what the picture rests on, the changes, the address. */
export function dayCitationText(
  date: IsoDate,
  basis: DayBasis | null,
  changes: readonly DayChange[],
  names: ReadonlyMap<string, DistrictProps>,
  permalink: string,
): string {
  const lines = [`East Aleppo on ${formatDateEn(date)}, as reconstructed by the Aleppo frontline map from news reports.`];
  if (basis) lines.push(basis.text);
  for (const c of changes) {
    lines.push(`- ${names.get(c.district)?.name_en ?? c.district}: ${sideOf(c.from).en} → ${sideOf(c.to).en}${c.window ? `, ${windowPhrase(c.window)}` : ''}`);
  }
  if (changes.length === 0) lines.push('No change of control is recorded for this day.');
  lines.push(`Map view: ${permalink}`);
  return lines.join('\n');
}

/** Puts text on the clipboard; falls back to a hidden text box where the Clipboard API is missing. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // fall through: a page without clipboard permission
    }
  }
  const box = document.createElement('textarea');
  box.value = text;
  box.setAttribute('readonly', '');
  box.style.position = 'fixed';
  box.style.opacity = '0';
  document.body.append(box);
  box.select();
  document.execCommand('copy');
  box.remove();
}
