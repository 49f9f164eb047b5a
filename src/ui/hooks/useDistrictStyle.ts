import { useEffect, useRef, type RefObject } from 'react';
import type L from 'leaflet';
import type { Look } from '../lib/districtLook.ts';
import { lookStyle, type HatchPaint, type StyleOptions } from '../lib/districtStyle.ts';
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

const sameLook = (a: Look, b: Look) => a.state === b.state && a.hatch === b.hatch && a.stale === b.stale && a.changed === b.changed;

/** The id a district path was made for. */
export const idOfLayer = (l: L.Layer) => ((l as L.Path & { feature?: { properties: { id: string } } }).feature?.properties.id ?? '');

/**
 * Restyles the mounted districts in place when the day, selection or layers change: only the
 * paths whose look changed are touched, highlighted ones are raised, and the canvas is painted
 * at once. react-leaflet's <GeoJSON> never re-reads `data`, so the layer itself never remounts.
 */
export function useDistrictStyle(layer: RefObject<L.GeoJSON | null>, restyle: Restyle, paint: RefObject<HatchPaint | null>): DistrictStyles {
  const drawn = useRef(new Map<string, { look: Look; selected: boolean }>());
  const flags = useRef('');
  const styles = useRef(new Map<string, L.PathOptions>());
  const { looks, selected, fill, changes } = restyle;

  useEffect(
    function restyleDistricts() {
      const group = layer.current;
      const painter = paint.current;
      if (!group || !painter) return;
      const raise: L.Path[] = [];
      let renderer: L.Renderer | undefined;
      // A switch of the fill or highlight layers restyles every district; a new day only those whose look changed.
      const flagKey = `${fill}|${changes}`;
      if (flags.current !== flagKey) drawn.current.clear();
      flags.current = flagKey;
      group.eachLayer(function restyleOne(l) {
        const path = l as L.Path;
        const id = idOfLayer(path);
        const look = looks.get(id);
        if (!look) return;
        const isSelected = id === selected;
        const before = drawn.current.get(id);
        if (before && before.selected === isSelected && sameLook(before.look, look)) return;
        const style = lookStyle(look, { fill, changes, selected: isSelected }, painter);
        path.setStyle(style);
        drawn.current.set(id, { look, selected: isSelected });
        styles.current.set(id, style);
        renderer ??= (path as unknown as { _renderer?: L.Renderer })._renderer;
        if (isSelected) raise.push(path);
        else if (changes && look.changed) raise.unshift(path);
      });
      for (const path of raise) path.bringToFront();
      flushCanvas(renderer);
      performance.mark('districts-restyled'); // read by bench/scrub.bench.ts
    },
    [layer, paint, looks, selected, fill, changes],
  );

  return { styleOf: (id) => styles.current.get(id) };
}
