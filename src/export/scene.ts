import type { MultiLineString } from 'geojson';
import type { DistrictCollection } from '../frontline/topology.ts';
import type { ControlState } from '../types.ts';
import type { Bounds } from './view.ts';

/** The texts drawn into an image. */
export interface SceneTexts {
  title: string;
  titleAr: string;
  dateEn: string;
  dateAr: string;
  /** "Based on N reports: …" */
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
  /** Districts drawn hatched: their state is claimed by one side's media only. */
  hatched?: ReadonlySet<string>;
}
