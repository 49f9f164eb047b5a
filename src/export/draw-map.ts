import { FILL_OPACITY, FRONTLINE, MAP_BACKGROUND, SIDES, sideOf } from '../look/palette.ts';
import { CHANGED_OUTLINE, HATCH_STRIPE, HATCH_TILE, HATCH_WIDTH, STALE_FILL_OPACITY } from '../look/marks.ts';
import type { ControlState } from '../types.ts';
import type { DistrictMark, ExportScene, MarkKind } from './scene.ts';
import { el } from './svg.ts';
import { linePath, polygonPath } from './paths.ts';
import type { Project, Rect } from './view.ts';
import { drawLabels } from './draw-labels.ts';
import { drawLandmarks } from './draw-landmarks.ts';

type Hatch = 'contested' | 'claim';
export const hatchId = (state: ControlState, hatch: Hatch) => `hatch-${state}-${hatch}`;

/** The map's hatches as SVG patterns: the side's colour with a diagonal stripe (as src/ui/map/hatch.ts). */
export function hatchPatterns(): string {
  const n = HATCH_TILE;
  return SIDES.flatMap((side) =>
    (['contested', 'claim'] as const).map((hatch) =>
      el('pattern', { id: hatchId(side.state, hatch), patternUnits: 'userSpaceOnUse', width: n, height: n },
        el('rect', { width: n, height: n, fill: side.color }) +
        el('path', { d: `M${-n},${n}L0,0M0,${n}L${n},0M${n},${n}L${2 * n},0`, stroke: HATCH_STRIPE[hatch], 'stroke-width': HATCH_WIDTH })),
    ),
  ).join('');
}

/** Which legend marks a set of district marks needs (a contested hatch on a contested district is its colour's). */
export function marksUsed(marks: ReadonlyMap<string, DistrictMark> | undefined, control?: Record<string, ControlState>): MarkKind[] {
  const used = new Set<MarkKind>();
  for (const [id, m] of marks ?? []) {
    if (m.hatch === 'claim') used.add('claim');
    if (m.hatch === 'contested' && control?.[id] !== 'contested') used.add('disputed');
    if (m.stale) used.add('stale');
    if (m.changed) used.add('changed');
  }
  return [...used];
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
    const opacity = mark?.stale ? STALE_FILL_OPACITY : state === 'unknown' ? 0.45 : FILL_OPACITY;
    return el('path', {
      d: polygonPath(project, f.geometry),
      fill: mark?.hatch ? `url(#${hatchId(state, mark.hatch)})` : sideOf(state).color,
      'fill-opacity': opacity,
      'fill-rule': 'evenodd',
      stroke: '#ffffff',
      'stroke-width': 1,
      'stroke-opacity': 0.9,
      'stroke-linejoin': 'round',
      'data-id': f.properties.id,
      'data-controller': state,
      'data-hatch': mark?.hatch ?? undefined,
    });
  });
  // Outlines of the day's changes go over every fill, so no neighbour covers them.
  const changed = scene.districts.features
    .filter((f) => scene.marks?.get(f.properties.id)?.changed)
    .map((f) => el('path', { d: polygonPath(project, f.geometry), fill: 'none', stroke: CHANGED_OUTLINE.color, 'stroke-width': CHANGED_OUTLINE.weight, 'stroke-linejoin': 'round', 'data-changed': f.properties.id }));
  return el('g', { 'data-layer': 'districts' }, paths.join('') + changed.join(''));
}

function frontline(scene: ExportScene, project: Project): string {
  if (!scene.front || scene.front.coordinates.length === 0) return '';
  const d = linePath(project, scene.front);
  const line = { d, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;
  return el('g', { 'data-layer': 'frontline' },
    el('path', { ...line, stroke: FRONTLINE.casing, 'stroke-width': FRONTLINE.casingWeight, 'stroke-opacity': 0.85 }) +
    el('path', { ...line, id: 'frontline', stroke: FRONTLINE.color, 'stroke-width': FRONTLINE.weight }));
}

/** The map box: background, tiles, districts, the front line, landmarks and names, clipped to `rect`. */
export function drawMap(scene: ExportScene, project: Project, rect: Rect): string {
  const clip = el('clipPath', { id: 'map-clip' }, el('rect', { ...rect }));
  const body = basemap(scene, rect) + districts(scene, project) + frontline(scene, project) + drawLandmarks(scene, project, rect) + drawLabels(scene, project, rect);
  return clip + el('g', { 'clip-path': 'url(#map-clip)', 'data-layer': 'map' }, body);
}
