// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import L from 'leaflet';
import { Explorer } from '../../src/ui/Explorer.tsx';
import { readViewState } from '../../src/ui/lib/permalink.ts';
import { fixtureData, render, type Rendered } from '../ui/render.ts';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const OWN = 'https://tiles.own.test/{z}/{x}/{y}.png';
const LINKED = 'https://any.host.test/{z}/{x}/{y}.png';
const tileSources = (root: ParentNode) => [...root.querySelectorAll('img')].map((i) => i.getAttribute('src') ?? '');

describe('a tile server named by a link', () => {
  it('is not fetched from until the reader accepts it, then becomes the basemap', async () => {
    view = await render(<Explorer data={fixtureData()} initial={readViewState(`?tiles=${LINKED}`)} tileUrl={OWN} renderer={L.svg()} />);
    const prompt = view.container.querySelector('[data-testid="tiles-prompt"]')!;
    expect(prompt.textContent).toContain('any.host.test');
    expect(tileSources(view.container).some((s) => s.includes('any.host.test'))).toBe(false);
    expect(view.container.querySelector<HTMLInputElement>('[data-basemap="custom"]')!.checked).toBe(false);
    await act(async () => prompt.querySelector('button')!.click());
    expect(view.container.querySelector('[data-testid="tiles-prompt"]')).toBeNull();
    expect(view.container.querySelector<HTMLInputElement>('[data-basemap="custom"]')!.checked).toBe(true);
  });

  it('is dropped when the reader keeps the usual basemap', async () => {
    view = await render(<Explorer data={fixtureData()} initial={readViewState(`?tiles=${LINKED}`)} tileUrl={OWN} renderer={L.svg()} />);
    await act(async () => view!.container.querySelectorAll<HTMLButtonElement>('[data-testid="tiles-prompt"] button')[1]!.click());
    expect(view.container.querySelector('[data-testid="tiles-prompt"]')).toBeNull();
    expect(view.container.querySelector<HTMLInputElement>('[data-basemap="osm"]')!.checked).toBe(true);
  });
});
