// The drawing core's small parts, each against values worked out by hand.
import { describe, expect, it } from 'vitest';
import { encode } from 'fast-png';
import { world0, metresPerPixel } from '../../src/export/mercator.ts';
import { boundsOf, fitBounds, projection } from '../../src/export/view.ts';
import { scaleBar } from '../../src/export/scalebar.ts';
import { readDpi, withDpi, crc32 } from '../../src/export/png-dpi.ts';
import { outletName, sourceNote } from '../../src/export/source-note.ts';
import { paperSize, pixelSize, checkSize } from '../../src/export/sizes.ts';
import { fitText, textWidth } from '../../src/export/fonts.ts';
import { layout, legendItems } from '../../src/export/layout.ts';
import { GifWriter } from '../../src/export/gif.ts';
import { tileGrid, tileUrl } from '../../src/export/tiles.ts';
import { parseGIF, decompressFrames } from 'gifuct-js';

describe('Web Mercator as Leaflet places it', () => {
  it('puts (0°, 0°) at the middle of the 256-pixel world and 180°E at its right edge', () => {
    expect(world0({ lon: 0, lat: 0 })).toEqual({ x: 128, y: 128 });
    expect(world0({ lon: 180, lat: 0 }).x).toBe(256);
  });

  it('puts al-Shaar where Leaflet does at zoom 13 (its SphericalMercator and transformation, computed apart)', () => {
    const p = world0({ lon: 37.18544, lat: 36.20904 });
    // Leaflet: x = R·λ, y = R·ln(tan(π/4 + φ/2)), R = 6378137; point = 256·2^z·(0.5/(πR)·(x, −y) + 0.5)
    expect(p.x * 2 ** 13).toBeCloseTo(1265196.8885, 3);
    expect(p.y * 2 ** 13).toBeCloseTo(822014.434, 2);
  });

  it('fits bounds into a box and gives those bounds back', () => {
    const b = { west: 37.05, south: 36.14, east: 37.3, north: 36.3 };
    const view = fitBounds(b, 1000, 700);
    const back = boundsOf(view, 1000, 700);
    // One axis fits exactly, the other has room to spare.
    const exactX = Math.abs(back.west - b.west) < 1e-9 && Math.abs(back.east - b.east) < 1e-9;
    const exactY = Math.abs(back.north - b.north) < 1e-9 && Math.abs(back.south - b.south) < 1e-9;
    expect(exactX || exactY).toBe(true);
    expect(back.west).toBeLessThanOrEqual(b.west + 1e-9);
    expect(back.north).toBeGreaterThanOrEqual(b.north - 1e-9);
    const project = projection(view, { x: 0, y: 100, width: 1000, height: 700 });
    const c = project(view.center);
    expect(c.x).toBeCloseTo(500, 6);
    expect(c.y).toBeCloseTo(450, 6);
  });
});

describe('scale bar', () => {
  it('picks the longest round distance that fits', () => {
    const bar = scaleBar(36.2, 12, 120);
    // ~30.8 m per pixel at zoom 12, 36.2°N → 120 px ≈ 3.7 km → 2 km
    expect(metresPerPixel(36.2, 12)).toBeCloseTo(30.83, 1);
    expect(bar.label).toBe('2 km');
    expect(bar.pixels).toBeCloseTo(2000 / metresPerPixel(36.2, 12), 6);
    expect(scaleBar(36.2, 16, 120).label).toBe('200 m');
  });
});

describe('pHYs', () => {
  it('writes 300 dpi into a PNG and reads it back; the chunk CRC is the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const png = encode({ width: 2, height: 2, data: new Uint8Array(16).fill(200), channels: 4 });
    expect(readDpi(png)).toBe(null);
    const printed = withDpi(png, 300);
    expect(readDpi(printed)).toBe(300);
    expect(readDpi(withDpi(printed, 192))).toBe(192);
  });
});

describe('sizes', () => {
  it('makes A4 landscape 3508×2480 and A3 portrait 3508×4961 pixels at 300 dpi', () => {
    expect(pixelSize(paperSize('a4-landscape'))).toEqual({ width: 3508, height: 2480 });
    expect(pixelSize(paperSize('a3-portrait'))).toEqual({ width: 3508, height: 4961 });
  });
  it('refuses sizes too large to hold in memory', () => {
    expect(checkSize({ width: 5000, height: 5000, scale: 4 })).toMatch(/too large/);
    expect(checkSize({ width: 1280, height: 800, scale: 4 })).toBe(null);
  });
});

describe('source note', () => {
  const articles = [
    { id: 'a', published: '2016-12-04', source: 'Reuters (Arabic service)' },
    { id: 'b', published: '2016-12-05', source: 'unknown (Arabic daily)' },
    { id: 'c', published: '2016-12-06', source: 'Al-Souria Net (السورية نت)' },
  ];
  const events = [
    { article: 'a', date: '2016-12-03' },
    { article: 'b', date: '2016-12-05' },
    { article: 'c', date: '2016-12-06' },
  ];
  it('names the outlets of the reports that shaped the map up to the day', () => {
    expect(outletName('unknown (Arabic daily)')).toBe(null);
    expect(sourceNote(articles, events, '2016-12-05', '2016-11-15')).toBe(
      'Latest report: this day, 5 December 2016. Based on 2 reports: Reuters and 1 unnamed outlet (published 4–5 December 2016), over the baseline of 15 November 2016.',
    );
    expect(sourceNote(articles, events, '2016-12-06', '2016-11-15')).toContain(
      'Based on 3 reports: Reuters, Al-Souria Net and 1 unnamed outlet (published 4–6 December 2016)',
    );
    expect(sourceNote(articles, events, '2016-12-01', '2016-11-15')).toBe(
      'No report yet: the baseline, 16 days before this map’s day. Control as at the baseline of 15 November 2016.',
    );
  });

  it("says first how old the latest report is on the frame's day", () => {
    expect(sourceNote(articles, events, '2016-12-22', '2016-11-15')).toMatch(/^Latest report: 6 December 2016, 16 days before this map’s day\. Based on/);
    expect(sourceNote(articles, events, '2016-12-22', '2016-11-15', '2016-12-03')).toMatch(/^Latest report: 3 December 2016, 19 days before/);
  });
});

describe('layout', () => {
  it('wraps the legend into more rows on a narrow image, and keeps the map between header and footer', () => {
    const wide = layout(1600, 1000, legendItems([]));
    const narrow = layout(400, 300, legendItems(['claim', 'stale']));
    expect(new Set(wide.legendItems.map((i) => i.y)).size).toBe(1);
    expect(new Set(narrow.legendItems.map((i) => i.y)).size).toBeGreaterThan(1);
    for (const l of [wide, narrow]) {
      expect(l.map.y).toBe(l.header.height);
      expect(l.map.y + l.map.height).toBeCloseTo(l.footer.y, 6);
      expect(l.map.height).toBeGreaterThan(0);
    }
    expect(() => layout(100, 100, legendItems([]))).toThrow(/too small/);
  });
  it('cuts a long note with an ellipsis so it fits', () => {
    const long = 'Based on 40 reports: ' + 'Some Outlet, '.repeat(30);
    const cut = fitText(long, 12, 300);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(300);
  });
});

describe('GifWriter', () => {
  it('writes one frame per add, holding the last one longer', () => {
    const gif = new GifWriter(4, 2, 100);
    gif.add(new Uint8Array(32).fill(255));
    gif.add(new Uint8Array(32).fill(0));
    const frames = decompressFrames(parseGIF(gif.finish().buffer as ArrayBuffer), true);
    expect(frames.map((f) => f.delay)).toEqual([100, 300]);
    expect(() => new GifWriter(4, 2, 100).add(new Uint8Array(8))).toThrow(/frame 1 has 2 pixels, expected 4×2/);
  });
});

describe('basemap tiles', () => {
  const view = { center: { lon: 37.16, lat: 36.2 }, zoom: 12.5 };
  const rect = { x: 0, y: 60, width: 1280, height: 640 };
  it("uses the next zoom's tiles for a 2× image, and covers the whole map box without gaps", () => {
    const grid = tileGrid(view, rect, 2);
    expect(new Set(grid.map((t) => t.z))).toEqual(new Set([14]));
    const size = grid[0]!.size;
    expect(size).toBeCloseTo(256 * 2 ** (12.5 - 14), 9);
    expect(Math.min(...grid.map((t) => t.left))).toBeLessThanOrEqual(rect.x);
    expect(Math.min(...grid.map((t) => t.top))).toBeLessThanOrEqual(rect.y);
    expect(Math.max(...grid.map((t) => t.left + t.size))).toBeGreaterThanOrEqual(rect.x + rect.width);
    expect(Math.max(...grid.map((t) => t.top + t.size))).toBeGreaterThanOrEqual(rect.y + rect.height);
    const cols = new Set(grid.map((t) => t.x)).size;
    const rows = new Set(grid.map((t) => t.y)).size;
    expect(grid).toHaveLength(cols * rows);
  });
  it('fills a Leaflet URL template', () => {
    expect(tileUrl('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}{r}.png', { z: 14, x: 9883, y: 6424 })).toBe(
      'https://c.tile.openstreetmap.org/14/9883/6424.png',
    ); // (x + y) mod 3 = 2, as Leaflet picks;
  });
});

describe('texts for publication', async () => {
  const { parseExportArgs } = await import('../../src/export/node/options.ts');
  const { wrapText } = await import('../../src/export/fonts.ts');
  const { placeLabelChoices } = await import('../../src/look/labelPlacement.ts');
  const { shortName } = await import('../../src/export/draw-labels.ts');

  it('reads --title, --caption and --credit, and refuses one too long or with a control character, naming the flag', () => {
    const o = parseExportArgs(['--out', 'a.png', '--date', '2016-12-06', '--title', 'T', '--caption', 'C', '--credit', 'Map: me']);
    expect([o.title, o.caption, o.credit]).toEqual(['T', 'C', 'Map: me']);
    expect(() => parseExportArgs(['--out', 'a.png', '--date', '2016-12-06', '--title', 'x'.repeat(121)])).toThrow(/--title: 121 characters; at most 120/);
    expect(() => parseExportArgs(['--out', 'a.png', '--date', '2016-12-06', '--credit', 'a\u0000b'])).toThrow(/--credit: holds a control character/);
  });

  it('wraps a caption into lines that fit, cutting the last with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 12, textWidth('one two three', 12) + 1, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two three');
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(textWidth('one two three', 12) + 1);
  });

  it('places the more important name first, gives a colliding one its short form, and drops what still does not fit', () => {
    const big = { id: 'big', x: 100, y: 100, sizes: [{ w: 80, h: 14 }], priority: 10 };
    const long = {
      id: 'long',
      x: 190,
      y: 108,
      sizes: [
        { w: 200, h: 14 },
        { w: 40, h: 14 },
      ],
      priority: 5,
    };
    const lost = { id: 'lost', x: 105, y: 100, sizes: [{ w: 30, h: 14 }], priority: 1 };
    expect(placeLabelChoices([lost, long, big])).toEqual(
      new Map([
        ['big', 0],
        ['long', 1],
      ]),
    );
    expect(shortName('Sheikh Najjar (industrial city)')).toBe('Sheikh Najjar');
  });
});
