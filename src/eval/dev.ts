import { z } from 'zod';
import { isIsoDate } from '../calendar.ts';
import type { ControlEvent, Controller, EventKind } from '../types.ts';

/**
 * Gold annotated the way ../shared/dev/gold.json is (see its `about`): one assertion per
 * article and place; `none` = named without a control statement (must yield no event);
 * `optional` = either reading is acceptable (counts neither as a miss nor as spurious).
 */
const day = z.string().refine(isIsoDate, 'expected a real day, YYYY-MM-DD');
const assertion = z.object({
  article: z.string().min(1),
  place: z.string().min(1),
  kind: z.enum(['capture', 'hold', 'contested', 'none']),
  actor: z.enum(['government', 'opposition', 'kurdish', 'contested', 'unknown']),
  date_range: z.tuple([day, day]),
  optional: z.boolean().default(false),
  note: z.string().optional(),
});
export const devGoldSchema = z.object({
  about: z.string().optional(),
  articles: z.record(z.string(), z.object({ published: day }).loose()).optional(),
  assertions: z.array(assertion),
  new_keys: z.array(z.object({ key: z.string() }).loose()).optional(),
});
export type Assertion = z.infer<typeof assertion>;
export type DevGold = z.infer<typeof devGoldSchema>;

export function parseDevGold(value: unknown, file: string): DevGold {
  const result = devGoldSchema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(
    result.error.issues
      .slice(0, 20)
      .map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`)
      .join('\n'),
  );
}

/** The article key gold uses: its file name (with .md), so both `id:` and file name resolve. */
export const articleKey = (file: string) => file.split(/[\\/]/).at(-1)!;

/** One prediction per article, place and side: the most confident of the events that make it. */
export interface Prediction {
  article: string;
  place: string;
  controller: Controller;
  kind: EventKind;
  date: string;
  event: ControlEvent;
}

export function predictions(events: readonly ControlEvent[], keyOf: (articleId: string) => string, goldKeys: ReadonlySet<string> = new Set()): Prediction[] {
  // An event names its district and, when the text named a landmark or quarter in it, that place
  // too (\`via\`): gold that speaks of the named place is matched by it.
  const named = (e: ControlEvent, article: string) => (e.via && goldKeys.has(`${article}|${e.via.id}`) ? e.via.id : e.place.id);
  const best = new Map<string, Prediction>();
  for (const e of events) {
    const article = keyOf(e.article);
    const place = named(e, article);
    const key = `${article}|${place}|${e.controller}`;
    const seen = best.get(key);
    if (!seen || e.confidence > seen.event.confidence) best.set(key, { article, place, controller: e.controller, kind: e.kind, date: e.date, event: e });
  }
  return [...best.values()];
}

export interface DevScore {
  gold: number;
  found: number;
  /** Right place, kind and side, and the day inside the gold window. */
  correct: Prediction[];
  /** Right place, kind and side, wrong day. */
  wrongDay: { p: Prediction; gold: Assertion }[];
  missed: Assertion[];
  spurious: { p: Prediction; gold: Assertion | null }[];
  negativesViolated: { p: Prediction; gold: Assertion }[];
  precision: number;
  recall: number;
  f1: number;
  f1AnyDay: number;
  dateAccuracy: number;
  byKind: Record<string, { gold: number; found: number; correct: number }>;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores predictions against gold assertions (only the articles gold speaks of). */
export function scoreDev(gold: readonly Assertion[], preds: readonly Prediction[]): DevScore {
  const byPlace = new Map(gold.map((a) => [`${a.article}|${a.place}`, a]));
  const articles = new Set(gold.map((a) => a.article));
  const scored = preds.filter((p) => articles.has(p.article));
  const counted = gold.filter((a) => a.kind !== 'none' && !a.optional);
  const hit = new Set<Assertion>();
  const correct: Prediction[] = [];
  const wrongDay: DevScore['wrongDay'] = [];
  const spurious: DevScore['spurious'] = [];
  const negativesViolated: DevScore['negativesViolated'] = [];
  let found = 0;
  for (const p of scored) {
    const a = byPlace.get(`${p.article}|${p.place}`) ?? null;
    if (a?.optional) continue;
    found++;
    if (a && a.kind === 'none') {
      negativesViolated.push({ p, gold: a });
      spurious.push({ p, gold: a });
    } else if (a && a.kind === p.kind && a.actor === p.controller && !hit.has(a)) {
      hit.add(a);
      if (p.date >= a.date_range[0] && p.date <= a.date_range[1]) correct.push(p);
      else wrongDay.push({ p, gold: a });
    } else spurious.push({ p, gold: a });
  }
  const byKind: DevScore['byKind'] = {};
  for (const k of ['capture', 'hold', 'contested']) {
    byKind[k] = {
      gold: counted.filter((a) => a.kind === k).length,
      found: scored.filter((p) => p.kind === k && !byPlace.get(`${p.article}|${p.place}`)?.optional).length,
      correct: correct.filter((p) => p.kind === k).length,
    };
  }
  const precision = found === 0 ? 1 : correct.length / found;
  const recall = counted.length === 0 ? 1 : correct.length / counted.length;
  const anyDay = correct.length + wrongDay.length;
  return {
    gold: counted.length,
    found,
    correct,
    wrongDay,
    spurious,
    negativesViolated,
    missed: counted.filter((a) => !hit.has(a)),
    precision,
    recall,
    f1: f1(precision, recall),
    f1AnyDay: f1(found === 0 ? 1 : anyDay / found, counted.length === 0 ? 1 : anyDay / counted.length),
    dateAccuracy: anyDay === 0 ? 1 : correct.length / anyDay,
    byKind,
  };
}
