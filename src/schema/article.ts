// An article's front matter (articles/*.md): the fields the pipeline reads, as zod checks them.
import { z } from 'zod';
import { isIsoDate } from '../calendar.ts';
import { PERIOD } from '../types.ts';

/** Any C0 control other than tab, line feed and carriage return (NUL among them). */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const text = (what: string) => z.string().refine((s) => !CONTROL_CHARS.test(s), `${what} holds a control character (NUL or similar)`);

/** http(s) only: a link another scheme (javascript:, data:, file:) would run or read something. */
export const httpUrl = z.string().refine((s) => {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}, 'must be an http:// or https:// address');

export const frontMatterSchema = z
  .looseObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, . _ -')
      .optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a real day written YYYY-MM-DD')
      .refine(isIsoDate, 'must be a real day written YYYY-MM-DD')
      .refine((d) => !isIsoDate(d) || (d >= PERIOD.start && d <= PERIOD.end), {
        error: (i) => `${String(i.input)} is outside the map's period ${PERIOD.start} … ${PERIOD.end}; its events would not show`,
      }),
    source: text('source').pipe(z.string().trim().min(1, 'must not be empty')),
    url: httpUrl.nullable().optional(),
    title: text('title').nullable().optional(),
    language: z.enum(['ar', 'en']).default('ar'),
  })
  .meta({ title: 'Article front matter', description: 'The YAML block between --- lines at the top of articles/*.md.' });

export type FrontMatter = z.infer<typeof frontMatterSchema>;
