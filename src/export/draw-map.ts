import { FILL_OPACITY, FRONTLINE, MAP_BACKGROUND, sideOf } from '../ui/lib/palette.ts';
import type { ExportScene } from './scene.ts';
import { el } from './svg.ts';
import { linePath, polygonPath } from './paths.ts';
import type { Project, Rect } from './view.ts';

export const HATCH_PATTERN_ID = 'one-side-claim';

/** The hatch for districts only one side's media claim: white diagonals over the side's colour. */
export function hatchPattern(u: number): string {
  const s = 7 * u;
  return el('pattern', { id: HATCH_PATTERN_ID, patternUnits: 'userSpaceOnUse', width: s, height: s, patternTransform: 'rotate(45)' },
    el('rect', { x: 0, y: 0, width: s / 2.6, height: s, fill: '#ffffff', 'fill-opacity': 0.75 }));
}

function basemap(scene: ExportScene, rect: Rect): string {
  const bg = el('rect', { ...rect, fill: MAP_BACKGROUND, 'data-layer': 'background' });
  const tiles = (scene.tiles ?? []).map((t) =>
    // A hair of overlap hides the seams a rasteriser leaves between abutting images.
    el('image', { href: t.href, x: t.x, y: t.y, width: t.size + 0.4, height: t.size + 0.4, preserveAspectRatio: 'none' }),
  );
  return bg + (tiles.length ? el('g', { 'data-layer': 'tiles' }, tiles.join('')) : '');
}

function districts(scene: ExportScene, project: Project): string {
  const paths = scene.districts.features.map((f) => {
    const state = scene.control[f.properties.id] ?? 'unknown';
    const d = polygonPath(project, f.geometry);
    const fill = el('path', {
      d,
      fill: sideOf(state).color,
      'fill-opacity': state === 'unknown' ? 0.45 : FILL_OPACITY,
      'fill-rule': 'evenodd',
      stroke: '#ffffff',
      'stroke-width': 1,
      'stroke-opacity': 0.9,
      'stroke-linejoin': 'round',
      'data-id': f.properties.id,
      'data-controller': state,
    });
    const hatch = scene.hatched?.has(f.properties.id) ? el('path', { d, fill: `url(#${HATCH_PATTERN_ID})`, 'fill-rule': 'evenodd' }) : '';
    return fill + hatch;
  });
  return el('g', { 'data-layer': 'districts' }, paths.join(''));
}

function frontline(scene: ExportScene, project: Project): string {
  if (!scene.front || scene.front.coordinates.length === 0) return '';
  const d = linePath(project, scene.front);
  const line = { d, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;
  return el('g', { 'data-layer': 'frontline' },
    el('path', { ...line, stroke: FRONTLINE.casing, 'stroke-width': FRONTLINE.casingWeight, 'stroke-opacity': 0.85 }) +
    el('path', { ...line, id: 'frontline', stroke: FRONTLINE.color, 'stroke-width': FRONTLINE.weight }));
}

/** The map box: background, tiles, districts and the front line, clipped to `rect`. */
export function drawMap(scene: ExportScene, project: Project, rect: Rect): string {
  const clip = el('clipPath', { id: 'map-clip' }, el('rect', { ...rect }));
  const body = basemap(scene, rect) + districts(scene, project) + frontline(scene, project);
  return clip + el('g', { 'clip-path': 'url(#map-clip)', 'data-layer': 'map' }, body);
}
