import type L from 'leaflet';
import type { ControlState } from '../../types.ts';
import { FILL_OPACITY, sideOf } from '../../look/palette.ts';
import type { Look } from '../../look/districtLook.ts';
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
}

/** A textured fill (hatch, stipple, bands): a canvas pattern, an SVG `url(#…)`, or null to fall back to the plain colour. */
export type HatchPaint = (look: Pick<Look, 'state' | 'hatch' | 'texture' | 'to'>) => string | CanvasPattern | null;

/** The full style of a district on a day. */
export function lookStyle(look: Look, options: StyleOptions, paint: HatchPaint): L.PathOptions {
  const base = districtStyle(look.state);
  // The stipple is drawn once for all baseline-only districts by StippleLayer, over a plain fill:
  // a pattern fill on every redraw of the canvas would cost each step of the slider.
  const textured = look.texture === 'stipple' && !look.hatch ? null : textureOf(look);
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
  };
}
