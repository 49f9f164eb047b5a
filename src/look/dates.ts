import type { IsoDate } from '../types.ts';

const LONG = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const EN = new Intl.DateTimeFormat('en-GB', LONG);
/** Levantine month names (كانون الأول …) and Arabic-Indic digits, as Syrian outlets write them. */
const AR = new Intl.DateTimeFormat('ar-SY', LONG);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function instant(date: IsoDate): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`formatDate: not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Formatted dates, kept: the map shows a few dozen days, and the time bar formats the day on every step. */
function cached(format: Intl.DateTimeFormat): (date: IsoDate) => string {
  const done = new Map<IsoDate, string>();
  return (date) => {
    let text = done.get(date);
    if (text === undefined) done.set(date, (text = format.format(instant(date))));
    return text;
  };
}

/** `2016-12-06` → `6 December 2016` */
export const formatDateEn = cached(EN);

/** `2016-12-06` → `٦ كانون الأول ٢٠١٦` */
export const formatDateAr = cached(AR);
