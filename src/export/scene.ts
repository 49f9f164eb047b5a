import type { MultiLineString } from 'geojson';
import type { DistrictCollection } from '../types.ts';
import type { LandmarkCollection } from '../geo/landmarks.ts';
import type { ControlState } from '../types.ts';
import type { Bounds } from './view.ts';

import type { Look } from '../look/districtLook.ts';
import type { MarkKind } from '../look/legendMarks.ts';

/** A district's marks: its look on the map (age, stipple, transition bands, hatches, change outline). */
export type DistrictMark = Look;
export type { MarkKind };

/** A district name to print on the map, where the map puts it. Shown when it does not collide. */
export interface MapLabel {
  id: string;
  lon: number;
  lat: number;
  text: string;
  /** Bigger first (the district's area). */
  priority: number;
}

/** The texts drawn into an image. */
export interface SceneTexts {
  title: string;
  /** The Arabic title under the English one; empty under a title of the user's own. */
  titleAr: string;
  /** The user's caption, under the title (wrapped); empty for none. */
  caption?: string;
  dateEn: string;
  dateAr: string;
  /** "Latest report: … (N days before this day). Based on N reports: …" */
  sourceNote: string;
  attribution: string;
}

/** A basemap tile already loaded, placed in the image's logical pixels. */
export interface PlacedTile {
  href: string;
  x: number;
  y: number;
  size: number;
}

/** Everything one image needs, as plain data. Sizes are logical pixels; `scale` multiplies them. */
export interface ExportScene {
  width: number;
  height: number;
  /** Output pixels per logical pixel (2 = a "2×" image; 300/96 for print at 300 dpi). */
  scale: number;
  /** The area that must be visible on the map (it is fitted into the map box, centred). */
  bounds: Bounds;
  districts: DistrictCollection;
  control: Record<string, ControlState>;
  front: MultiLineString | null;
  texts: SceneTexts;
  /** Basemap tiles that loaded; without them the map has a plain background. */
  tiles?: readonly PlacedTile[];
  /** The city context (Old City and Citadel outlines, landmark symbols); none when absent. */
  landmarks?: LandmarkCollection | null;
  /** District names; none when absent. */
  labels?: readonly MapLabel[];
  /** The map's plain background; null leaves it transparent (the browser draws tiles under the SVG). */
  mapBackground?: string | null;
  /** How districts are marked beyond their colour (as on the map): hatched, faded. Absent = plain. */
  marks?: ReadonlyMap<string, DistrictMark>;
  /** The marks the legend explains; default: those in `marks`. Animations list every frame's, so the layout holds still. */
  legendMarks?: readonly MarkKind[];
}
