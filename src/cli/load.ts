import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArticle, checkUniqueIds, ArticleError } from '../article/parse.ts';
import { GEO_FILES, readGeo, type Geo } from '../inputs.ts';
import type { Article } from '../types.ts';

/** What a path is, read with lstat (a link is followed once, with stat): nothing is opened. */
function kindOf(path: string): 'file' | 'folder' | 'missing' | string {
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (!st) return 'missing';
  const target = st.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : st;
  if (!target) return 'a broken link';
  if (target.isFile()) return 'file';
  if (target.isDirectory()) return 'folder';
  if (target.isFIFO()) return 'a named pipe';
  if (target.isSocket()) return 'a socket';
  if (target.isCharacterDevice() || target.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const isArticleName = (name: string) => /\.md$/i.test(name) && name.toLowerCase() !== 'readme.md';

export interface ArticleListing {
  /** Regular *.md files (any case), README.md excepted, found in the paths and their subfolders, sorted. */
  files: string[];
  /** Files seen but not read (e.g. notes.markdown, notes.txt), for the run to name. */
  skipped: string[];
}

/**
 * Article files named on the command line: files as given, folders read for *.md in any case and
 * in their subfolders. A named pipe, socket, device or a folder called *.md is refused by name,
 * never opened (a pipe would block the run forever).
 */
export function listArticles(paths: readonly string[]): ArticleListing {
  const files: string[] = [];
  const skipped: string[] = [];
  const errors: Error[] = [];
  const walk = (dir: string, seen: Set<string>) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const kind = kindOf(path);
      if (kind === 'folder') {
        const real = realpathSync(path);
        if (isArticleName(name)) errors.push(new ArticleError(path, 'path', 'is a folder, not an article file'));
        else if (!seen.has(real) && !name.startsWith('.')) walk(path, new Set([...seen, real]));
      } else if (isArticleName(name)) {
        if (kind === 'file') files.push(path);
        else errors.push(new ArticleError(path, 'path', `is ${kind}, not a regular file; it was not opened`));
      } else if (kind === 'file' && /\.(markdown|mdown|mkd|txt)$/i.test(name)) skipped.push(path);
    }
  };
  for (const p of paths) {
    const kind = kindOf(p);
    if (kind === 'missing') errors.push(new ArticleError(p, 'path', 'no such file or folder'));
    else if (kind === 'folder') walk(p, new Set([realpathSync(p)]));
    else if (kind === 'file') files.push(p);
    else errors.push(new ArticleError(p, 'path', `is ${kind}, not a regular file; it was not opened`));
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
  return { files, skipped };
}

/** The article files of `paths` (see listArticles). */
export function articleFiles(paths: readonly string[]): string[] {
  return listArticles(paths).files;
}

/** Loads and validates every article; all problems are collected and reported together. */
export function loadArticles(paths: readonly string[]): Article[] {
  const errors: Error[] = [];
  const articles: Article[] = [];
  const { files, skipped } = listArticles(paths);
  for (const file of skipped) process.stderr.write(`note: ${file}: skipped (articles are read from *.md files)\n`);
  for (const file of files) {
    try {
      articles.push(parseArticle(readFileSync(file), relative(process.cwd(), file) || file));
    } catch (e) {
      errors.push(e as Error);
    }
  }
  try {
    checkUniqueIds(articles);
  } catch (e) {
    errors.push(e as Error);
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
  return articles;
}

export type { Geo } from '../inputs.ts';

/** A file's text; a missing or unreadable file is an error naming it, not a stack. */
export function readText(path: string): string {
  const kind = kindOf(path);
  if (kind === 'missing') throw new Error(`${path}: no such file`);
  if (kind !== 'file') throw new Error(`${path}: is ${kind === 'folder' ? 'a folder' : kind}, not a regular file; it was not opened`);
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Loads the gazetteer folder: places, baseline and district boundaries, each checked before use. */
export function loadGeo(dir = 'geo'): Geo {
  const at = (name: string) => ({ text: readText(join(dir, name)), file: join(dir, name) });
  const landmarks = kindOf(join(dir, GEO_FILES.landmarks)) === 'missing' ? null : at(GEO_FILES.landmarks);
  return readGeo({ places: at(GEO_FILES.places), baseline: at(GEO_FILES.baseline), districts: at(GEO_FILES.districts), landmarks }, (note) =>
    process.stderr.write(`note: ${note}\n`),
  );
}

/** Runs a command body; prints errors (all of them) to stderr and exits 1, printing nothing to stdout. */
export function run(main: () => void): void {
  // A reader that stops early (`… | head`) closes the pipe: that ends the run, it is not a failure.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  try {
    main();
  } catch (e) {
    const errors = e instanceof AggregateError ? e.errors : [e];
    for (const err of errors) for (const line of String((err as Error)?.message ?? err).split('\n')) process.stderr.write(`error: ${line}\n`);
    process.exit(1);
  }
}
