import { zipSync } from 'fflate';

/** A ZIP of numbered PNG frames, `frame-001-2016-11-15.png` …; PNGs are stored, not recompressed. */
export function zipFrames(frames: readonly { date: string; png: Uint8Array }[]): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  frames.forEach((f, i) => {
    files[`frame-${String(i + 1).padStart(3, '0')}-${f.date}.png`] = [f.png, { level: 0 }];
  });
  return zipSync(files);
}
