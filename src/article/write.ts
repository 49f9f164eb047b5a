// An article in the format of articles/*.md: YAML front matter, then the body exactly as given.
// Used by the browser's Export project; parseArticle reads it back to the same article.
import { stringify } from 'yaml';
import type { Article } from '../types.ts';

export type ArticleFields = Pick<Article, 'published' | 'source' | 'url' | 'title' | 'language' | 'body'> & { id: string; note?: string };

/** The file's text: every front-matter value written by YAML (quoted where YAML would read it otherwise). */
export function articleMarkdown(a: ArticleFields): string {
  const fm: Record<string, string> = { id: a.id, published: a.published, source: a.source };
  if (a.url) fm.url = a.url;
  if (a.title) fm.title = a.title;
  fm.language = a.language;
  if (a.note) fm.note = a.note;
  // Quoted strings throughout: an id such as 007 or a date stays text.
  const yaml = stringify(fm, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n${a.body}`;
}

/** The file name an article is kept under: `YYYY-MM-DD_<id>.md`, as articles/README.md asks. */
export const articleFileName = (a: Pick<Article, 'published' | 'id'>) => `${a.published}_${a.id}.md`;
