import { parseDocument, isScalar, isMap } from 'yaml';
import { frontMatterSchema, CONTROL_CHARS } from '../schema/article.ts';
import type { Article } from '../types.ts';

/** One thing wrong with an article file. */
export interface ArticleFault {
  field: string;
  problem: string;
}

/** A bad article file: names the file and every field at fault (`field`/`problem` are the first). */
export class ArticleError extends Error {
  readonly faults: ArticleFault[];
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    more: ArticleFault[] = [],
  ) {
    const faults = [{ field, problem }, ...more];
    super(faults.map((f) => `${file}: ${f.field}: ${f.problem}`).join('\n'));
    this.name = 'ArticleError';
    this.faults = faults;
  }
  static of(file: string, faults: ArticleFault[]): ArticleError {
    return new ArticleError(file, faults[0]!.field, faults[0]!.problem, faults.slice(1));
  }
}

const FENCE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Decodes bytes as UTF-8, refusing anything that is not. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, 'encoding', 'the file is not valid UTF-8');
  }
}

/**
 * The front matter as YAML values, except that scalars YAML would turn into something other than
 * what is written (id: 1e3 → 1000, id: 007 → 7) are refused, and plain numbers are kept as written.
 */
function readYaml(yaml: string, faults: ArticleFault[]): Record<string, unknown> | null {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) {
    faults.push({ field: 'front matter', problem: `not valid YAML (${doc.errors[0]!.message.split('\n')[0]})` });
    return null;
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    faults.push({ field: 'front matter', problem: 'must be a YAML mapping of field: value' });
    return null;
  }
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const field of ['id', 'published']) {
    const node = doc.get(field, true);
    if (!isScalar(node) || typeof node.value === 'string' || node.value === null || !node.range) continue;
    const written = yaml.slice(node.range[0], node.range[1]);
    if (String(node.value) === written) raw[field] = written;
    else faults.push({ field, problem: `${written} would be read by YAML as ${String(node.value)}; write it in quotes ("${written}")` });
  }
  return raw;
}

/** Parses one article file: YAML front matter, then the body kept exactly as written. Every fault is reported together. */
export function parseArticle(input: string | Uint8Array, file: string): Article {
  const text = typeof input === 'string' ? input : decodeUtf8(input, file);
  const fence = FENCE.exec(text);
  if (!fence) throw new ArticleError(file, 'front matter', 'the file must start with a --- block of YAML and close it with ---');
  const faults: ArticleFault[] = [];
  const raw = readYaml(fence[1]!, faults);
  const parsed = raw ? frontMatterSchema.safeParse(raw) : null;
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || 'front matter';
      const missing = raw![String(issue.path[0])] === undefined;
      if (!faults.some((f) => f.field === field)) faults.push({ field, problem: missing ? 'is required' : issue.message });
    }
  }
  const body = text.slice(fence[0].length);
  if (body.trim() === '') faults.push({ field: 'body', problem: 'the article text after the front matter is empty' });
  else if (!/\p{L}/u.test(body)) faults.push({ field: 'body', problem: 'holds no letter (only spaces, marks or invisible characters)' });
  if (CONTROL_CHARS.test(body)) faults.push({ field: 'body', problem: `holds a control character (NUL or similar) at offset ${body.search(CONTROL_CHARS)}` });
  if (faults.length > 0 || !parsed?.success) throw ArticleError.of(file, faults);
  const fm = parsed.data;
  const fallbackId = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
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
