// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import L from 'leaflet';
import type { MultiLineString } from 'geojson';
import { useFront } from '../../src/ui/hooks/useFront.ts';
import type { MapData } from '../../src/ui/lib/loadData.ts';
import type { IsoDate } from '../../src/types.ts';
import { render } from './render.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Four days of stored fronts, each line a little further east. */
const dates = ['2016-12-01', '2016-12-02', '2016-12-03', '2016-12-04'] as IsoDate[];
const stored = dates.map((date, i) => ({
  type: 'Feature' as const,
  properties: { date },
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [37.15 + i * 0.001, 36.2],
        [37.16 + i * 0.001, 36.21],
      ],
    ],
  } as MultiLineString,
}));
const data = { frontlines: { now: { type: 'FeatureCollection', features: stored } } } as unknown as MapData;

function Front({ date }: { date: IsoDate }) {
  useFront(data, 'now', date, {});
  return null;
}

describe('the stored fronts', () => {
  it('are made ready to draw while the browser is idle, the shown day’s neighbours first', async () => {
    let idle: IdleRequestCallback | null = null;
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
      idle = cb;
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => {});
    const made = vi.spyOn(L.GeoJSON, 'coordsToLatLngs');
    await render(<Front date="2016-12-03" />);
    expect(made).not.toHaveBeenCalled();
    idle!({ didTimeout: false, timeRemaining: () => 50 });
    const east = made.mock.calls.map((call) => (call[0] as number[][][])[0]![0]![0]!);
    expect(east.map((x) => Math.round((x - 37.15) * 1000))).toEqual([2, 1, 3, 0]);
  });
});
