import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Project } from './view.ts';

const pt = (project: Project, p: Position) => {
  const { x, y } = project({ lon: p[0]!, lat: p[1]! });
  return `${Math.round(x * 100) / 100} ${Math.round(y * 100) / 100}`;
};

function ring(project: Project, coords: Position[], close: boolean): string {
  if (coords.length === 0) return '';
  return 'M' + coords.map((p) => pt(project, p)).join('L') + (close ? 'Z' : '');
}

/** An SVG path `d` for a polygon or multipolygon (holes drawn with the evenodd rule). */
export function polygonPath(project: Project, g: Polygon | MultiPolygon): string {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flatMap((rings) => rings.map((r) => ring(project, r, true))).join('');
}

/** An SVG path `d` for a multilinestring. */
export function linePath(project: Project, g: MultiLineString): string {
  return g.coordinates.map((line) => ring(project, line, false)).join('');
}
