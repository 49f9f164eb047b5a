// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import L from 'leaflet';
import { FrontPath } from '../../src/ui/map/frontPath.ts';

let map: L.Map | undefined;
afterEach(() => {
  map?.remove();
  map = undefined;
  document.body.innerHTML = '';
});

/** A map in a sized box (jsdom lays nothing out: the size is stubbed), drawing SVG. */
function svgMap(): L.Map {
  const box = document.createElement('div');
  document.body.append(box);
  vi.spyOn(box, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(box, 'clientHeight', 'get').mockReturnValue(600);
  map = L.map(box, { renderer: L.svg(), zoomAnimation: false }).setView([36.2, 37.16], 14);
  return map;
}

const day = (shift: number): L.LatLng[][] => [
  [L.latLng(36.2, 37.15 + shift), L.latLng(36.205, 37.155 + shift), L.latLng(36.21, 37.15 + shift)],
  [L.latLng(36.19, 37.16 + shift), L.latLng(36.195, 37.17 + shift)],
];

describe('FrontPath', () => {
  it('projects a day’s lines once for the casing and the line that share them', () => {
    const m = svgMap();
    const project = vi.spyOn(m, 'latLngToLayerPoint');
    const lines = day(0);
    const casing = new FrontPath(lines, { weight: 8 }).addTo(m);
    const line = new FrontPath(lines, { weight: 4 }).addTo(m);
    expect(project).toHaveBeenCalledTimes(5);
    const d = (p: L.Polyline) => (p as unknown as { _path: SVGPathElement })._path.getAttribute('d');
    expect(d(line)).toBe(d(casing));
    expect(d(line)).toMatch(/^M.+L.+M.+L/);
  });

  it('writes a revisited day’s remembered path data without projecting it again', () => {
    const m = svgMap();
    const [a, b] = [day(0), day(0.01)];
    const path = new FrontPath(a, {}).addTo(m);
    const first = (path as unknown as { _path: SVGPathElement })._path.getAttribute('d');
    path.setLatLngs(b);
    const project = vi.spyOn(m, 'latLngToLayerPoint');
    path.setLatLngs(a);
    expect(project).not.toHaveBeenCalled();
    expect((path as unknown as { _path: SVGPathElement })._path.getAttribute('d')).toBe(first);
  });

  it('projects again after a zoom', () => {
    const m = svgMap();
    const lines = day(0);
    new FrontPath(lines, {}).addTo(m);
    const project = vi.spyOn(m, 'latLngToLayerPoint');
    m.setZoom(15, { animate: false });
    expect(project).toHaveBeenCalledTimes(5);
  });
});
