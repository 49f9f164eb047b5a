import { fromPlane, METRES_PER_UNIT } from '../../src/geo/project.ts';
import type { Piece } from '../../src/geo/coverage/pieces.ts';

/** A rectangular coverage piece given in metres east and north of the projection's origin. */
export const rect = (x0: number, y0: number, x1: number, y1: number, key: string): Piece => ({
  type: 'Feature',
  properties: { key, csr: key, order: 0 },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ].map(([x, y]) => fromPlane([x! / METRES_PER_UNIT, y! / METRES_PER_UNIT])),
    ],
  },
});
