import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from '../calendar.ts';
import type { Article } from '../types.ts';

/** A bad article file: names the file and the field at fault. */
export class ArticleError extends Error {
  constructor(readonly file: string, readonly field: string, readonly problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ArticleError';
  }
}

const frontMatter = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, . _ -')).optional(),
  published: z.union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .refine(isIsoDate, 'must be a real day written YYYY-MM-DD'),
  source: z.string().trim().min(1, 'must not be empty'),
  url: z.string().url().nullable().optional(),
  title: z.string().nullable().optional(),
  language: z.enum(['ar', 'en']).default('ar'),
});

const FENCE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Decodes bytes as UTF-8, refusing anything that is not. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, 'encoding', 'the file is not valid UTF-8');
  }
}

/** Parses one article file: YAML front matter, then the body kept exactly as written. */
export function parseArticle(input: string | Uint8Array, file: string): Article {
  const text = typeof input === 'string' ? input : decodeUtf8(input, file);
  const fence = FENCE.exec(text);
  if (!fence) throw new ArticleError(file, 'front matter', 'the file must start with a --- block of YAML and close it with ---');
  let raw: unknown;
  try {
    raw = parseYaml(fence[1]!) ?? {};
  } catch (e) {
    throw new ArticleError(file, 'front matter', `not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ArticleError(file, 'front matter', 'must be a YAML mapping of field: value');
  const parsed = frontMatter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'front matter';
    const missing = (raw as Record<string, unknown>)[field] === undefined;
    throw new ArticleError(file, field, missing ? 'is required' : issue.message);
  }
  const body = text.slice(fence[0].length);
  if (body.trim() === '') throw new ArticleError(file, 'body', 'the article text after the front matter is empty');
  const fm = parsed.data;
  const fallbackId = file.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
  return {
    id: fm.id ?? fallbackId,
    published: fm.published,
    source: fm.source,
    url: fm.url ?? null,
    title: fm.title ?? null,
    language: fm.language,
    body,
    file,
  };
}

/** Two articles with one id would mix their evidence: refuse. */
export function checkUniqueIds(articles: readonly Article[]): void {
  const seen = new Map<string, string>();
  for (const a of articles) {
    const other = seen.get(a.id);
    if (other) throw new ArticleError(a.file, 'id', `"${a.id}" is already the id of ${other}`);
    seen.set(a.id, a.file);
  }
}
