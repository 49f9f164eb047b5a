// The city context and the boundary credit in an export, from a fresh pipeline output.
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFolder, readData } from './support.ts';
import { svgFor } from '../../src/export/node/render-node.ts';
import type { ExportData } from '../../src/export/data.ts';

let data: ExportData;
beforeAll(() => {
  data = readData(corpusFolder());
}, 120_000);

const svg = (d: ExportData) => svgFor({ data: d, size: { width: 1280, height: 800, scale: 1, dpi: null }, labels: [] }, '2016-12-06');

describe('an export of 6 December', () => {
  it('draws the Old City and the Citadel outlined, and the Citadel, the airport and the gates as symbols', () => {
    const out = svg(data);
    expect(out).toContain('data-layer="landmarks"');
    for (const id of ['old-city', 'citadel-outline', 'citadel', 'airport', 'bab-antakya', 'jazmati-roundabout']) expect(out).toContain(`data-landmark="${id}"`);
  });

  it('names the boundary source first in its credit line', () => {
    expect(svg(data)).toMatch(/data-layer="attribution"[\s\S]*Boundaries: CSR © 2019 Columbia Center for Spatial Research \(MIT\)/);
  });

  it("credits a user's boundaries by their file, and never CSR for shapes that do not say where they come from", () => {
    expect(svg({ ...data, districts: { ...data.districts, credit: 'Boundaries: mine.geojson (supplied by the user)' } as never })).toContain(
      'Boundaries: mine.geojson (supplied by the user)',
    );
    const { credit: _, ...bare } = data.districts as typeof data.districts & { credit?: string };
    expect(svg({ ...data, districts: bare as never })).toContain('Boundaries: source not stated');
  });
});
