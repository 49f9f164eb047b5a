import { FILL_OPACITY, FRONTLINE, MAP_BACKGROUND, sideOf } from '../look/palette.ts';
import { CHANGED_OUTLINE, UNKNOWN_FILL_OPACITY, WINDOW_OUTLINE, fillOpacityOf, svgPattern, textureOf } from '../look/marks.ts';
import { MARK_ITEMS, marksOf } from '../look/legendMarks.ts';
import type { ControlState } from '../types.ts';
import type { DistrictMark, ExportScene, MarkKind } from './scene.ts';
import { el } from './svg.ts';
import { linePath, polygonPath } from './paths.ts';
import type { Project, Rect } from './view.ts';
import { drawLabels } from './draw-labels.ts';
import { drawLandmarks, landmarkNameBoxes } from './draw-landmarks.ts';
import type { LabelBox } from '../look/labelPlacement.ts';

/** Which legend marks a set of district marks needs (a contested hatch on a contested district is its colour's). */
export function marksUsed(marks: ReadonlyMap<string, DistrictMark> | undefined, _control?: Record<string, ControlState>): MarkKind[] {
  return marksOf(marks?.values() ?? []);
}

/** The SVG patterns of every texture the districts and the legend swatches use, once each. */
export function texturePatterns(scene: Pick<ExportScene, 'marks'>, legend: readonly MarkKind[]): string {
  const seen = new Map<string, string>();
  const add = (look: Parameters<typeof textureOf>[0]) => {
    const t = textureOf(look);
    if (t && !seen.has(t.id)) seen.set(t.id, svgPattern(t));
  };
  for (const m of scene.marks?.values() ?? []) add(m);
  for (const k of legend) add(MARK_ITEMS[k].swatch);
  add({ state: 'contested', hatch: 'contested', texture: null, to: null });
  return [...seen.values()].join('');
}

function basemap(scene: ExportScene, rect: Rect): string {
  const fill = scene.mapBackground === undefined ? MAP_BACKGROUND : scene.mapBackground;
  const bg = fill === null ? '' : el('rect', { ...rect, fill, 'data-layer': 'background' });
  const tiles = (scene.tiles ?? []).map((t) =>
    // A hair of overlap hides the seams a rasteriser leaves between abutting images.
    el('image', { href: t.href, x: t.x, y: t.y, width: t.size + 0.4, height: t.size + 0.4, preserveAspectRatio: 'none' }),
  );
  return bg + (tiles.length ? el('g', { 'data-layer': 'tiles' }, tiles.join('')) : '');
}

function districts(scene: ExportScene, project: Project): string {
  const paths = scene.districts.features.map((f) => {
    const state = scene.control[f.properties.id] ?? 'unknown';
    const mark = scene.marks?.get(f.properties.id);
    const texture = mark ? textureOf(mark) : state === 'contested' ? textureOf({ state, hatch: 'contested', texture: null, to: null }) : null;
    const opacity = mark ? fillOpacityOf(mark) : state === 'unknown' ? UNKNOWN_FILL_OPACITY : FILL_OPACITY;
    return el('path', {
      d: polygonPath(project, f.geometry),
      fill: texture ? `url(#${texture.id})` : sideOf(state).color,
      'fill-opacity': opacity,
      'fill-rule': 'evenodd',
      stroke: '#ffffff',
      'stroke-width': 1,
      'stroke-opacity': 0.9,
      'stroke-linejoin': 'round',
      'data-id': f.properties.id,
      'data-controller': state,
      'data-hatch': mark?.hatch ?? undefined,
      'data-texture': mark?.texture ?? undefined,
      'data-certainty': mark?.certainty ?? undefined,
    });
  });
  // Outlines of the day's changes go over every fill, so no neighbour covers them.
  const changed = scene.districts.features
    .filter((f) => scene.marks?.get(f.properties.id)?.changed)
    .map((f) => {
      const windowed = scene.marks?.get(f.properties.id)?.windowed;
      const o = windowed ? WINDOW_OUTLINE : CHANGED_OUTLINE;
      return el('path', {
        d: polygonPath(project, f.geometry),
        fill: 'none',
        stroke: o.color,
        'stroke-width': o.weight,
        'stroke-dasharray': windowed ? WINDOW_OUTLINE.dashArray : undefined,
        'stroke-linejoin': 'round',
        'data-changed': f.properties.id,
      });
    });
  return el('g', { 'data-layer': 'districts' }, paths.join('') + changed.join(''));
}

function frontline(scene: ExportScene, project: Project): string {
  if (!scene.front || scene.front.coordinates.length === 0) return '';
  const d = linePath(project, scene.front);
  const line = { d, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;
  return el(
    'g',
    { 'data-layer': 'frontline' },
    el('path', { ...line, stroke: FRONTLINE.casing, 'stroke-width': FRONTLINE.casingWeight, 'stroke-opacity': 0.85 }) +
      el('path', { ...line, id: 'frontline', stroke: FRONTLINE.color, 'stroke-width': FRONTLINE.weight }),
  );
}

/** The map box: background, tiles, districts, the front line, landmarks and names, clipped to `rect`. */
export function drawMap(scene: ExportScene, project: Project, rect: Rect, obstacles: readonly LabelBox[] = []): string {
  const clip = el('clipPath', { id: 'map-clip' }, el('rect', { ...rect }));
  const body =
    basemap(scene, rect) +
    districts(scene, project) +
    frontline(scene, project) +
    drawLandmarks(scene, project, rect) +
    drawLabels(scene, project, rect, [...obstacles, ...landmarkNameBoxes(scene, project, rect)]);
  return clip + el('g', { 'clip-path': 'url(#map-clip)', 'data-layer': 'map' }, body);
}
