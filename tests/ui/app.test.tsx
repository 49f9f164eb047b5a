// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import L from 'leaflet';
import { Legend } from '../../src/ui/panel/Legend.tsx';
import { Explorer } from '../../src/ui/Explorer.tsx';
import { App } from '../../src/ui/App.tsx';
import { SIDES, sideOf } from '../../src/look/palette.ts';
import { CHANGED_OUTLINE } from '../../src/look/marks.ts';
import { HOVER_OUTLINE } from '../../src/ui/lib/districtInteraction.ts';
import { fixtureData, fixtureText, render, slide, type Rendered } from './render.ts';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
});

const $ = <T extends Element = HTMLElement>(root: ParentNode, testId: string) => root.querySelector<T>(`[data-testid="${testId}"]`)!;

const controllerOf = (root: ParentNode, id: string) => root.querySelector(`[data-testid="district-states"] [data-id="${id}"]`)?.getAttribute('data-controller');

/** Fill colours of the drawn district paths (svg renderer), frontline strokes excluded. */
/** Each district's side colour: its plain fill, or the base of its texture (a stipple where only the baseline speaks). */
const districtFills = (root: ParentNode) =>
  [...root.querySelectorAll('path.leaflet-interactive')].map((p) => {
    const fill = p.getAttribute('fill');
    const id = /^url\(#(.+)\)$/.exec(fill ?? '')?.[1];
    return id ? (root.querySelector(`[id="${id}"] rect`)?.getAttribute('fill') ?? fill) : fill;
  });

function explorer(initialDate: string | null = null) {
  return <Explorer data={fixtureData()} initialDate={initialDate} tileUrl={null} renderer={L.svg()} />;
}

describe('Legend', () => {
  it('names every side in English and Arabic, and the front line', async () => {
    view = await render(<Legend counts={{ government: 3, opposition: 2 }} />);
    const text = $(view.container, 'legend').closest('section')!.textContent!;
    for (const side of SIDES) {
      expect(text).toContain(side.en);
      expect(text).toContain(side.ar);
    }
    expect(text).toContain('Front line');
  });
});

describe('Explorer', () => {
  it('starts on the first day when no date is asked for', async () => {
    view = await render(explorer());
    expect($(view.container, 'selected-date').dataset.date).toBe('2016-12-05');
    expect(controllerOf(view.container, 'al-shaar')).toBe('opposition');
  });

  it('starts on the date from the address when the timeline has it', async () => {
    view = await render(explorer('2016-12-07'));
    expect($(view.container, 'selected-date').textContent).toContain('7 December 2016');
  });

  it('moving the slider changes the shown date, in English and Arabic', async () => {
    view = await render(explorer());
    await slide($<HTMLInputElement>(view.container, 'date-slider'), 1);
    const shown = $(view.container, 'selected-date');
    expect(shown.dataset.date).toBe('2016-12-06');
    expect(shown.textContent).toContain('6 December 2016');
    expect(shown.textContent).toContain('٦ كانون الأول ٢٠١٦');
    expect(controllerOf(view.container, 'al-shaar')).toBe('government');
    const changed = [...$(view.container, 'changes').querySelectorAll('li')].map((li) => li.dataset.id);
    expect(changed).toEqual(['karm-al-maysar', 'al-shaar']);
  });

  it('gives the slider an accessible name and the date as its value text', async () => {
    view = await render(explorer());
    const slider = $<HTMLInputElement>(view.container, 'date-slider');
    expect(slider.labels?.[0]?.textContent).toBe('Date');
    expect(slider.getAttribute('aria-valuetext')).toBe('5 December 2016');
    expect(slider.max).toBe('2');
  });

  it('restyles the mounted district polygons when the day changes', async () => {
    view = await render(explorer());
    const before = districtFills(view.container);
    expect(before).toHaveLength(6);
    const paths = [...view.container.querySelectorAll('path.leaflet-interactive')];
    await slide($<HTMLInputElement>(view.container, 'date-slider'), 1);
    // Same SVG elements (not remounted; changed districts are raised above the others), new fills.
    expect(new Set(view.container.querySelectorAll('path.leaflet-interactive'))).toEqual(new Set(paths));
    const after = districtFills(view.container);
    const count = (fills: (string | null)[], color: string) => fills.filter((f) => f === color).length;
    expect(count(before, sideOf('opposition').color)).toBe(2);
    expect(count(after, sideOf('opposition').color)).toBe(1);
    expect(count(after, sideOf('government').color)).toBe(4);
  });

  it('outlines a district under the pointer and, when it leaves, gives back the outline of the shown day', async () => {
    view = await render(explorer());
    await slide($<HTMLInputElement>(view.container, 'date-slider'), 1);
    const outline = (p: Element) => [p.getAttribute('stroke'), p.getAttribute('stroke-width')];
    const paths = [...view.container.querySelectorAll('path.leaflet-interactive')];
    // A district that changed hands that day: outlined in the highlight colour, not the plain border.
    const changed = paths.find((p) => p.getAttribute('stroke') === CHANGED_OUTLINE.color)!;
    expect(changed).toBeDefined();
    const before = outline(changed);
    changed.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(outline(changed)).toEqual([HOVER_OUTLINE.color, String(HOVER_OUTLINE.weight)]);
    changed.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    expect(outline(changed)).toEqual(before);
  });

  it('draws a front line between districts held by different sides', async () => {
    view = await render(explorer());
    const strokes = [...view.container.querySelectorAll('.leaflet-frontline-pane path')];
    expect(strokes.length).toBe(2); // casing + line
  });
});

describe('App', () => {
  it('shows a clear error when the data cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not found', { status: 404 })),
    );
    view = await render(<App base="http://localhost/" options={{ date: null, tileUrl: null, exposeMap: false }} renderer={L.svg()} />);
    await vi.waitFor(() => expect($(view!.container, 'error')).toBeTruthy());
    expect($(view.container, 'error').textContent).toMatch(/could not be loaded[\s\S]*data\/(districts\.geojson|timeline\.json).*404/);
  });

  it('shows a loading state, then the map', async () => {
    const files: Record<string, string> = {
      '/data/districts.geojson': fixtureText('districts.geojson'),
      '/data/timeline.json': fixtureText('timeline.json'),
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: URL) => new Response(files[url.pathname] ?? '', { status: files[url.pathname] ? 200 : 404 })),
    );
    view = await render(<App base="http://localhost/" options={{ date: '2016-12-06', tileUrl: null, exposeMap: false }} renderer={L.svg()} />);
    await vi.waitFor(() => expect($(view!.container, 'selected-date')).toBeTruthy());
    expect($(view.container, 'loading')).toBeNull();
    expect(controllerOf(view.container, 'al-shaar')).toBe('government');
    // The address is written a moment after the change (not in the frame that paints it).
    await vi.waitFor(() => expect(new URLSearchParams(window.location.search).get('date')).toBe('2016-12-06'));
  });
});
