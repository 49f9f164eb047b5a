// The checks of the Add reports form, before anything is added: each problem names its field and
// is shown next to it. Nothing the reader pastes is ever run or parsed as HTML (the page renders
// it as text); these checks only say what cannot be a report.
import { parseArticle, ArticleError } from '../../article/parse.ts';
import { articleFileName, articleMarkdown } from '../../article/write.ts';
import { CONTROL_CHARS } from '../../schema/article.ts';
import { isIsoDate } from '../../calendar.ts';
import { PERIOD, type Article } from '../../types.ts';

export interface ReportFields {
  text: string;
  published: string;
  outlet: string;
  address: string;
  headline: string;
  language: 'ar' | 'en';
}

export type FieldErrors = Partial<Record<keyof ReportFields | 'file', string>>;

/** The largest report the form takes (a long report runs to tens of kilobytes). */
export const MAX_BYTES = 1024 * 1024;

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /[A-Za-z]/g;

/** Arabic when Arabic letters are at least as many as Latin ones. */
export function guessLanguage(text: string): 'ar' | 'en' {
  const ar = text.match(ARABIC)?.length ?? 0;
  const en = text.match(LATIN)?.length ?? 0;
  return en > ar ? 'en' : 'ar';
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** What is wrong with a report's text, or null. */
export function textProblem(text: string): string | null {
  if (text.trim() === '') return 'Paste the report’s text: it is empty.';
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BYTES) return `The text is ${sizeText(bytes)}; a report can be at most ${sizeText(MAX_BYTES)}. Paste one report at a time.`;
  if (CONTROL_CHARS.test(text) || /\uFFFD/.test(text)) return 'This looks like a binary file (it holds bytes that are not text). Paste the report’s text.';
  if (/<\s*script\b|\bjavascript\s*:|\bon[a-z]+\s*=\s*["']?[^\s>]*\(/i.test(text))
    return 'The text holds a script (<script>, javascript: or an on…= handler). Paste the report’s plain text; nothing of it is run.';
  const tags = text.match(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?>/gi)?.length ?? 0;
  if (tags >= 3 || /<!doctype html|<html\b/i.test(text)) return 'This is HTML (a page’s source). Paste the report’s text as you read it on the page.';
  if (!/\p{L}/u.test(text)) return 'The text holds no letter.';
  return null;
}

const longDate = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Every field's problem, by field (empty when the report can be read). */
export function checkFields(f: ReportFields): FieldErrors {
  const errors: FieldErrors = {};
  const text = textProblem(f.text);
  if (text) errors.text = text;
  if (f.published.trim() === '') errors.published = 'Give the day the report was published.';
  else if (!isIsoDate(f.published.trim())) errors.published = 'Write a real day as YYYY-MM-DD.';
  else if (f.published < PERIOD.start || f.published > PERIOD.end)
    errors.published = `${longDate(f.published)} is outside the map’s period: a report must be published between ${longDate(PERIOD.start)} and ${longDate(PERIOD.end)}.`;
  if (f.outlet.trim() === '') errors.outlet = 'Name the outlet that published it.';
  else if (CONTROL_CHARS.test(f.outlet) || f.outlet.length > 200) errors.outlet = 'Write the outlet’s name (at most 200 characters, no control characters).';
  if (f.address.trim() !== '') {
    let ok = /^https?:\/\//i.test(f.address.trim());
    try {
      ok = ok && ['http:', 'https:'].includes(new URL(f.address.trim()).protocol);
    } catch {
      ok = false;
    }
    if (!ok) errors.address = 'An address starts with http:// or https://.';
  }
  if (CONTROL_CHARS.test(f.headline) || f.headline.length > 500) errors.headline = 'A headline is at most 500 characters, with no control characters.';
  return errors;
}

/** A short stable id from the report's words and day (FNV-1a), so the same report is not added twice. */
export function reportId(text: string, published: string): string {
  let h = 0x811c9dc5;
  const s = `${published}\n${text.replace(/\s+/g, ' ').trim()}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return `added-${h.toString(16).padStart(8, '0')}`;
}

export interface ReadyReport {
  article: Article;
  /** The file in the article format (articles/*.md). */
  file: string;
  text: string;
}

/** The form's fields as an article file, read back by the pipeline's own parser; or the problems by field. */
export function reportFromFields(f: ReportFields): ReadyReport | FieldErrors {
  const errors = checkFields(f);
  if (Object.keys(errors).length > 0) return errors;
  const body = f.text.replace(/\r\n?/g, '\n').trim() + '\n';
  const id = reportId(body, f.published);
  const fields = {
    id,
    published: f.published.trim(),
    source: f.outlet.trim(),
    url: f.address.trim() || null,
    title: f.headline.trim() || null,
    language: f.language,
    body,
  };
  const file = `articles/${articleFileName(fields)}`;
  const text = articleMarkdown({ ...fields, note: 'added in the browser' });
  try {
    return { article: parseArticle(text, file), file, text };
  } catch (e) {
    const faults = e instanceof ArticleError ? e.faults : [{ field: 'body', problem: (e as Error).message }];
    const map: Record<string, keyof ReportFields> = { body: 'text', published: 'published', source: 'outlet', url: 'address', title: 'headline' };
    return Object.fromEntries(faults.map((x) => [map[x.field] ?? 'text', x.problem]));
  }
}

/** A dropped .md or .txt file: bytes → an article file (with its front matter) or the text to put in the form. */
export function readDropped(name: string, bytes: Uint8Array): { report: ReadyReport } | { text: string } | { error: string } {
  if (!/\.(md|txt|markdown)$/i.test(name)) return { error: `${name}: only .md and .txt files are read.` };
  if (bytes.length > MAX_BYTES) return { error: `${name}: ${sizeText(bytes.length)} is too large; a report can be at most ${sizeText(MAX_BYTES)}.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `${name}: not a text file (its bytes are not UTF-8).` };
  }
  const problem = textProblem(text.replace(/^\uFEFF?---[\s\S]*?\n---[ \t]*\r?\n/, ''));
  if (problem) return { error: `${name}: ${problem}` };
  if (!/^\uFEFF?---\r?\n/.test(text)) return { text };
  try {
    const article = parseArticle(text, name);
    // An id the front matter does not give would change with the file's name on export: write it in.
    const named = parseArticle(text, 'a.md').id !== 'a' || parseArticle(text, 'b.md').id !== 'b';
    const id = named ? article.id : reportId(article.body, article.published);
    const kept = named ? text : text.replace(/^(\uFEFF?---\r?\n)/, `$1id: "${id}"\n`);
    const file = `articles/${articleFileName({ ...article, id })}`;
    return { report: { article: parseArticle(kept, file), file, text: kept } };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
