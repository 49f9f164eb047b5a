// The shared vocabulary of the pipeline. Every stage speaks in these types;
// none of them touches the filesystem.
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/** A district's properties in districts.geojson. */
export type DistrictProps = { id: string; name_en: string; name_ar: string };
/** The district boundaries: one (Multi)Polygon feature per district. */
export type DistrictCollection = FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
/** frontlines.geojson (and -then): one MultiLineString feature per day, properties.date. */
export type FrontlineCollection = FeatureCollection<MultiLineString, { date: IsoDate }>;

/** Who holds a district. `contested`: fighting inside or claims that disagree. */
export type Controller = 'government' | 'opposition' | 'kurdish' | 'contested';
/** A controller, or `unknown` where nothing is known for that day. */
export type ControlState = Controller | 'unknown';

export const CONTROLLERS: readonly Controller[] = ['government', 'opposition', 'kurdish', 'contested'];

/** ISO calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A gazetteer id: the `key` column of geo/places.csv (e.g. `al-shaar`). */
export type PlaceId = string;

/**
 * How a place sits on the map.
 * - neighbourhood: a district with its own polygon (when it has a point) and its own control state.
 * - quarter: a named part of a district (`part_of`); events on it apply to that district.
 * - landmark / roundabout: a point that resolves to the district containing it.
 * - area: a named group of districts (e.g. the Old City); `part_of` lists its members.
 * - village: a place outside the city, kept as a point with no polygon.
 */
export type PlaceKind = 'neighbourhood' | 'quarter' | 'landmark' | 'roundabout' | 'area' | 'village';

export interface Place {
  id: PlaceId;
  name_en: string;
  name_ar: string;
  /** Other Arabic spellings and aliases, as written in reports. */
  variants_ar: string[];
  variants_en: string[];
  /** WGS84 point, or null where no source gives one (the place is matched but not drawn). */
  point: { lat: number; lon: number } | null;
  kind: PlaceKind;
  /** quarter/landmark/roundabout: the district it belongs to; area: its member districts. */
  part_of: PlaceId[];
  confidence: 'high' | 'medium' | 'low';
  source: string;
  notes: string;
}

export interface BaselineRow {
  id: PlaceId;
  controller: Controller;
  confidence: 'high' | 'medium' | 'low';
  note: string;
}

/** One article as loaded and validated from articles/*.md. */
export interface Article {
  id: string;
  published: IsoDate;
  source: string;
  url: string | null;
  title: string | null;
  language: 'ar' | 'en';
  /** The body exactly as in the file, after the front matter. Evidence offsets index into it. */
  body: string;
  /** Path of the file it came from, as given to the loader. */
  file: string;
}

export type EventKind = 'capture' | 'hold' | 'contested';

export interface Evidence {
  sentence: string;
  /** Offsets of the sentence into the article body (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

export interface PlaceRef {
  id: PlaceId;
  name_ar: string;
  name_en: string;
}

export interface ControlEvent {
  /** `<article id>-<n>`: the n-th event of its article, in text order; stable while the article and rules are. */
  id: string;
  article: string;
  place: PlaceRef;
  kind: EventKind;
  controller: Controller;
  date: IsoDate;
  date_earliest: IsoDate;
  date_latest: IsoDate;
  confidence: number;
  attribution: string | null;
  evidence: Evidence;
  /** The rule that produced the event, e.g. `capture/active-verb`. */
  rule: string;
  /** The name as it stood in the text, and where (offsets into the body). */
  mention: { text: string; start: number; end: number };
  /** The landmark, roundabout or quarter named in the text, when `place` is the district containing it. */
  via?: PlaceRef;
  /** How much of the place the statement covers, when it says («بالكامل», «معظم»). */
  extent?: 'all' | 'most';
  /** day: the text fixes the day; range: only date_earliest..date_latest is known. */
  date_precision: 'day' | 'range';
  /** Set when a reader reviewed it (articles/reviews.yaml): "accepted", "edited: side government → contested", "added by review". */
  review?: string;
}

/**
 * Why a place mention is not an event. `background`: the statement tells of a day long before the
 * report (history, not news: «منذ تموز 2012»).
 */
export const IGNORE_REASONS = [
  'intent',
  'threat',
  'attempt',
  'shelling',
  'denied',
  'refusal',
  'displacement',
  'negated',
  'direction',
  'outskirts',
  'no-frame',
  'no-actor',
  'background',
] as const;
export type IgnoreReason = (typeof IGNORE_REASONS)[number];

export interface IgnoredMention {
  article: string;
  place: PlaceRef;
  /** Why the extractor set it aside, or `rejected`: an event a reader rejected (articles/reviews.yaml). */
  reason: IgnoreReason | 'rejected';
  evidence: Evidence;
  /** Set on a rejected event: what the review said ("rejected: government capture of al-Shaar"). */
  review?: string;
  /** Set on a rejected event: the id it had. */
  event?: string;
}

export interface ArticleRef {
  id: string;
  published: IsoDate;
  source: string;
  file: string;
  url: string | null;
  title: string | null;
}

export interface ExtractionResult {
  version: 1;
  articles: ArticleRef[];
  events: ControlEvent[];
  ignored: IgnoredMention[];
}

export interface DayControl {
  date: IsoDate;
  control: Record<PlaceId, ControlState>;
}

export interface TimelineResult {
  version: 1;
  start: IsoDate;
  end: IsoDate;
  days: DayControl[];
}

/** The period the product covers. */
export const PERIOD = { start: '2016-11-15', end: '2016-12-22' } as const;

// ── The app's richer day state (public/data/states-now.json, states-then.json) ──────────────
// The DESIGN §3 timeline (controller per district per day) stays as it is; this is the detail
// behind each colour, read by the map's panels and the exporter.

/** Whose media a source is: a side's own outlets, or neutral monitors and wires. */
export type SourceSide = 'government' | 'opposition' | 'kurdish' | 'neutral';

/**
 * What a district's colour on a day rests on — one word, read by the map, the panel, the legend
 * and every export (src/look/districtLook.ts):
 * - reported: a report behind the state speaks of this very day;
 * - carried: the last report behind it is older (`stale_days` says how old); the map carries it forward;
 * - baseline: no report has named it since the baseline (the start of the period);
 * - claimed: only the media of the side it favours say so (`claimed_by`);
 * - contested: fighting inside, or reports that disagree;
 * - window: changing hands on a day a report gives only as a window (`window`).
 */
export type Certainty = 'reported' | 'carried' | 'baseline' | 'claimed' | 'contested' | 'window';

/** A change known only to lie between two days: the district passes to `side` by `to`. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
  side: ControlState;
}

/** Why a district has its controller on a day. */
export interface DistrictDay {
  controller: ControlState;
  /** The first day of the current state; null when it holds from the baseline (before the period). */
  since: IsoDate | null;
  /** Ids of the events behind this state (the ones that set it, then those that confirm it), oldest first. */
  events: string[];
  /** Set when every report behind the state is from the media of the side it favours: only that side claims it. */
  claimed_by: SourceSide | null;
  /** Some report on or before this day, since the state was set, says otherwise. */
  disputed: boolean;
  /** Ids of the reports that say otherwise (empty unless `disputed`). */
  disputed_by: string[];
  /** The reports say only part of it («معظم», «أجزاء من»). */
  partial: boolean;
  /** Days since the last report naming the district; null when no report has named it yet. */
  stale_days: number | null;
  /** What the state rests on today (see Certainty). */
  certainty: Certainty;
  /**
   * Set on the days of a window the district is changing hands in (certainty `window`; the controller
   * is still the old side's) and on the window's last day, when the new side holds it.
   */
  window: DateWindow | null;
}

/** A district whose controller differs from the day before, with the events that moved it. */
export interface DayChange {
  district: PlaceId;
  from: ControlState;
  to: ControlState;
  events: string[];
  /** The change is known only to lie in this window (the day's change closes it); null: on this day. */
  window: DateWindow | null;
}

export interface DayState {
  date: IsoDate;
  districts: Record<PlaceId, DistrictDay>;
  changes: DayChange[];
  /** Statements (events) dated to this day, in this mode (as known then: only those published by then). */
  reports: number;
  /** The latest day on or before this one that a statement is dated to; null: none yet (the baseline). */
  last_report: IsoDate | null;
}

/** Where every district starts: the baseline's day, its source, and how sure it is per district. */
export interface BaselineInfo {
  date: IsoDate;
  source: string;
  confidence: Record<PlaceId, 'high' | 'medium' | 'low'>;
}

/**
 * `now`: every report, whenever it was published (hindsight).
 * `then`: on each day, only the reports published by that day (what a reader could know).
 */
export type TimelineMode = 'now' | 'then';

export interface StatesFile {
  version: 1;
  mode: TimelineMode;
  start: IsoDate;
  end: IsoDate;
  baseline: BaselineInfo;
  days: DayState[];
}

// ── What the map loads beside districts and timeline (public/data/) ──────────────────────────

/** One row of places.json: a place with the districts an event on it lands on. */
export interface PlaceEntry {
  id: PlaceId;
  name_en: string;
  name_ar: string;
  kind: PlaceKind;
  point: { lat: number; lon: number } | null;
  districts: PlaceId[];
}

/** An event as the app reads it: `id` is written by newer pipelines only. */
export type AppEvent = Omit<ControlEvent, 'id'> & { id?: string };

/** An article as events.json lists it (older pipelines wrote fewer fields). */
export interface AppArticle {
  id: string;
  published: IsoDate;
  source: string;
  file?: string;
  url?: string | null;
  title?: string | null;
}

/** events.json as the app reads it. */
export interface EventsFile {
  version: 1;
  articles: AppArticle[];
  events: AppEvent[];
}
