import type L from 'leaflet';
import type { ControlState } from '../../types.ts';
import { FILL_OPACITY, sideOf } from '../../look/palette.ts';
import type { Look } from '../../look/districtLook.ts';
import { STIPPLE_OPACITY } from '../map/stippleDots.ts';
import { CHANGED_OUTLINE, SELECTED_OUTLINE, STALE_FILL_OPACITY, WINDOW_OUTLINE, fillOpacityOf, textureOf } from '../../look/marks.ts';

type Control = Record<string, ControlState>;

export const controllerOf = (control: Control, id: string): ControlState => control[id] ?? 'unknown';

export function districtStyle(state: ControlState): L.PathOptions {
  return {
    fillColor: sideOf(state).color,
    fillOpacity: state === 'unknown' ? 0.45 : FILL_OPACITY,
    color: '#ffffff',
    weight: 1,
    opacity: 0.9,
  };
}

export { STALE_FILL_OPACITY, CHANGED_OUTLINE, SELECTED_OUTLINE };

export interface StyleOptions {
  /** The control fill layer is on. */
  fill: boolean;
  /** Today's changes are highlighted. */
  changes: boolean;
  selected: boolean;
  /**
   * The dots of baseline-only districts, where the renderer draws them over the plain fill
   * (DistrictCanvas); undefined where an overlay draws them (StippleLayer).
   */
  stipple?: CanvasPattern | null;
}

/** The stipple's options on a path: the pattern DistrictCanvas fills over the plain colour, and its opacity. */
export interface StippleStyle {
  stipple: CanvasPattern | null;
  stippleOpacity: number;
}

/** A textured fill (hatch, stipple, bands): a canvas pattern, an SVG `url(#…)`, or null to fall back to the plain colour. */
export type HatchPaint = (look: Pick<Look, 'state' | 'hatch' | 'texture' | 'to'>) => string | CanvasPattern | null;

/** The full style of a district on a day. */
export function lookStyle(look: Look, options: StyleOptions, paint: HatchPaint): L.PathOptions {
  const base = districtStyle(look.state);
  // The stipple is drawn over a plain fill: by the district canvas itself (options.stipple), or
  // for all baseline-only districts at once by StippleLayer.
  const stippled = look.texture === 'stipple' && !look.hatch;
  const textured = stippled ? null : textureOf(look);
  const hatched = textured ? paint(look) : null;
  const outline = options.selected ? SELECTED_OUTLINE : options.changes && look.changed ? (look.windowed ? WINDOW_OUTLINE : CHANGED_OUTLINE) : null;
  return {
    ...base,
    // Leaflet hands fillColor straight to the canvas (fillStyle) or the SVG (fill attribute).
    fillColor: (hatched ?? base.fillColor) as string,
    fillOpacity: !options.fill ? 0 : fillOpacityOf(look),
    color: outline?.color ?? (options.fill ? base.color : '#6b6b6b'),
    weight: outline?.weight ?? base.weight,
    opacity: outline ? 1 : base.opacity,
    dashArray: outline && 'dashArray' in outline ? outline.dashArray : undefined,
    // Always set where the renderer draws it: a restyle merges options, so a district that leaves the set must lose it.
    ...(options.stipple === undefined
      ? {}
      : ({ stipple: stippled && options.fill ? options.stipple : null, stippleOpacity: STIPPLE_OPACITY } satisfies StippleStyle)),
  };
}
