import { STIPPLE_TILE, drawTextureTile } from '../../look/marks.ts';

/** The white dots over the districts only the baseline speaks for (their fill is drawn plain, lighter). */
export const DOTS = { id: 'dots-overlay', kind: 'dots', base: 'none', ink: '#ffffff', size: STIPPLE_TILE } as const;
export const STIPPLE_OPACITY = 0.85;

/** The dots as a canvas pattern on a transparent tile (null where there is no 2D canvas). */
export function dotsPattern(): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = tile.height = DOTS.size;
  const ctx = tile.getContext('2d');
  if (!ctx) return null;
  drawTextureTile(ctx, { ...DOTS, base: 'rgba(0,0,0,0)' });
  return ctx.createPattern(tile, 'repeat');
}
