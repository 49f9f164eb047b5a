import { describe, expect, it } from 'vitest';
import { ArticleError, checkUniqueIds, parseArticle } from '../../src/article/parse.ts';

const file = 'articles/2016-12-06_x.md';
const errorOf = (input: string | Uint8Array) => {
  try {
    parseArticle(input, file);
  } catch (e) {
    return e as ArticleError;
  }
  throw new Error('expected an ArticleError');
};

describe('article files', () => {
  it('reads the front matter and keeps the body exactly as written', () => {
    const a = parseArticle('---\nid: abc\npublished: 2016-12-06\nsource: Test\ntitle: "عنوان"\n---\n  النص الأول.\n\nالثاني\n', file);
    expect(a).toMatchObject({ id: 'abc', published: '2016-12-06', source: 'Test', title: 'عنوان', language: 'ar', url: null });
    expect(a.body).toBe('  النص الأول.\n\nالثاني\n');
  });

  it('takes the file name as id when the front matter has none', () => {
    expect(parseArticle('---\npublished: 2016-12-06\nsource: Test\n---\nنص', file).id).toBe('2016-12-06_x');
  });

  it.each([
    ['missing published', '---\nsource: Test\n---\nنص', 'published', 'is required'],
    ['an impossible published day', '---\npublished: 2016-02-30\nsource: Test\n---\nنص', 'published', 'YYYY-MM-DD'],
    ['published in another format', '---\npublished: 06/12/2016\nsource: Test\n---\nنص', 'published', 'YYYY-MM-DD'],
    ['missing source', '---\npublished: 2016-12-06\n---\nنص', 'source', 'is required'],
    ['an empty source', '---\npublished: 2016-12-06\nsource: "  "\n---\nنص', 'source', 'empty'],
    ['an unknown language', '---\npublished: 2016-12-06\nsource: T\nlanguage: fr\n---\nنص', 'language', ''],
    ['an empty body', '---\npublished: 2016-12-06\nsource: Test\n---\n \n\n', 'body', 'empty'],
    ['no front matter', 'نص بلا رأس', 'front matter', '---'],
    ['broken YAML', '---\npublished: [2016\nsource: T\n---\nنص', 'front matter', 'YAML'],
  ])('refuses %s, naming the file and the field', (_, text, field, words) => {
    const e = errorOf(text);
    expect(e).toBeInstanceOf(ArticleError);
    expect([e.file, e.field]).toEqual([file, field]);
    expect(e.message).toContain(file);
    expect(e.message).toContain(words);
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('---\npublished: 2016-12-06\nsource: T\n---\n'), 0xff, 0xfe, 0x41]);
    expect(errorOf(bytes).field).toBe('encoding');
  });

  it('refuses two articles with one id, naming both files', () => {
    const a = parseArticle('---\nid: same\npublished: 2016-12-06\nsource: T\n---\nنص', 'articles/a.md');
    const b = parseArticle('---\nid: same\npublished: 2016-12-06\nsource: T\n---\nنص', 'articles/b.md');
    expect(() => checkUniqueIds([a, b])).toThrow(/articles\/b\.md: id: "same" is already the id of articles\/a\.md/);
  });
});
