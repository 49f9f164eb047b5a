import { Resvg } from '@resvg/resvg-js';
import { pixelSize } from '../sizes.ts';

/** Font files to load into resvg; missing ones are skipped by the caller (see src/cli/export.ts). */
export interface RasterFonts {
  files: string[];
}

export interface RasterImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  pixels: Uint8Array;
  png: () => Uint8Array;
}

/** Rasterises an export SVG with resvg at its output size (width × scale). */
export function rasterize(svg: string, size: { width: number; height: number; scale: number }, fonts: RasterFonts): RasterImage {
  const px = pixelSize(size);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: px.width },
    font: {
      loadSystemFonts: fonts.files.length === 0,
      fontFiles: fonts.files,
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
    background: '#ffffff',
  });
  const image = resvg.render();
  return {
    width: image.width,
    height: image.height,
    pixels: new Uint8Array(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength),
    png: () => new Uint8Array(image.asPng()),
  };
}
