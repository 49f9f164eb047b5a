// Export project / Import project: a ZIP of articles/*.md and articles/reviews.yaml — the folder
// `npm run pipeline --articles` reads, so the command line draws the same map as the browser.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SourceFile } from '../../sources.ts';
import type { Decision } from '../../schema/reviews.ts';
import { reviewsYaml } from '../../review/write.ts';
import { parseReviews } from '../../review/parse.ts';

/** The ZIP's bytes: every article file (the corpus's and the reader's) and reviews.yaml. */
export function projectZip(files: readonly SourceFile[], decisions: readonly Decision[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.file] = strToU8(f.text);
  entries['articles/reviews.yaml'] = strToU8(reviewsYaml(decisions));
  // A fixed time: the same project gives the same bytes.
  return zipSync(entries, { level: 6, mtime: new Date('2016-12-22T00:00:00Z') });
}

export interface ImportedProject {
  articles: SourceFile[];
  decisions: Decision[];
  /** Entries passed over (not articles/*.md), by name. */
  skipped: string[];
}

const MAX_ENTRY = 4 * 1024 * 1024;

/** A project ZIP read back; throws with a message naming what is wrong. Nothing in it is run. */
export function readProjectZip(bytes: Uint8Array): ImportedProject {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.originalSize <= MAX_ENTRY });
  } catch (e) {
    throw new Error(`not a ZIP file (${(e as Error).message})`);
  }
  const articles: SourceFile[] = [];
  const skipped: string[] = [];
  let decisions: Decision[] = [];
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const base = name.split('/').pop()!;
    if (base === 'reviews.yaml') {
      decisions = parseReviews(strFromU8(data), name).decisions.map(({ line: _line, ...d }) => d as Decision);
    } else if (/\.md$/i.test(base) && base.toLowerCase() !== 'readme.md') {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(data);
      } catch {
        throw new Error(`${name}: not UTF-8 text`);
      }
      articles.push({ file: `articles/${base}`, text });
    } else skipped.push(name);
  }
  if (articles.length === 0 && decisions.length === 0) throw new Error('the ZIP holds no articles/*.md and no reviews.yaml');
  return { articles, decisions, skipped };
}
