// The marks the map and the exporter draw alike: district outlines, faded fills and hatches.
import type { Hatch } from './districtLook.ts';

/** Opacity of a fill no report has confirmed for a while (see districtLook.ts). */
export const STALE_FILL_OPACITY = 0.3;
/** Outline of a district whose controller changed that day, and of the selected one. */
export const CHANGED_OUTLINE = { color: '#ffd21f', weight: 3.5 } as const;
export const SELECTED_OUTLINE = { color: '#0a3d91', weight: 4 } as const;

/** Stripe colour over the side's colour: purple for contested, white for a one-side claim. */
export const HATCH_STRIPE: Record<Exclude<Hatch, null>, string> = { contested: '#4b2d5c', claim: '#ffffff' };
/** Tile size and stripe width of the diagonal hatch, in CSS pixels. */
export const HATCH_TILE = 8;
export const HATCH_WIDTH = 2.5;
