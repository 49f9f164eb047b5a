import { useEffect, useRef, type RefObject } from 'react';
import type L from 'leaflet';
import type { Look } from '../../look/districtLook.ts';
import { lookStyle, type HatchPaint } from '../lib/districtStyle.ts';
import { flushCanvas } from '../map/flushCanvas.ts';

export interface Restyle {
  looks: ReadonlyMap<string, Look>;
  selected: string | null;
  fill: boolean;
  changes: boolean;
}

export interface DistrictStyles {
  /** The style a district has now (to restore after hover). */
  styleOf(id: string): L.PathOptions | undefined;
}

interface Drawn {
  id: string;
  path: L.Path;
  look: Look | null;
  selected: boolean;
}

/** Highlighted districts raised above their neighbours (so their outline shows) per step, at most. */
const MAX_RAISED = 200;

/** The id a district path was made for. */
export const idOfLayer = (l: L.Layer) => (l as L.Path & { feature?: { properties: { id: string } } }).feature?.properties.id ?? '';

/**
 * Restyles the mounted districts in place when the day, selection or layers change: only the
 * paths whose look changed are touched, highlighted ones are raised, and the canvas is painted
 * at once. react-leaflet's <GeoJSON> never re-reads `data`, so the layer itself never remounts.
 */
export function useDistrictStyle(
  layer: RefObject<L.GeoJSON | null>,
  restyle: Restyle,
  paint: RefObject<HatchPaint | null>,
  /** The stipple's pattern where the renderer draws it (StyleOptions.stipple). */
  stipple?: RefObject<CanvasPattern | null | undefined>,
): DistrictStyles {
  // One entry per mounted path, with the look it was last drawn with: a plain array, so a step
  // over thousands of districts is a tight loop.
  const drawn = useRef<{ group: L.GeoJSON; entries: Drawn[]; byId: Map<string, Drawn> } | null>(null);
  const flags = useRef('');
  // The style of each interned look (plain, selected) under the current layer switches: the
  // districts sharing a look share one style object (Leaflet copies its keys into each path's options).
  const made = useRef(new WeakMap<Look, [L.PathOptions?, L.PathOptions?]>());
  // The style of a look under the switches of the last restyle (read by hover's restore).
  const styleFor = useRef<(look: Look, isSelected: boolean) => L.PathOptions>(() => ({}));
  const { looks, selected, fill, changes } = restyle;

  useEffect(
    function restyleDistricts() {
      const group = layer.current;
      const painter = paint.current;
      if (!group || !painter) return;
      if (drawn.current?.group !== group) {
        const entries = group.getLayers().map((l): Drawn => ({ id: idOfLayer(l), path: l as L.Path, look: null, selected: false }));
        drawn.current = { group, entries, byId: new Map(entries.map((e) => [e.id, e])) };
      }
      // A switch of the fill or highlight layers restyles every district; a new day only those whose look changed.
      const flagKey = `${fill}|${changes}`;
      const all = flags.current !== flagKey;
      flags.current = flagKey;
      if (all) made.current = new WeakMap();
      const styleOf = (look: Look, isSelected: boolean) => {
        let both = made.current.get(look);
        if (!both) made.current.set(look, (both = [undefined, undefined]));
        const i = isSelected ? 1 : 0;
        return (both[i] ??= lookStyle(look, { fill, changes, selected: isSelected, stipple: stipple?.current }, painter));
      };
      styleFor.current = styleOf;
      const raise: L.Path[] = [];
      let renderer: L.Renderer | undefined;
      for (const entry of drawn.current.entries) {
        const look = looks.get(entry.id);
        if (!look) continue;
        const isSelected = entry.id === selected;
        if (!all && entry.look === look && entry.selected === isSelected) continue; // looks are interned
        const style = styleOf(look, isSelected);
        entry.path.setStyle(style);
        entry.look = look;
        entry.selected = isSelected;
        renderer ??= (entry.path as unknown as { _renderer?: L.Renderer })._renderer;
        if (isSelected) raise.push(entry.path);
        else if (changes && look.changed && raise.length < MAX_RAISED) raise.unshift(entry.path);
      }
      for (const path of raise) path.bringToFront();
      flushCanvas(renderer);
      performance.mark('districts-restyled'); // read by bench/scrub.bench.ts
    },
    [layer, paint, stipple, looks, selected, fill, changes],
  );

  // One object for the layer's life: what a district looks like now follows from the look it was last drawn with.
  const styles = useRef<DistrictStyles>({
    styleOf: (id) => {
      const entry = drawn.current?.byId.get(id);
      return entry?.look ? styleFor.current(entry.look, entry.selected) : undefined;
    },
  });
  return styles.current;
}
