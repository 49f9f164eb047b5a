import L from 'leaflet';
import type { Bounds } from '../../export/view.ts';

// The exporter needs the map's view (bounds, size) without living inside <MapContainer>:
// every Leaflet map created after this module loads registers itself here.
let current: L.Map | null = null;

L.Map.addInitHook(function registerMap(this: L.Map) {
  current = this;
  this.on('unload', () => {
    if (current === this) current = null;
  });
});

export interface CurrentView {
  bounds: Bounds;
  /** The map's size on screen, in CSS pixels. */
  width: number;
  height: number;
}

/** What the map shows right now, or null when no map is mounted. */
export function currentView(): CurrentView | null {
  if (!current) return null;
  const b = current.getBounds();
  const size = current.getSize();
  if (size.x === 0 || size.y === 0) return null;
  return { bounds: { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }, width: size.x, height: size.y };
}
