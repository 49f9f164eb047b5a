import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState, isTileTemplate } from '../../src/ui/lib/permalink.ts';
import { DEFAULT_VIEW_STATE, sameViewState, type ViewState } from '../../src/ui/lib/viewState.ts';

const full: ViewState = {
  date: '2016-12-06',
  view: { lat: 36.20904, lng: 37.18544, zoom: 14.25 },
  district: 'karm-al-maysar',
  layers: { fill: true, front: false, labels: true, changes: false },
  labelLang: 'ar',
  mode: 'then',
  basemap: { kind: 'none' },
};

describe('the permalink', () => {
  it('round-trips every part of the view through the address', () => {
    const href = writeViewState('http://x/app/?debug', full);
    expect(sameViewState(readViewState(new URL(href).search), full)).toBe(true);
    expect(new URL(href).searchParams.has('debug')).toBe(true);
  });

  it('writes a readable address', () => {
    expect(writeViewState('http://x/', full)).toBe(
      'http://x/?date=2016-12-06&view=36.20904,37.18544,14.25&district=karm-al-maysar&layers=fill,labels&labels=ar&mode=then&tiles=none',
    );
  });

  it('keeps a custom tile template only as an offer to accept, and refuses one that is not an http(s) template', () => {
    const url = 'https://tiles.example.org/{z}/{x}/{y}.png';
    const href = writeViewState('http://x/', { ...full, basemap: { kind: 'custom', url } });
    expect(readViewState(new URL(href).search).basemap).toEqual({ kind: 'custom', url, pending: true });
    expect(readViewState('?tiles=javascript:alert(1)').basemap).toEqual({ kind: 'osm' });
    expect(isTileTemplate('https://a/{z}/{y}.png')).toBe(false);
  });

  it('falls back to the defaults for anything malformed', () => {
    const s = readViewState('?date=2016-02-30&view=1,2&district=<b>&mode=later&labels=fr');
    expect(s).toEqual(DEFAULT_VIEW_STATE);
  });

  it('reads an empty layers list as every layer off', () => {
    expect(Object.values(readViewState('?layers=').layers)).toEqual([false, false, false, false]);
  });
});
