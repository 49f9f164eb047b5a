import { legendItems, layout, type Layout } from './layout.ts';
import type { ExportScene } from './scene.ts';
import { scaleBar } from './scalebar.ts';
import { drawFooter, drawHeader, drawScaleBar, scaleBarBox } from './draw-furniture.ts';
import { drawMap, marksUsed, texturePatterns } from './draw-map.ts';
import { fitBounds, projection, type MapView, type Project } from './view.ts';
import { el, num } from './svg.ts';
import { FONT_LATIN } from './fonts.ts';

/** Where things go and how the map is projected, before anything is drawn (tiles need it first). */
export interface ScenePlan {
  layout: Layout;
  view: MapView;
  project: Project;
}

/** Lays out an image of `width` × `height` and fits `bounds` into its map box. */
export function planScene(
  scene: Pick<ExportScene, 'width' | 'height' | 'bounds' | 'marks' | 'legendMarks' | 'control'> & { texts?: Pick<ExportScene['texts'], 'caption'> },
): ScenePlan {
  const l = layout(scene.width, scene.height, legendItems(scene.legendMarks ?? marksUsed(scene.marks, scene.control)), scene.texts?.caption ?? '');
  const view = fitBounds(scene.bounds, l.map.width, l.map.height);
  return { layout: l, view, project: projection(view, l.map) };
}

/**
 * The image as one SVG document: vector districts and front line (Web Mercator, as the map),
 * basemap tiles when given, title, date in English and Arabic, legend, scale bar, source note and
 * attribution. `width`/`height` are the output pixels; the viewBox is in logical pixels.
 */
export function renderSvg(scene: ExportScene, plan: ScenePlan = planScene(scene)): string {
  const { layout: l, view, project } = plan;
  const bar = scaleBar(view.center.lat, view.zoom, 120 * l.u);
  const body =
    el('defs', {}, texturePatterns(scene, scene.legendMarks ?? marksUsed(scene.marks))) +
    (scene.mapBackground === null ? '' : el('rect', { x: 0, y: 0, width: scene.width, height: scene.height, fill: '#ffffff' })) +
    drawMap(scene, project, l.map, [scaleBarBox(l, bar)]) +
    drawScaleBar(l, bar) +
    drawHeader(l, scene.texts) +
    drawFooter(l, scene.texts);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
    ` width="${num(scene.width * scene.scale)}" height="${num(scene.height * scene.scale)}"` +
    ` viewBox="0 0 ${num(scene.width)} ${num(scene.height)}" font-family="${FONT_LATIN.replace(/'/g, '&apos;')}">` +
    el('title', {}, escTitle(scene)) +
    body +
    '</svg>\n'
  );
}

function escTitle(scene: ExportScene): string {
  return `${scene.texts.title} — ${scene.texts.dateEn}`.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}
