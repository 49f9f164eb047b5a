import L from 'leaflet';

/**
 * Leaflet's canvas renderer repaints on the next animation frame after a restyle. Painting now
 * instead puts a day's new colours in the same frame as the slider's move. Leaflet 1.9 keeps
 * the pending frame in `_redrawRequest` and the repaint in `_redraw` (both private, stable since 1.0).
 */
export function flushCanvas(renderer: L.Renderer | null | undefined): void {
  if (!(renderer instanceof L.Canvas)) return;
  const r = renderer as unknown as { _redrawRequest?: number | null; _redraw?: () => void; _ctx?: CanvasRenderingContext2D };
  // Nothing pending, or a renderer not yet on the map (no context to paint on).
  if (!r._redrawRequest || !r._ctx || typeof r._redraw !== 'function') return;
  L.Util.cancelAnimFrame(r._redrawRequest);
  r._redraw();
}
