import * as turf from '@turf/turf';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import { toPlane, fromPlane } from './project.ts';
import type { Outline } from './outline.ts';

/** A generator point of the diagram; several sites may carry the same district id. */
export interface Site {
  id: string;
  lon: number;
  lat: number;
}

export type Cell = Feature<Polygon | MultiPolygon, { id: string }>;

/**
 * Voronoi cells of the sites, computed in the local plane (so cells are true to distance),
 * brought back to lon/lat and clipped to the outline. Neighbouring cells are built from the
 * same Voronoi vertices, so their common edges carry identical coordinates.
 */
export function voronoiCells(sites: Site[], outline: Outline): Cell[] {
  const planar = turf.featureCollection(sites.map((s, i) => turf.point(toPlane([s.lon, s.lat]), { i })));
  const [minX, minY, maxX, maxY] = turf.bbox(turf.multiPoint(turf.coordAll(outline).map(toPlane)));
  const pad = 0.05; // in degrees of latitude: the diagram's frame lies well outside the outline
  const diagram = turf.voronoi(planar, { bbox: [minX - pad, minY - pad, maxX + pad, maxY + pad] });
  const cells: Cell[] = [];
  diagram.features.forEach((cell, i) => {
    const site = sites[i]!;
    if (!cell) throw new Error(`voronoiCells: site ${site.id} (${site.lat}, ${site.lon}) duplicates another site`);
    const ring = cell.geometry.coordinates[0]!.map(fromPlane);
    const clipped = turf.intersect(turf.featureCollection([turf.polygon([ring]), outline]));
    if (clipped) cells.push(turf.feature(clipped.geometry, { id: site.id }));
  });
  return cells;
}
