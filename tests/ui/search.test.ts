import { describe, expect, it } from 'vitest';
import placesCsv from '../../geo/places.csv?raw';
import { buildSearchIndex, variantsFromCsv, type SearchPlace } from '../../src/ui/search/searchIndex.ts';
import { searchKey } from '../../src/ui/search/searchKeys.ts';

const places: SearchPlace[] = [
  { id: 'karm-al-maysar', name_en: 'Karm al-Maysar', name_ar: 'كرم الميسر', kind: 'neighbourhood', districts: ['karm-al-maysar'] },
  { id: 'al-shaar', name_en: 'al-Shaar', name_ar: 'الشعار', kind: 'neighbourhood', districts: ['al-shaar'] },
  { id: 'karm-al-jabal', name_en: 'Karm al-Jabal', name_ar: 'كرم الجبل', kind: 'neighbourhood', districts: ['karm-al-jabal'] },
  { id: 'sheikh-maqsoud', name_en: 'Sheikh Maqsoud', name_ar: 'الشيخ مقصود', kind: 'neighbourhood', districts: ['sheikh-maqsoud'] },
];
const index = buildSearchIndex(places, variantsFromCsv(placesCsv));
const top = (q: string) => index.search(q)[0]?.place.id;

describe('search keys', () => {
  it.each([
    ['كرم الميسر', 'كرم ميسر'],
    ['الشعار', 'شعار'],
    ['حي الشعار', 'الشعار'],
    ['الشَّعار', 'الشعار'],
    ['Karm al-Maysar', 'karm maysar'],
    ["ash-Sha'ar", 'Shaar'],
    ['Sheikh Maqsoud', 'sheikh maqsud'],
  ])('%s and %s meet', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });
});

describe('the search index', () => {
  it.each([['Karm al-Maysar'], ['karm maysar'], ['Karm al-Myassar'], ['Myassar'], ['كرم الميسر'], ['كرم ميسر'], ['الميسر']])(
    'finds Karm al-Maysar from %s',
    (q) => {
      expect(top(q)).toBe('karm-al-maysar');
    },
  );

  it('finds a district by the start of its name, and ranks the whole-name match first', () => {
    expect(index.search('karm').map((h) => h.place.id)).toEqual(expect.arrayContaining(['karm-al-maysar', 'karm-al-jabal']));
    expect(top('الشعار')).toBe('al-shaar');
  });

  it('finds nothing for one letter or an unknown name', () => {
    expect(index.search('k')).toEqual([]);
    expect(index.search('Damascus')).toEqual([]);
  });
});

describe('variantsFromCsv', () => {
  it('reads a byte-order mark, Windows line ends, quoted fields with commas, doubled quotes and line breaks, and splits the variants at «;»', () => {
    const csv = '\uFEFFkey,name_en,variants_ar,variants_en\r\n"a","A","س; ش","x, y;say ""hi""\nthere"\r\nb,B,,z\r\n\r\n';
    expect(variantsFromCsv(csv)).toEqual(
      new Map([
        ['a', ['س', 'ش', 'x, y', 'say "hi"\nthere']],
        ['b', ['z']],
      ]),
    );
  });
});
