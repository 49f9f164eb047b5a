import type { IsoDate } from '../types.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Levantine month names, as Syrian outlets write them. */
const MONTHS_AR = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`formatDate: not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const toArabicDigits = (n: number) => String(n).replace(/\d/g, (c) => ARABIC_INDIC[Number(c)]!);

/** `2016-12-06` → `6 December 2016` */
export function formatDateEn(date: IsoDate): string {
  const { y, m, d } = parts(date);
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** `2016-12-06` → `٦ كانون الأول ٢٠١٦` */
export function formatDateAr(date: IsoDate): string {
  const { y, m, d } = parts(date);
  return `${toArabicDigits(d)} ${MONTHS_AR[m - 1]} ${toArabicDigits(y)}`;
}
