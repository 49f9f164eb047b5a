// The scrub bench's reference: the same polygons the app draws, in a bare Leaflet map with the
// canvas renderer, the same viewport, restyled for each day with nothing else on the page (no
// React, no panels, no front line, no hatching). One step: set the style of the districts whose
// side changed and paint the canvas in this frame, as the app does (src/ui/map/flushCanvas.ts),
// timed exactly as the app's step (bench/scrub/measure.ts). The ratio app ÷ reference
// says how much the app adds over Leaflet's own repaint, whatever the machine.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { FeatureCollection } from 'geojson';

const require = createRequire(import.meta.url);

/** Fill colour per side (any four distinct colours do: the cost is the repaint, not the palette). */
const FILL: Record<string, string> = { government: '#c0392b', opposition: '#27ae60', kurdish: '#f1c40f', contested: '#8e44ad', unknown: '#bbbbbb' };

/** Runs in the page: the map, the polygons, and a hidden slider whose input restyles them. */
const PAGE_SCRIPT = `function ({ shapes, days, fill }) {
  var renderer = L.canvas({ padding: 0 });
  var map = L.map('map', { renderer: renderer, zoomControl: false, attributionControl: false });
  var byId = new Map();
  var layer = L.geoJSON(shapes, {
    style: function (f) { return { fillColor: fill[days[0][f.properties.id] || 'unknown'], fillOpacity: 0.55, color: '#ffffff', weight: 1 }; },
    onEachFeature: function (f, l) { byId.set(f.properties.id, l); },
  }).addTo(map);
  map.fitBounds(layer.getBounds(), { padding: [12, 12] });
  var shown = 0;
  var slider = document.createElement('input');
  slider.type = 'range'; slider.min = '0'; slider.max = String(days.length - 1); slider.value = '0';
  slider.setAttribute('data-testid', 'date-slider');
  slider.style.position = 'absolute'; slider.style.opacity = '0';
  document.body.append(slider);
  slider.addEventListener('input', function () {
    var next = days[Number(slider.value)], prev = days[shown];
    byId.forEach(function (path, id) { if (next[id] !== prev[id]) path.setStyle({ fillColor: fill[next[id] || 'unknown'] }); });
    // Painted in this frame, as the app paints (src/ui/map/flushCanvas.ts), not in Leaflet's next one.
    if (renderer._redrawRequest) { L.Util.cancelAnimFrame(renderer._redrawRequest); renderer._redraw(); }
    shown = Number(slider.value);
    performance.mark('districts-restyled');
  });
}`;

export async function openReference(page: Page, shapes: FeatureCollection, days: Record<string, string>[]): Promise<void> {
  await page.setContent('<!doctype html><html><head><style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div></body></html>');
  await page.addStyleTag({ path: require.resolve('leaflet/dist/leaflet.css') });
  await page.addScriptTag({ path: require.resolve('leaflet/dist/leaflet.js') });
  // Plain text, not a function: tsx would wrap the function's inner names in helpers the page lacks.
  await page.evaluate(`(${PAGE_SCRIPT})(${JSON.stringify({ shapes, days, fill: FILL })})`);
}
