// The scrub bench's reference: the same polygons the app draws, in a bare Leaflet map with the
// canvas renderer, the same viewport, restyled for each day with nothing else on the page (no
// React, no panels, no front line, no hatching). One step: set the style of the districts whose
// side changed, timed exactly as the app's step (bench/scrub/measure.ts). The ratio app ÷ reference
// says how much the app adds over Leaflet's own repaint, whatever the machine.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { FeatureCollection } from 'geojson';

const require = createRequire(import.meta.url);

/** Fill colour per side (any four distinct colours do: the cost is the repaint, not the palette). */
const FILL: Record<string, string> = { government: '#c0392b', opposition: '#27ae60', kurdish: '#f1c40f', contested: '#8e44ad', unknown: '#bbbbbb' };

export async function openReference(page: Page, shapes: FeatureCollection, days: Record<string, string>[]): Promise<void> {
  await page.setContent('<!doctype html><html><head><style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div></body></html>');
  await page.addStyleTag({ path: require.resolve('leaflet/dist/leaflet.css') });
  await page.addScriptTag({ path: require.resolve('leaflet/dist/leaflet.js') });
  await page.evaluate(({ shapes, days, fill }) => {
    const L = (window as unknown as { L: typeof import('leaflet') }).L;
    const map = L.map('map', { renderer: L.canvas({ padding: 0 }), zoomControl: false, attributionControl: false });
    const byId = new Map<string, import('leaflet').Path>();
    const layer = L.geoJSON(shapes as never, {
      style: (f) => ({ fillColor: fill[days[0]![(f!.properties as { id: string }).id] ?? 'unknown'], fillOpacity: 0.55, color: '#ffffff', weight: 1 }),
      onEachFeature: (f, l) => byId.set((f.properties as { id: string }).id, l as import('leaflet').Path),
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [12, 12] });
    let shown = 0;
    const slider = Object.assign(document.createElement('input'), { type: 'range', min: '0', max: String(days.length - 1), value: '0' });
    slider.dataset.testid = 'date-slider';
    slider.style.position = 'absolute';
    slider.style.opacity = '0';
    document.body.append(slider);
    slider.addEventListener('input', () => {
      const next = days[Number(slider.value)]!;
      const prev = days[shown]!;
      for (const [id, path] of byId) if (next[id] !== prev[id]) path.setStyle({ fillColor: fill[next[id] ?? 'unknown'] });
      shown = Number(slider.value);
      performance.mark('districts-restyled');
    });
  }, { shapes, days, fill: FILL });
}
