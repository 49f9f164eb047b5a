import { metresPerPixel } from './mercator.ts';

export interface ScaleBar {
  /** Length of the bar in logical pixels. */
  pixels: number;
  label: string;
}

/** The longest round distance (1, 2 or 5 × 10ⁿ metres) whose bar fits in `maxPixels`. */
export function scaleBar(lat: number, zoom: number, maxPixels: number): ScaleBar {
  const mpp = metresPerPixel(lat, zoom);
  const maxMetres = mpp * maxPixels;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((k) => k * pow).find((m) => m <= maxMetres) ?? pow;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { pixels: metres / mpp, label };
}
