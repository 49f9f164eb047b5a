import { describe, it, expect } from 'vitest';
import type { Place } from '../../src/types.ts';
import { userBoundaries, BoundaryError } from '../../src/geo/user/boundaries.ts';
import { districtsFromFile } from '../../src/geo/user/in-browser.ts';
import { foldLatin } from '../../src/geo/user/names.ts';
import { boundaryCredit, CSR_CREDIT } from '../../src/geo/credit.ts';

const place = (id: string, name_en: string, name_ar: string, lat: number, lon: number, extra: Partial<Place> = {}): Place => ({
  id,
  name_en,
  name_ar,
  variants_ar: [],
  variants_en: [],
  point: { lat, lon },
  kind: 'neighbourhood',
  part_of: [],
  confidence: 'high',
  source: '',
  notes: '',
  ...extra,
});
const PLACES = [
  place('al-shaar', 'al-Shaar', 'الشعار', 36.2005, 37.1005, { variants_en: ["ash-Sha'ar"] }),
  place('qadi-askar', 'Qadi Askar', 'قاضي عسكر', 36.2005, 37.1105),
  place('citadel', 'Aleppo Citadel', 'قلعة حلب', 36.2105, 37.1005, { kind: 'landmark' }),
];
const square = (lon: number, lat: number, props: Record<string, unknown>, size = 0.001) => ({
  type: 'Feature',
  properties: props,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  },
});
const file = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const GOOD = [square(37.1, 36.2, { NAME: "ash-Sha'ar", NAME_A: 'الشعار' }), square(37.11, 36.2, { NAME: 'Zone 7', NAME_A: 'حي قاضي عسكر' })];

function problem(text: string, options = { nameField: 'NAME' }): string {
  try {
    userBoundaries(text, 'mine.geojson', PLACES, options);
  } catch (e) {
    if (e instanceof BoundaryError) return e.message;
    throw e;
  }
  throw new Error('expected a BoundaryError');
}

describe('userBoundaries', () => {
  it('joins by any spelling the gazetteer knows, English or Arabic, and lists what did not match', () => {
    const b = userBoundaries(file([...GOOD, square(37.12, 36.2, { NAME: 'Nowhere' })]), 'mine.geojson', PLACES, { nameField: 'NAME', nameArField: 'NAME_A' });
    expect(b.matched).toEqual([
      { name: "ash-Sha'ar", key: 'al-shaar' },
      { name: 'Zone 7', key: 'qadi-askar' },
    ]);
    expect(b.unmatched).toEqual(['Nowhere']);
    expect(b.credit).toBe('Boundaries: mine.geojson (supplied by the user)');
  });

  it.each([
    ['not JSON', '{"type":', /mine\.geojson: not JSON/],
    ['not a FeatureCollection', '{"type":"Feature"}', /not a GeoJSON FeatureCollection/],
    [
      'a point',
      file([{ type: 'Feature', properties: { NAME: 'x' }, geometry: { type: 'Point', coordinates: [37.1, 36.2] } }]),
      /geometry is Point, not a Polygon/,
    ],
    ['metres', file([square(3_338_000, 4_002_000, { NAME: 'al-Shaar' }, 100)]), /not in degrees/],
    [
      'duplicate ids',
      file([
        { ...GOOD[0], id: 1 },
        { ...GOOD[1], id: 1 },
      ]),
      /same id 1 \(duplicate ids\)/,
    ],
    ['nothing matching', file([square(37.1, 36.2, { NAME: 'Zone 1' })]), /none of the 1 names in "NAME" matches/],
    [
      'a ring crossing itself',
      file([
        {
          type: 'Feature',
          properties: { NAME: 'al-Shaar' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [37.1, 36.2],
                [37.101, 36.201],
                [37.101, 36.2],
                [37.1, 36.201],
                [37.1, 36.2],
              ],
            ],
          },
        },
      ]),
      /crosses itself/,
    ],
    [
      'latitude and longitude swapped',
      file([square(36.2, 37.1, { NAME: 'al-Shaar' }), square(36.2, 37.11, { NAME: 'Qadi Askar' })]),
      /latitude and longitude look swapped/,
    ],
    ['a name field no feature has', file(GOOD), /no feature has the property "NOM"/],
  ])('refuses %s with a message naming the file', (_, text, message) => {
    expect(problem(text, { nameField: _ === 'a name field no feature has' ? 'NOM' : 'NAME' })).toMatch(message);
  });
});

describe('districtsFromFile (the app)', () => {
  it('finds the name field itself, drops landmark polygons and credits the file', () => {
    const d = districtsFromFile(file([...GOOD, square(37.1, 36.21, { NAME: 'Aleppo Citadel' })]), 'mine.geojson', PLACES);
    expect(d.features.map((f) => f.properties.id)).toEqual(['al-shaar']);
    expect(boundaryCredit(d)).toBe('Boundaries: mine.geojson (supplied by the user)');
  });
});

describe('names and credits', () => {
  it('folds case, accents, quotes, dashes and a leading article out of Latin names', () => {
    expect(foldLatin("ash-Sha'ar")).toBe(foldLatin('Shaar'));
    expect(foldLatin('al-‘Amiriyeh')).toBe(foldLatin('Amiriyeh'));
  });

  it('says the source is not stated rather than crediting CSR for a file without a credit', () => {
    expect(boundaryCredit({ type: 'FeatureCollection', features: [] })).toBe('Boundaries: source not stated');
    expect(boundaryCredit({ credit: CSR_CREDIT })).toMatch(/Columbia Center for Spatial Research/);
  });
});
