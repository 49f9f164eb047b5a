import { PAPERS, paperSize, isPaper, checkSize, type OutputSize } from '../../export/sizes.ts';
import type { CurrentView } from './mapRegistry.ts';

/** The sizes offered in the dialog: multiples of the map on screen, fixed pixel sizes, print formats. */
export const SIZE_CHOICES = [
  { id: 'view-1', label: 'Current view, 1×' },
  { id: 'view-2', label: 'Current view, 2× (sharp on retina, slides)' },
  { id: 'view-4', label: 'Current view, 4×' },
  { id: '800x600', label: '800 × 600 px' },
  { id: '1080x1080', label: '1080 × 1080 px (social square)' },
  { id: '1920x1080', label: '1920 × 1080 px (full HD)' },
  ...Object.entries(PAPERS).map(([id, p]) => ({ id, label: p.label })),
  { id: 'custom', label: 'Custom size…' },
] as const;

export interface CustomSize {
  width: string;
  height: string;
  scale: string;
}

/** The chosen size in logical pixels and scale, or a message saying what is wrong with it. */
export function resolveSize(choice: string, view: CurrentView | null, custom: CustomSize): OutputSize | string {
  let size: OutputSize;
  const viewMatch = /^view-(\d)$/.exec(choice);
  const fixed = /^(\d+)x(\d+)$/.exec(choice);
  if (viewMatch) {
    const w = view?.width ?? 1280;
    const h = view?.height ?? 800;
    size = { width: Math.max(200, w), height: Math.max(150, h), scale: Number(viewMatch[1]), dpi: null };
  } else if (fixed) {
    size = { width: Number(fixed[1]), height: Number(fixed[2]), scale: 1, dpi: null };
  } else if (isPaper(choice)) {
    size = paperSize(choice);
  } else {
    size = { width: Number(custom.width), height: Number(custom.height), scale: Number(custom.scale), dpi: null };
  }
  return checkSize(size) ?? size;
}
