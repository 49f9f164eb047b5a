import type { Feature, Point, Polygon, MultiPolygon } from 'geojson';
import type { LandmarkProps, LandmarkSymbol } from '../geo/landmarks.ts';
import { FONT_LATIN } from './fonts.ts';
import type { ExportScene } from './scene.ts';
import { el, esc } from './svg.ts';
import { polygonPath } from './paths.ts';
import type { Project, Rect } from './view.ts';
import type { LabelBox } from '../look/labelPlacement.ts';

const INK = '#222222';
/** Names printed beside the symbol: the Citadel's only (district names already say airport and industrial areas; gates would crowd a city map). */
const NAMED: ReadonlySet<LandmarkSymbol> = new Set(['citadel']);

function symbol(kind: LandmarkSymbol, x: number, y: number): string {
  switch (kind) {
    case 'gate':
      return el('rect', { x: x - 3, y: y - 3, width: 6, height: 6, fill: '#6d4c2f', stroke: '#ffffff', 'stroke-width': 1 });
    case 'roundabout':
      return el('circle', { cx: x, cy: y, r: 3.5, fill: 'none', stroke: INK, 'stroke-width': 1.8 });
    case 'hospital':
      return el('path', { d: `M${x - 1.5} ${y - 4.5}h3v3h3v3h-3v3h-3v-3h-3v-3h3z`, fill: '#c62828', stroke: '#ffffff', 'stroke-width': 0.8 });
    case 'citadel':
      return el('path', { d: `M${x - 5} ${y + 4}v-7h2v-2h2v2h2v-2h2v2h2v7z`, fill: INK, stroke: '#ffffff', 'stroke-width': 0.8 });
    case 'airport':
      return el('path', { d: `M${x} ${y - 5}l1 4 4 2v1l-4-1-0.5 3 1.5 1v1h-4v-1l1.5-1-0.5-3-4 1v-1l4-2z`, fill: INK });
    case 'industry':
      return el('rect', { x: x - 3.5, y: y - 3.5, width: 7, height: 7, fill: '#ffffff', stroke: '#555555', 'stroke-width': 1.5 });
    default:
      return el('circle', { cx: x, cy: y, r: 2.5, fill: INK, stroke: '#ffffff', 'stroke-width': 1 });
  }
}

/**
 * The city context in an export, as on the map: the Old City's and the Citadel's outlines dashed,
 * a symbol for every landmark inside the map box, the names of the city-scale ones.
 */
export function drawLandmarks(scene: ExportScene, project: Project, rect: Rect): string {
  const features = scene.landmarks?.features ?? [];
  if (features.length === 0) return '';
  const outlines = features
    .filter((f): f is Feature<Polygon | MultiPolygon, LandmarkProps> => f.properties.symbol === 'outline')
    .map((f) =>
      el('path', {
        d: polygonPath(project, f.geometry),
        fill: f.properties.id === 'citadel-outline' ? '#f4f1ea' : 'none',
        'fill-opacity': 0.9,
        stroke: INK,
        'stroke-width': 1.4,
        'stroke-dasharray': '5 4',
        'stroke-opacity': 0.85,
        'data-landmark': f.properties.id,
      }),
    );
  const marks = features
    .filter((f): f is Feature<Point, LandmarkProps> => f.geometry.type === 'Point')
    .flatMap((f) => {
      const { x, y } = project({ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! });
      if (x < rect.x || y < rect.y || x > rect.x + rect.width || y > rect.y + rect.height) return [];
      const name = NAMED.has(f.properties.symbol)
        ? el(
            'text',
            {
              x: x + 7,
              y: y + 3.5,
              'font-size': 10,
              'font-family': FONT_LATIN,
              'font-weight': 600,
              fill: INK,
              stroke: '#ffffff',
              'stroke-width': 2.4,
              'paint-order': 'stroke',
              'stroke-linejoin': 'round',
            },
            esc(f.properties.name_en),
          )
        : '';
      return [el('g', { 'data-landmark': f.properties.id }, symbol(f.properties.symbol, x, y) + name)];
    });
  return el('g', { 'data-layer': 'landmarks' }, outlines.join('') + marks.join(''));
}

/** The boxes of the landmark names an export prints (the Citadel's), for district names to keep clear of. */
export function landmarkNameBoxes(scene: ExportScene, project: Project, rect: Rect): LabelBox[] {
  return (scene.landmarks?.features ?? [])
    .filter((f): f is Feature<Point, LandmarkProps> => f.geometry.type === 'Point' && NAMED.has(f.properties.symbol))
    .flatMap((f) => {
      const { x, y } = project({ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! });
      if (x < rect.x || y < rect.y || x > rect.x + rect.width || y > rect.y + rect.height) return [];
      // The symbol and the name after it (10 px type, about 0.6 em a letter, with its white halo).
      const w = 14 + f.properties.name_en.length * 6.2;
      return [{ id: `landmark:${f.properties.id}`, x: x - 7 + w / 2, y, w, h: 14, priority: Number.POSITIVE_INFINITY }];
    });
}
