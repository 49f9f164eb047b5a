import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { jsonSchemas } from '../../src/schema/jsonSchema.ts';
import { checkDistricts, checkEvents, checkStates, checkTimeline } from '../../src/schema/index.ts';

describe('the schema module', () => {
  it('has published docs/schemas/ as the code defines them (run `npm run schemas` after a change)', () => {
    const files = jsonSchemas();
    expect(readdirSync('docs/schemas').sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files) expect(readFileSync(`docs/schemas/${name}`, 'utf8'), name).toBe(text);
  });

  it('names the file and the field of what is wrong in a loaded file', () => {
    const timeline = { version: 1, start: '2016-11-15', end: '2016-12-22', days: [{ date: '2016-11-15', control: { 'al-shaar': 'rebels' } }] };
    expect(() => checkTimeline(timeline, 'data/timeline.json')).toThrow(/^data\/timeline\.json: days\.0\.control\.al-shaar: Invalid option/);
    expect(() =>
      checkDistricts(
        {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { id: 'x', name_en: 'X', name_ar: 'س' }, geometry: { type: 'Point', coordinates: [37, 36] } }],
        },
        'd.geojson',
      ),
    ).toThrow(/^d\.geojson: features\.0\.geometry: /);
    expect(() => checkStates({ version: 2 }, 's.json')).toThrow(/^s\.json: version: /m);
  });

  it('lists at most five problems and says how many more there are', () => {
    const events = { version: 1, articles: Array.from({ length: 8 }, () => ({ id: 'a', published: 'x', source: 's' })), events: [] };
    const lines = (() => {
      try {
        checkEvents(events, 'events.json');
      } catch (e) {
        return (e as Error).message.split('\n');
      }
      return [];
    })();
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('events.json: … and 3 more problems');
  });

  it('lets a field a newer pipeline adds pass through', () => {
    const t = { version: 1, start: '2016-11-15', end: '2016-12-22', days: [{ date: '2016-11-15', control: {}, note: 'new' }], extra: true };
    expect(checkTimeline(t)).toBe(t);
  });
});
