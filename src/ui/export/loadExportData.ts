import type { DistrictCollection, TimelineMode, TimelineResult } from '../../types.ts';
import type { ExportData, LabelPlace } from '../../export/data.ts';

async function getJson(url: URL, signal: AbortSignal, optional = false): Promise<unknown> {
  const response = await fetch(url, { signal });
  const html = response.headers.get('content-type')?.includes('text/html');
  if (!response.ok || html) {
    if (optional) return null;
    throw new Error(`Could not load ${url.pathname} (${response.ok ? 'not found' : `HTTP ${response.status}`}); run \`npm run pipeline\``);
  }
  return response.json();
}

/**
 * What an export draws, for the map's mode (now: hindsight; then: what was known each day): the
 * front lines, the reports and the day states; fetched when the map has not loaded them itself.
 */
export async function loadExportData(
  base: string,
  map: { districts: DistrictCollection; timeline: TimelineResult; places?: readonly LabelPlace[] | null; landmarks?: ExportData['landmarks'] },
  mode: TimelineMode,
  signal: AbortSignal,
): Promise<ExportData> {
  const suffix = mode === 'then' ? '-then' : '';
  const { checkEvents, checkFrontlines, checkStates } = await import('../../schema/index.ts');
  const [fronts, events, states] = await Promise.all([
    getJson(new URL(`data/frontlines${suffix}.geojson`, base), signal),
    getJson(new URL('data/events.json', base), signal),
    getJson(new URL(`data/states-${mode}.json`, base), signal, mode === 'now').catch((e) => {
      if (mode === 'then') throw e;
      return null;
    }),
  ]);
  return {
    districts: map.districts,
    timeline: map.timeline,
    fronts: checkFrontlines(fronts, `frontlines${suffix}.geojson`),
    extraction: checkEvents(events),
    states: states === null ? null : checkStates(states, `states-${mode}.json`),
    places: map.places ?? null,
    landmarks: map.landmarks ?? null,
  };
}
