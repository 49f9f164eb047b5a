import type { DistrictCollection } from '../../frontline/topology.ts';
import type { TimelineResult } from '../../types.ts';

export interface MapData {
  districts: DistrictCollection;
  timeline: TimelineResult;
}

async function fetchJson(url: URL, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`Could not fetch ${url.pathname}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new Error(`Could not fetch ${url.pathname}: HTTP ${response.status}`);
  // A dev or preview server answers a missing file with the app's own index.html.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new Error(`${url.pathname} was not found (the server sent a web page instead)`);
  }
  try {
    return await response.json();
  } catch {
    throw new Error(`${url.pathname} is not valid JSON`);
  }
}

export function checkDistricts(value: unknown, file = 'districts.geojson'): DistrictCollection {
  const fc = value as DistrictCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  }
  fc.features.forEach((f, i) => {
    if (typeof f?.properties?.id !== 'string') throw new Error(`${file}: feature ${i} has no properties.id`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new Error(`${file}: feature ${f.properties.id} is not a Polygon or MultiPolygon`);
    }
  });
  return fc;
}

export function checkTimeline(value: unknown, file = 'timeline.json'): TimelineResult {
  const tl = value as TimelineResult;
  if (tl?.version !== 1) throw new Error(`${file}: expected "version": 1`);
  if (!Array.isArray(tl.days) || tl.days.length === 0) throw new Error(`${file}: "days" is empty`);
  tl.days.forEach((d, i) => {
    if (typeof d?.date !== 'string' || typeof d.control !== 'object' || d.control === null) {
      throw new Error(`${file}: day ${i} needs "date" and "control"`);
    }
  });
  return tl;
}

/** Fetches the two files the map needs, relative to the page (the app is served from any path). */
export async function loadData(base: string, signal: AbortSignal): Promise<MapData> {
  const [districts, timeline] = await Promise.all([
    fetchJson(new URL('data/districts.geojson', base), signal),
    fetchJson(new URL('data/timeline.json', base), signal),
  ]);
  return { districts: checkDistricts(districts), timeline: checkTimeline(timeline) };
}
