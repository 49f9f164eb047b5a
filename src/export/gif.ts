import * as gifenc from 'gifenc';

// Node loads gifenc's CommonJS build (everything on `default`); bundlers load its ES build.
const api: typeof gifenc = (gifenc as { GIFEncoder?: unknown }).GIFEncoder ? gifenc : (gifenc as unknown as { default: typeof gifenc }).default;

/**
 * An animated GIF built a frame at a time (so a caller can report progress and stop early).
 * Each frame gets its own 256-colour palette, which keeps the flat map colours and antialiased
 * text exact; the last frame is held longer so the loop pauses on the final day.
 */
export class GifWriter {
  private readonly encoder = api.GIFEncoder();
  private frames = 0;
  private pending: { index: Uint8Array; palette: gifenc.Palette } | null = null;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly delayMs: number,
    readonly holdLastMs = delayMs * 3,
  ) {}

  add(rgba: Uint8Array | Uint8ClampedArray): void {
    if (rgba.length !== this.width * this.height * 4) {
      throw new Error(`GifWriter: frame ${this.frames + 1} has ${rgba.length / 4} pixels, expected ${this.width}×${this.height}`);
    }
    this.flush(this.delayMs);
    const palette = api.quantize(rgba, 256, { format: 'rgb565' });
    this.pending = { index: api.applyPalette(rgba, palette, 'rgb565'), palette };
  }

  private flush(delay: number): void {
    if (!this.pending) return;
    const { index, palette } = this.pending;
    this.encoder.writeFrame(index, this.width, this.height, { palette, delay, repeat: this.frames === 0 ? 0 : undefined });
    this.frames += 1;
    this.pending = null;
  }

  get frameCount(): number {
    return this.frames + (this.pending ? 1 : 0);
  }

  finish(): Uint8Array {
    this.flush(this.holdLastMs);
    if (this.frames === 0) throw new Error('GifWriter: no frames');
    this.encoder.finish();
    return this.encoder.bytes();
  }
}
