import datesData from './lexicon/dates.json' with { type: 'json' };
import { compilePattern, compileToken, matchesAt, type TokenPattern } from './patterns.ts';
import { addDays, daysBetween, isoDay, weekday } from '../calendar.ts';
import type { Token } from '../text/tokens.ts';
import type { IsoDate } from '../types.ts';

/** A date expression found in a sentence, resolved against the publication day. */
export interface DateMention {
  from: number;
  to: number;
  date: IsoDate;
  earliest: IsoDate;
  latest: IsoDate;
  precision: 'day' | 'range';
  /** False when a weekday and a relative word disagree (e.g. «أمس الاثنين» published on a Monday). */
  consistent: boolean;
}

const WEEKDAYS = datesData.weekdays.map(compileToken);
const ORDINALS = datesData.ordinals.map(compileToken);
const MONTHS: { month: number; pattern: TokenPattern }[] = Object.entries(datesData.months).flatMap(([m, forms]) =>
  forms.map((tokens) => ({ month: Number(m), pattern: compilePattern(tokens) })),
);
const t = (s: string) => compileToken(s);
const TODAY = t('(و|ف)?(ال)?يوم'),
  YESTERDAY = t('(و|ف)?(بال|بـ)?امس'),
  FIRST = t('(ال)?اول'),
  NIGHT = t('(و|ف)?(ال)?ليله|ليل|(و|ف)?مساء');
const PAST = t('(ال)?ماضي(ه)?'),
  SINCE = t('(و|ف)?(منذ|قبل)'),
  ABOUT = t('نحو|حوالي|قرابه'),
  RECENT = t('(ال)?اونه|مؤخرا|موخرا');
const WEEK = t('(ال)?اسبوع'),
  WEEKS = t('اسابيع|اسبوعين'),
  DAYS = t('ايام|يومين'),
  MID = t('(و|ف|في)?(منتصف|اواسط)');
const MONTHS_UNIT = t('اشهر|شهور|شهرين|شهر'),
  YEARS_UNIT = t('سنوات|سنين|سنه|سنتين|اعوام|عامين|عام');
/** Counted words of «منذ أربع سنوات» (the feminine and masculine forms). */
const COUNT_WORDS = new Map([
  ['اثنين', 2],
  ['يومين', 2],
  ['ثلاث', 3],
  ['ثلاثه', 3],
  ['اربع', 4],
  ['اربعه', 4],
  ['خمس', 5],
  ['خمسه', 5],
  ['ست', 6],
  ['سته', 6],
  ['سبع', 7],
  ['سبعه', 7],
  ['ثماني', 8],
  ['ثمانيه', 8],
  ['تسع', 9],
  ['تسعه', 9],
  ['عشر', 10],
  ['عشره', 10],
]);
const MONTH = t('(ال)?شهر'),
  NUM = /^\d{1,2}$/,
  YEAR = /^(19|20)\d\d$/;

const day = (date: IsoDate, consistent = true): Omit<DateMention, 'from' | 'to'> => ({ date, earliest: date, latest: date, precision: 'day', consistent });
const range = (date: IsoDate, earliest: IsoDate, latest: IsoDate): Omit<DateMention, 'from' | 'to'> => ({
  date,
  earliest,
  latest,
  precision: 'range',
  consistent: true,
});

function weekdayAt(tokens: readonly Token[], i: number): number {
  const tok = tokens[i];
  return tok ? WEEKDAYS.findIndex((re) => re.test(tok.text)) : -1;
}

/** The last day on or before `published` that falls on weekday `wd`. */
function lastWeekday(published: IsoDate, wd: number): IsoDate {
  return addDays(published, -((weekday(published) - wd + 7) % 7));
}

type Parser = (tokens: readonly Token[], i: number, published: IsoDate) => { length: number; value: Omit<DateMention, 'from' | 'to'> } | null;

/** «اليوم [الثلاثاء]», «أمس [الاثنين]», «أمس الأول», «أول أمس» */
const relativeDay: Parser = (tokens, i, p) => {
  const w = tokens[i]!.text;
  let offset: number, len: number;
  if (YESTERDAY.test(w) && FIRST.test(tokens[i + 1]?.text ?? '')) [offset, len] = [-2, 2];
  else if (FIRST.test(w) && YESTERDAY.test(tokens[i + 1]?.text ?? '')) [offset, len] = [-2, 2];
  else if (YESTERDAY.test(w)) [offset, len] = [-1, 1];
  else if (TODAY.test(w) && /^(و|ف)?اليوم$/.test(w)) [offset, len] = [0, 1];
  else return null;
  const date = addDays(p, offset);
  const wd = weekdayAt(tokens, i + len);
  if (wd < 0) return { length: len, value: day(date) };
  return { length: len + 1, value: day(date, weekday(date) === wd) };
};

/** «الليلة الماضية», «ليل الجمعة - السبت», «ليلة الأحد» */
const night: Parser = (tokens, i, p) => {
  if (!NIGHT.test(tokens[i]!.text)) return null;
  if (PAST.test(tokens[i + 1]?.text ?? '')) return { length: 2, value: range(addDays(p, -1), addDays(p, -1), p) };
  const first = weekdayAt(tokens, i + 1);
  if (first < 0) return null;
  const second = weekdayAt(tokens, i + 2);
  const start = lastWeekday(p, first);
  if (second >= 0) return { length: 3, value: range(start, start, addDays(start, 1)) };
  return { length: 2, value: day(start) };
};

/** «منذ نحو أسبوع», «قبل يومين», «منذ 3 أسابيع», «منذ أربع سنوات», «منذ 2012», «في الآونة الأخيرة» */
const ago: Parser = (tokens, i, p) => {
  if (RECENT.test(tokens[i]!.text)) {
    const length = /^(ال)?اخير(ه)?$/.test(tokens[i + 1]?.text ?? '') ? 2 : 1;
    return { length, value: range(p, addDays(p, -14), p) };
  }
  if (!SINCE.test(tokens[i]!.text)) return null;
  let k = i + 1;
  if (ABOUT.test(tokens[k]?.text ?? '')) k++;
  const n = NUM.test(tokens[k]?.text ?? '') ? Number(tokens[k++]!.text) : null;
  const unit = tokens[k]?.text ?? '';
  let days: number;
  if (WEEK.test(unit)) days = 7;
  else if (WEEKS.test(unit)) days = 7 * (n ?? (unit.endsWith('ين') ? 2 : 3));
  else if (DAYS.test(unit)) days = n ?? (unit.endsWith('ين') ? 2 : 3);
  else if (MONTHS_UNIT.test(unit)) days = 30 * (n ?? (unit.endsWith('ين') ? 2 : 3));
  else if (YEARS_UNIT.test(unit)) days = 365 * (n ?? (unit.endsWith('ين') ? 2 : 3));
  else if (COUNT_WORDS.has(unit) && (MONTHS_UNIT.test(tokens[k + 1]?.text ?? '') || YEARS_UNIT.test(tokens[k + 1]?.text ?? ''))) {
    days = (MONTHS_UNIT.test(tokens[k + 1]!.text) ? 30 : 365) * COUNT_WORDS.get(unit)!;
    k++;
  } else if (/^(عام)?(19|20)\d\d$/.test(unit) || (/^(ال)?عام$/.test(unit) && YEAR.test(tokens[k + 1]?.text ?? ''))) {
    // «منذ 2012», «منذ عام 2012»: a year, long before the report
    const year = Number((YEAR.test(unit) ? unit : tokens[++k]!.text).slice(-4));
    return { length: k + 1 - i, value: range(isoDay(year, 7, 1)!, isoDay(year, 1, 1)!, isoDay(year, 12, 31)!) };
  } else return null;
  const date = addDays(p, -days);
  const slack = Math.max(1, Math.round(days / 7));
  return { length: k + 1 - i, value: range(date, addDays(date, -slack), addDays(date, slack)) };
};

/** «الأسبوع الماضي»: about a week before, give or take the days of a week */
const lastWeek: Parser = (tokens, i, p) => {
  if (!WEEK.test(tokens[i]!.text) || !PAST.test(tokens[i + 1]?.text ?? '')) return null;
  return { length: 2, value: range(addDays(p, -7), addDays(p, -10), addDays(p, -3)) };
};

/** «منتصف الشهر الماضي» */
const midMonth: Parser = (tokens, i, p) => {
  if (!MID.test(tokens[i]!.text) || !MONTH.test(tokens[i + 1]?.text ?? '')) return null;
  const prev = PAST.test(tokens[i + 2]?.text ?? '');
  const [y, m] = p.split('-').map(Number) as [number, number];
  const month = prev ? (m === 1 ? 12 : m - 1) : m;
  const year = prev && m === 1 ? y - 1 : y;
  return { length: prev ? 3 : 2, value: range(isoDay(year, month, 15)!, isoDay(year, month, 10)!, isoDay(year, month, 20)!) };
};

const monthStarts = new Map<string, boolean>();
/** The word may begin a month's name (remembered per word: most numbers are followed by something else). */
function startsMonth(word: string): boolean {
  let yes = monthStarts.get(word);
  if (yes === undefined) {
    yes = MONTHS.some((m) => (m.pattern[0] as RegExp).test(word));
    if (monthStarts.size >= 10_000) monthStarts.clear();
    monthStarts.set(word, yes);
  }
  return yes;
}

/** «15 تشرين الثاني/ نوفمبر [2016]», «6 كانون الأول», «الثاني من كانون الأول» */
const explicit: Parser = (tokens, i, p) => {
  // A number is the day itself; otherwise an ordinal word followed by «من».
  const number = NUM.test(tokens[i]!.text);
  const ordinal = number ? -1 : ORDINALS.findIndex((re) => re.test(tokens[i]!.text));
  const dayOfMonth = number ? Number(tokens[i]!.text) : ordinal >= 0 && tokens[i + 1]?.text === 'من' ? ordinal + 1 : 0;
  if (dayOfMonth === 0) return null;
  let k = ordinal >= 0 ? i + 2 : i + 1,
    month = 0;
  for (let round = 0; round < 2; round++) {
    if (!startsMonth(tokens[k]?.text ?? '')) break;
    const hit = MONTHS.find((m) => matchesAt(tokens, k, m.pattern) && (month === 0 || m.month === month));
    if (!hit) break;
    month = hit.month;
    k += hit.pattern.length;
  }
  if (month === 0) return null;
  const stated = YEAR.test(tokens[k]?.text ?? '') ? Number(tokens[k++]!.text) : null;
  const pubYear = Number(p.slice(0, 4));
  const years = stated ? [stated] : [pubYear, pubYear - 1];
  for (const year of years) {
    const date = isoDay(year, month, dayOfMonth);
    if (date && (stated || daysBetween(date, p) >= -1)) return { length: k - i, value: day(date) };
  }
  return null;
};

/** «4/12/2016», «2016-12-04», «04.12.2016»: three numbers joined by one separator each, day first unless the year is. */
const numeric: Parser = (tokens, i) => {
  const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!a || !b || !c || b.start - a.end !== 1 || c.start - b.end !== 1) return null;
  const [x, y, z] = [a.text, b.text, c.text];
  const date =
    YEAR.test(x) && /^\d{1,2}$/.test(y) && /^\d{1,2}$/.test(z)
      ? isoDay(Number(x), Number(y), Number(z))
      : /^\d{1,2}$/.test(x) && /^\d{1,2}$/.test(y) && YEAR.test(z)
        ? isoDay(Number(z), Number(y), Number(x))
        : null;
  return date ? { length: 3, value: day(date) } : null;
};

/** «الأحد», «يوم السبت» (a bare «أحد» is «one», not Sunday) */
const bareWeekday: Parser = (tokens, i, p) => {
  const skip = /^(و|ف)?(يوم|نهار)$/.test(tokens[i]!.text) ? 1 : 0;
  const wd = weekdayAt(tokens, i + skip);
  if (wd < 0) return null;
  // Without «ال» or «يوم» the word is more often a number or a pronoun: «أحد أحياء» (one of the districts), «اثنين».
  if (skip === 0 && !/^(و|ف|ب)?ال/.test(tokens[i]!.text)) return null;
  return { length: skip + 1, value: day(lastWeekday(p, wd)) };
};

const PRECEDED = t('سبقت(ها|ه)?|سبقته');
const DURING = t('(و|ف)?(خلال|في|طوال|طيله)'),
  DAYS_DEF = t('(ال)?ايام'),
  FEW = t('(ال)?قليله'),
  BEFORE_NOW = t('(ال)?(ماضيه|سابقه|اخيره|فائته)');

/** «خلال الأيام (القليلة) الماضية», «في الأيام الأخيرة»: the days before publication, as a range. */
const pastDays: Parser = (tokens, i, p) => {
  let k = DURING.test(tokens[i]!.text) ? i + 1 : i;
  if (!DAYS_DEF.test(tokens[k]?.text ?? '')) return null;
  k++;
  if (FEW.test(tokens[k]?.text ?? '')) k++;
  // «الأيام الثلاثة الماضية», «الأيام 3 الماضية»
  const count = NUM.test(tokens[k]?.text ?? '') ? Number(tokens[k]!.text) : COUNT_WORDS.get((tokens[k]?.text ?? '').replace(/^ال/, ''));
  if (count !== undefined) k++;
  // «الماضية», or «التي سبقتها / سبقته / سبقت»
  if (/^(ال)?(تي|لتي)$/.test(tokens[k]?.text ?? '') && PRECEDED.test(tokens[k + 1]?.text ?? '')) k++;
  if (!BEFORE_NOW.test(tokens[k]?.text ?? '') && !PRECEDED.test(tokens[k]?.text ?? '')) return null;
  return { length: k + 1 - i, value: range(addDays(p, -1), addDays(p, -(count ?? 6)), p) };
};

const PARSERS: Parser[] = [relativeDay, night, ago, lastWeek, midMonth, pastDays, numeric, explicit, bareWeekday];

const TODAY_ITSELF = /^(و|ف)?اليوم$/,
  DIGITS = /^\d+$/,
  DAY_WORD = /^(و|ف)?(يوم|نهار)$/;
/**
 * For each parser, in PARSERS' order, what its first word must be for it to find anything (each
 * parser's own first test, or a looser one): a parser whose test fails at a word is not tried there.
 */
const FIRST_WORDS: ((word: string) => boolean)[] = [
  (w) => YESTERDAY.test(w) || FIRST.test(w) || TODAY_ITSELF.test(w),
  (w) => NIGHT.test(w),
  (w) => RECENT.test(w) || SINCE.test(w),
  (w) => WEEK.test(w),
  (w) => MID.test(w),
  (w) => DURING.test(w) || DAYS_DEF.test(w),
  (w) => DIGITS.test(w),
  (w) => NUM.test(w) || ORDINALS.some((re) => re.test(w)),
  (w) => DAY_WORD.test(w) || WEEKDAYS.some((re) => re.test(w)),
];
const parsersAt = new Map<string, Parser[]>();
/** The parsers that may find a date starting at `word` (remembered per word). */
function parsersFor(word: string): Parser[] {
  let found = parsersAt.get(word);
  if (found === undefined) {
    found = PARSERS.filter((_, k) => FIRST_WORDS[k]!(word));
    if (parsersAt.size >= 10_000) parsersAt.clear();
    parsersAt.set(word, found);
  }
  return found;
}

/** The words a date expression can start with (each parser's first word). */
const STARTERS = [TODAY, YESTERDAY, FIRST, NIGHT, RECENT, SINCE, MID, WEEK, DAYS_DEF, /^\d+$/, /^(و|ف)?(يوم|نهار)$/, ...WEEKDAYS, ...ORDINALS];
export function mayStartDate(word: string): boolean {
  return STARTERS.some((re) => re.test(word));
}
const starts = new Map<string, boolean>();
function remembered(word: string): boolean {
  let yes = starts.get(word);
  if (yes === undefined) {
    yes = mayStartDate(word);
    if (starts.size >= 100_000) starts.clear();
    starts.set(word, yes);
  }
  return yes;
}

/**
 * Every date expression in the tokens, resolved against the publication day. `starts[i].date`
 * may say whether token i can start one, when the caller has looked its words up already.
 */
export function findDates(tokens: readonly Token[], published: IsoDate, starts?: readonly { date: boolean }[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!(starts ? starts[i]!.date : remembered(tokens[i]!.text))) {
      i++;
      continue;
    }
    let hit: ReturnType<Parser> = null;
    const parsers = parsersFor(tokens[i]!.text);
    for (let k = 0; k < parsers.length && !hit; k++) hit = parsers[k]!(tokens, i, published);
    if (hit) {
      const { date, earliest, latest, precision, consistent } = hit.value;
      out.push({ from: i, to: i + hit.length, date, earliest, latest, precision, consistent });
      i += hit.length;
    } else {
      i++;
    }
  }
  return out;
}
