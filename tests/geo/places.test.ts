import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parsePlaces, parseBaseline, GazetteerError } from '../../src/geo/places.ts';
import { spellingKey } from '../../src/geo/spelling.ts';
import { itNeeds } from '../support/shared.ts';

const HEADER = 'key,name_en,name_ar,variants_ar,variants_en,lat,lon,kind,part_of,confidence,source,notes';
// A tiny valid gazetteer: three districts, a quarter, a landmark, a village (lines 2–7).
const ROWS = [
  'al-shaar,al-Shaar,الشعار,,Shaar,36.20904,37.18544,neighbourhood,,high,test,',
  'qadi-askar,Qadi Askar,قاضي عسكر,,,36.20192,37.17423,neighbourhood,,high,test,',
  'jazmati,Jazmati,كرم الجزماتي,الجزماتي,,36.19787,37.19942,neighbourhood,,high,test,',
  'karm-al-bek,Karm al-Bek,كرم البيك,,,,,quarter,al-shaar,low,test,',
  'eye-hospital,Eye Hospital,مستشفى العيون,,,36.2019,37.1742,landmark,,low,test,',
  'nubl,Nubl,نبل,,,36.37556,36.99417,village,,medium,test,',
];
const csv = (rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const BASELINE = 'key,controller,confidence,note\nal-shaar,opposition,medium,\nqadi-askar,opposition,medium,\njazmati,opposition,medium,\n';

/** Runs fn and returns the GazetteerError it throws (fails the test if it throws nothing else). */
function gazetteerError(fn: () => unknown): GazetteerError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GazetteerError) return e;
    throw e;
  }
  throw new Error('expected a GazetteerError');
}

describe('parsePlaces', () => {
  it('reads a valid table into places with points, kinds and lists', () => {
    const places = parsePlaces(csv(ROWS), 't.csv');
    expect(places).toHaveLength(6);
    expect(places[3]).toMatchObject({ id: 'karm-al-bek', kind: 'quarter', part_of: ['al-shaar'], point: null });
    expect(places[2]!.variants_ar).toEqual(['الجزماتي']);
  });

  it('rejects a duplicate id, naming the file, the line and the key field', () => {
    const e = gazetteerError(() => parsePlaces(csv([...ROWS, 'jazmati,Other,مكان آخر,,,36.2,37.16,neighbourhood,,low,test,']), 'geo/places.csv'));
    expect(e.issues[0]).toMatchObject({ file: 'geo/places.csv', line: 8, field: 'key' });
    expect(e.message).toMatch(/geo\/places\.csv:8: field 'key': duplicate id 'jazmati'/);
  });

  it('rejects one spelling claimed by two unrelated places, even written differently', () => {
    const e = gazetteerError(() => parsePlaces(csv([...ROWS, 'other,Other,مكان,الجزماتى,,36.2,37.16,neighbourhood,,low,test,']), 'p.csv'));
    expect(e.issues[0]).toMatchObject({ file: 'p.csv', line: 8, field: 'variants_ar' });
    expect(e.message).toMatch(/already claimed by 'jazmati' \(line 4\)/);
  });

  it("rejects a variant that is another place's name behind a district word («حي العامرية»)", () => {
    const e = gazetteerError(() => parsePlaces(csv([...ROWS, 'other,Other,مكان,حي الجزماتي,,36.2,37.16,neighbourhood,,low,test,']), 'p.csv'));
    expect(e.message).toMatch(/p\.csv:8: field 'variants_ar': spelling 'حي الجزماتي' is already claimed by 'jazmati'/);
  });

  it('accepts a spelling shared by a quarter and its parent district', () => {
    expect(() => parsePlaces(csv([...ROWS, 'tariq,Tariq,طريق,الشعار,,,,quarter,al-shaar,low,test,']), 'p.csv')).not.toThrow();
  });

  it('rejects a landmark point outside the city outline', () => {
    const e = gazetteerError(() => parsePlaces(csv([...ROWS, 'far,Far,بعيد,,,36.30,37.30,landmark,,low,test,']), 'p.csv'));
    expect(e.issues[0]).toMatchObject({ line: 8, field: 'lat' });
    expect(e.message).toMatch(/outside the city outline/);
  });

  it('rejects a non-village point outside Aleppo altogether', () => {
    const e = gazetteerError(() => parsePlaces(csv([...ROWS, 'damascus,Damascus,دمشق,,,33.51,36.29,neighbourhood,,low,test,']), 'p.csv'));
    expect(e.issues[0]).toMatchObject({ line: 8, field: 'lat' });
  });

  it('rejects an unknown kind and a part_of naming a missing key', () => {
    const e = gazetteerError(() => parsePlaces(csv([...ROWS, 'x,X,س,,,,,suburb,,low,test,', 'y,Y,ص,,,,,quarter,nowhere,low,test,']), 'p.csv'));
    expect(e.issues.map((i) => [i.line, i.field])).toEqual([
      [8, 'kind'],
      [9, 'part_of'],
    ]);
  });

  it('rejects two neighbourhoods on the same point', () => {
    const e = gazetteerError(() => parsePlaces(csv([...ROWS, 'twin,Twin,توأم,,,36.20904,37.18544,neighbourhood,,low,test,']), 'p.csv'));
    expect(e.message).toMatch(/p\.csv:8: field 'lat': same point as neighbourhood 'al-shaar'/);
  });

  it('rejects a wrong header, naming the first wrong column', () => {
    const e = gazetteerError(() => parsePlaces(csv(ROWS).replace('name_ar', 'arabic'), 'p.csv'));
    expect(e.issues[0]).toMatchObject({ line: 1, field: 'arabic' });
  });
});

describe('parseBaseline', () => {
  const places = parsePlaces(csv(ROWS), 'geo/places.csv');

  it('reads one row per neighbourhood', () => {
    expect(parseBaseline(BASELINE, 'b.csv', places).map((r) => r.id)).toEqual(['al-shaar', 'qadi-askar', 'jazmati']);
  });

  it('rejects a bad controller, naming the file, the line and the controller field', () => {
    const e = gazetteerError(() => parseBaseline(BASELINE.replace('qadi-askar,opposition', 'qadi-askar,rebels'), 'geo/baseline.csv', places));
    expect(e.issues[0]).toMatchObject({ file: 'geo/baseline.csv', line: 3, field: 'controller' });
    expect(e.message).toMatch(/geo\/baseline\.csv:3: field 'controller'.*got 'rebels'/);
  });

  it('rejects a row for an unknown key and one for a landmark', () => {
    const e = gazetteerError(() => parseBaseline(BASELINE + 'atlantis,government,low,\neye-hospital,government,low,\n', 'b.csv', places));
    expect(e.issues.map((i) => [i.line, i.field])).toEqual([
      [5, 'key'],
      [6, 'key'],
    ]);
  });

  it('reports a neighbourhood with no row at its own line in the places file', () => {
    const e = gazetteerError(() => parseBaseline(BASELINE.replace('jazmati,opposition,medium,\n', ''), 'b.csv', places));
    expect(e.issues[0]).toMatchObject({ file: 'geo/places.csv', line: 4, field: 'key' });
    expect(e.message).toMatch(/'jazmati' has no row in b\.csv/);
  });
});

describe('the committed gazetteer and baseline', () => {
  const places = parsePlaces(readFileSync('geo/places.csv', 'utf8'), 'geo/places.csv');
  const baseline = parseBaseline(readFileSync('geo/baseline-2016-11-15.csv', 'utf8'), 'geo/baseline-2016-11-15.csv', places);

  // The compiled table lives beside the repo (../shared/reference), not in it (see itNeeds).
  const REFERENCE = '../shared/reference/places.csv';
  itNeeds(REFERENCE, 'carries over every place of the compiled table', () => {
    const reference = readFileSync(REFERENCE, 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[0]);
    const ids = new Set(places.map((p) => p.id));
    expect(reference.filter((k) => !ids.has(k!))).toEqual([]);
  });

  it('has exactly one baseline row for every neighbourhood, placed or not', () => {
    const hoods = places
      .filter((p) => p.kind === 'neighbourhood')
      .map((p) => p.id)
      .sort();
    expect(baseline.map((r) => r.id).sort()).toEqual(hoods);
    expect(hoods).toContain('sheikh-lutfi');
  });

  it('has Sheikh Maqsoud Kurdish-held and the Citadel a landmark', () => {
    expect(baseline.find((r) => r.id === 'sheikh-maqsoud')?.controller).toBe('kurdish');
    expect(places.find((p) => p.id === 'citadel')?.kind).toBe('landmark');
  });

  it('gives Karm al-Bek a point of its own and Arabic to al-Mashatiya', () => {
    const byId = new Map(places.map((p) => [p.id, p]));
    expect(byId.get('karm-al-bek')?.point).not.toEqual(byId.get('al-shaar')?.point);
    expect(byId.get('mishatiyah')?.name_ar).toBe('المشاطية');
  });
});

describe('spellingKey', () => {
  it.each([
    ['الحلوانيّة', 'حلوانيه'],
    ['أرض الصباغ', 'ارض الصباغ'],
    ['الـمرجة', 'مرجه'],
    ['مشروع ١٠٧٠ شقة', 'مشروع 1070 شقه'],
  ])('folds %s to %s', (input, expected) => {
    expect(spellingKey(input)).toBe(expected);
  });
});
