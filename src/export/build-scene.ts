import { bbox } from '@turf/turf';
import { formatDateAr, formatDateEn } from '../ui/lib/dates.ts';
import type { IsoDate } from '../types.ts';
import { checkDate, type ExportData } from './data.ts';
import type { ExportScene, PlacedTile } from './scene.ts';
import { sourceNote } from './source-note.ts';
import type { Bounds } from './view.ts';

export const TITLE = 'The battle for East Aleppo';
export const TITLE_AR = 'معركة أحياء حلب الشرقية';
export const ATTRIBUTION_TILES = 'Basemap © OpenStreetMap contributors';

/** The districts' extent with a margin (the default view, as the app opens). */
export function districtBounds(data: Pick<ExportData, 'districts'>, margin = 0.04): Bounds {
  const [w, s, e, n] = bbox(data.districts);
  const mx = (e - w) * margin;
  const my = (n - s) * margin;
  return { west: w - mx, south: s - my, east: e + mx, north: n + my };
}

/** Districts whose state that day rests only on one side's media (needs states-now.json). */
function oneSideClaims(data: ExportData, date: IsoDate): Set<string> {
  const day = data.states?.days.find((d) => d.date === date);
  if (!day) return new Set();
  return new Set(Object.entries(day.districts).filter(([, s]) => s.claimed_by && s.claimed_by !== 'neutral').map(([id]) => id));
}

export interface SceneOptions {
  width: number;
  height: number;
  scale: number;
  bounds?: Bounds;
  tiles?: readonly PlacedTile[];
  /** Whether the basemap is (or would be) OpenStreetMap: it is then credited. */
  credit?: string;
}

/** The scene for one day: its control map, its front line and its texts. */
export function sceneForDay(data: ExportData, date: IsoDate, o: SceneOptions): ExportScene {
  const problem = checkDate(data, date);
  if (problem) throw new Error(problem);
  const day = data.timeline.days.find((d) => d.date === date)!;
  const front = data.fronts.features.find((f) => f.properties.date === date)?.geometry ?? null;
  const n = data.extraction.articles.length;
  const attribution = [
    o.credit ?? ATTRIBUTION_TILES,
    `District shapes and control: Aleppo frontline map, reconstructed from ${n} Arabic news report${n === 1 ? '' : 's'}`,
  ].join(' · ');
  return {
    width: o.width,
    height: o.height,
    scale: o.scale,
    bounds: o.bounds ?? districtBounds(data),
    districts: data.districts,
    control: day.control,
    front,
    tiles: o.tiles,
    hatched: oneSideClaims(data, date),
    texts: {
      title: TITLE,
      titleAr: TITLE_AR,
      dateEn: formatDateEn(date),
      dateAr: formatDateAr(date),
      sourceNote: sourceNote(data.extraction.articles, data.extraction.events, date, data.timeline.start),
      attribution,
    },
  };
}
