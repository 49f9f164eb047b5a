import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleError, parseArticle } from '../../src/article/parse.ts';
import { listArticles } from '../../src/cli/load.ts';

const file = 'articles/x.md';
const article = (front: string, body = 'نص الخبر.') => `---\n${front}\n---\n${body}`;
const faultsOf = (text: string) => {
  try {
    parseArticle(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleError);
    return (e as ArticleError).faults;
  }
  throw new Error('expected an ArticleError');
};
const problemOf = (text: string, field: string) => faultsOf(text).find((f) => f.field === field)?.problem ?? '(no fault on that field)';

describe('article front matter: what YAML would silently change is refused', () => {
  it.each([
    ['1e3', '1000'],
    ['007', '7'],
    ['0x1F', '31'],
    ['1.50', '1.5'],
  ])('refuses id: %s (YAML would read %s), asking for quotes', (written, read) => {
    expect(problemOf(article(`id: ${written}\npublished: 2016-12-06\nsource: T`), 'id')).toBe(
      `${written} would be read by YAML as ${read}; write it in quotes ("${written}")`,
    );
  });

  it('keeps ids as written: a plain 42 and a quoted "007"', () => {
    expect(parseArticle(article('id: 42\npublished: 2016-12-06\nsource: T'), file).id).toBe('42');
    expect(parseArticle(article('id: "007"\npublished: 2016-12-06\nsource: T'), file).id).toBe('007');
  });
});

describe('article files: bad values are refused, each fault named', () => {
  it.each(['1990-01-01', '2030-01-01', '2016-11-14', '2016-12-23'])('refuses published %s, outside the map’s period', (day) => {
    expect(problemOf(article(`published: ${day}\nsource: T`), 'published')).toBe(
      `${day} is outside the map's period 2016-11-15 … 2016-12-22; its events would not show`,
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.org/a', 'not a url'])('refuses url %s: only http(s)', (url) => {
    expect(problemOf(article(`published: 2016-12-06\nsource: T\nurl: "${url}"`), 'url')).toBe('must be an http:// or https:// address');
  });

  it('accepts an https url', () => {
    expect(parseArticle(article('published: 2016-12-06\nsource: T\nurl: https://example.org/a?b=1'), file).url).toBe('https://example.org/a?b=1');
  });

  it('refuses a NUL in the source and in the body', () => {
    expect(problemOf(article('published: 2016-12-06\nsource: "Reu\\0ters"'), 'source')).toContain('control character');
    expect(problemOf(article('published: 2016-12-06\nsource: T', 'نص\u0000الخبر'), 'body')).toContain('control character (NUL or similar) at offset 2');
  });

  it('refuses a body without a single letter (zero-width characters, digits, punctuation)', () => {
    expect(problemOf(article('published: 2016-12-06\nsource: T', '\u200b\u200c\u200d\u2060 123 …'), 'body')).toBe(
      'holds no letter (only spaces, marks or invisible characters)',
    );
  });

  it('reports every fault of a file, not only the first', () => {
    const faults = faultsOf(article('id: 1e3\npublished: 2030-01-01\nsource: ""\nurl: "javascript:x"\nlanguage: fr', '\u200b'));
    expect(faults.map((f) => f.field).sort()).toEqual(['body', 'id', 'language', 'published', 'source', 'url']);
    try {
      parseArticle(article('id: 1e3\npublished: 2030-01-01\nsource: T'), file);
    } catch (e) {
      expect((e as Error).message.split('\n')).toEqual([
        expect.stringMatching(/^articles\/x\.md: id: /),
        expect.stringMatching(/^articles\/x\.md: published: /),
      ]);
    }
  });
});

describe('article folders: special files are refused by name, never opened', () => {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'doors-articles-'));
    writeFileSync(join(dir, 'good.md'), article('published: 2016-12-06\nsource: T'));
    return dir;
  };
  const refusal = (dir: string) => {
    try {
      listArticles([dir]);
    } catch (e) {
      return (e as Error).message;
    }
    return '(nothing refused)';
  };

  it('refuses a named pipe called pipe.md without opening it (opening would block forever)', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    expect(refusal(dir)).toBe(`${join(dir, 'pipe.md')}: path: is a named pipe, not a regular file; it was not opened`);
  });

  it('refuses a socket called sock.md', async () => {
    const dir = folder();
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'sock.md'), done));
    try {
      expect(refusal(dir)).toContain('sock.md: path: is a socket, not a regular file');
    } finally {
      server.close();
    }
  });

  it('refuses a device (a link to /dev/null called null.md) and a folder called folder.md', () => {
    const dir = folder();
    symlinkSync('/dev/null', join(dir, 'null.md'));
    mkdirSync(join(dir, 'folder.md'));
    const message = refusal(dir);
    expect(message).toContain('null.md: path: is a device, not a regular file');
    expect(message).toContain(`${join(dir, 'folder.md')}: path: is a folder, not an article file`);
  });

  it('refuses a special file named on the command line', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'named')]);
    expect(() => listArticles([join(dir, 'named')])).toThrow(/named: path: is a named pipe/);
  });

  it('reads .md in any case and in subfolders, and names the files it skips', () => {
    const dir = folder();
    mkdirSync(join(dir, 'december', 'week1'), { recursive: true });
    for (const f of ['ARTICLE.MD', 'december/a.Md', 'december/week1/b.md', 'notes.markdown', 'README.md', 'december/list.txt'])
      writeFileSync(join(dir, f), article('published: 2016-12-06\nsource: T'));
    const { files, skipped } = listArticles([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['ARTICLE.MD', 'december/a.Md', 'december/week1/b.md', 'good.md']);
    expect(skipped.map((f) => f.slice(dir.length + 1))).toEqual(['december/list.txt', 'notes.markdown']);
  });
});
