import { boundaryCredit } from '../geo/credit.ts';
import { bbox } from '@turf/turf';
import { formatDateAr, formatDateEn } from '../look/dates.ts';
import type { ControlState, IsoDate } from '../types.ts';
import { lookOf } from '../look/districtLook.ts';
import { marksUsed } from './draw-map.ts';
import { checkDate, type ExportData } from './data.ts';
import type { DistrictMark, ExportScene, MapLabel, MarkKind, PlacedTile } from './scene.ts';
import { labelPoints } from '../look/labelPoints.ts';
import type { PlaceEntry } from '../types.ts';
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

/** The day's control and marks, as the map computes them (src/ui/lib/dayModel.ts, districtLook.ts). */
export function dayLooks(data: ExportData, date: IsoDate): { control: Record<string, ControlState>; marks: Map<string, DistrictMark> } {
  const day = data.timeline.days.find((d) => d.date === date);
  const detail = data.states?.days.find((d) => d.date === date);
  const changed = new Set((detail?.changes ?? []).map((c) => c.district));
  const control: Record<string, ControlState> = {};
  const marks = new Map<string, DistrictMark>();
  for (const f of data.districts.features) {
    const id = f.properties.id;
    const d = detail?.districts[id];
    const state = d?.controller ?? day?.control[id] ?? 'unknown';
    control[id] = state;
    marks.set(id, lookOf(d, state, changed.has(id)));
  }
  return { control, marks };
}

/** The legend marks any of these days needs (so every frame of an animation has the same layout). */
export function marksOverDays(data: ExportData, dates: readonly IsoDate[]): MarkKind[] {
  const used = new Set<MarkKind>();
  for (const date of dates) {
    const { control, marks } = dayLooks(data, date);
    for (const m of marksUsed(marks, control)) used.add(m);
  }
  return [...used];
}

export type LabelLang = 'en' | 'ar' | 'none';

/** District names where the map prints them (src/ui/lib/labelPoints.ts), in one language. */
export function districtLabels(data: ExportData, lang: LabelLang): MapLabel[] {
  if (lang === 'none') return [];
  const places = (data.places ?? []).map((p) => ({ ...p, name_en: '', name_ar: '', districts: [] })) as PlaceEntry[];
  return labelPoints(data.districts, places).map((p) => ({ id: p.id, lon: p.lng, lat: p.lat, text: lang === 'ar' ? p.name_ar : p.name_en, priority: p.area }));
}

export interface SceneOptions {
  width: number;
  height: number;
  scale: number;
  bounds?: Bounds;
  tiles?: readonly PlacedTile[];
  mapBackground?: string | null;
  /** District names (default: none). Compute once with districtLabels() for many frames. */
  labels?: readonly MapLabel[];
  /** The legend's marks whatever the day (animations: the same layout on every frame). */
  legendMarks?: readonly MarkKind[];
  /** Whether the basemap is (or would be) OpenStreetMap: it is then credited. */
  credit?: string;
  /** The publisher's own title, caption and credit line (each optional). */
  publication?: PublicationTexts;
}

/** The longest title, caption and credit line the image takes (a caption wraps; the rest is one line). */
export const TEXT_LIMITS = { title: 120, caption: 400, credit: 160 } as const;

/** What a publisher puts on an image: a title of their own, a caption, a credit line. */
export interface PublicationTexts {
  title?: string;
  caption?: string;
  credit?: string;
}

/** The scene for one day: its control map, its front line and its texts. */
export function sceneForDay(data: ExportData, date: IsoDate, o: SceneOptions): ExportScene {
  const problem = checkDate(data, date);
  if (problem) throw new Error(problem);
  const { control, marks } = dayLooks(data, date);
  const detail = data.states?.days.find((d) => d.date === date);
  const front = data.fronts.features.find((f) => f.properties.date === date)?.geometry ?? null;
  const n = data.extraction.articles.length;
  const pub = o.publication ?? {};
  const clean = (t: string | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  // The boundary source first (a long line is cut at its end, never there), then the user's own credit.
  const attribution = [
    boundaryCredit(data.districts),
    ...(clean(pub.credit) ? [clean(pub.credit)] : []),
    o.credit ?? ATTRIBUTION_TILES,
    `District control: Aleppo frontline map, reconstructed from ${n} Arabic news report${n === 1 ? '' : 's'}`,
  ].join(' · ');
  return {
    width: o.width,
    height: o.height,
    scale: o.scale,
    bounds: o.bounds ?? districtBounds(data),
    districts: data.districts,
    control,
    front,
    tiles: o.tiles,
    mapBackground: o.mapBackground,
    labels: o.labels,
    landmarks: data.landmarks ?? null,
    marks,
    legendMarks: o.legendMarks ?? marksUsed(marks, control),
    texts: {
      title: clean(pub.title) || TITLE,
      titleAr: clean(pub.title) ? '' : TITLE_AR,
      caption: clean(pub.caption),
      dateEn: formatDateEn(date),
      dateAr: formatDateAr(date),
      sourceNote: sourceNote(data.extraction.articles, data.extraction.events, date, data.timeline.start, detail?.last_report),
      attribution,
    },
  };
}
