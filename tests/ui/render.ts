// A tiny render helper for jsdom tests: React 19's createRoot inside act().
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import districtsText from './fixtures/districts.geojson?raw';
import timelineText from './fixtures/timeline.json?raw';
import type { MapData } from '../../src/ui/lib/loadData.ts';
import { checkDistricts, checkTimeline } from '../../src/schema/index.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount: () => void;
}

const mounted: Root[] = [];

export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  mounted.push(root);
  await act(async () => root.render(element));
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Sets a range input's value the way a user would, so React sees the change. */
export async function slide(input: HTMLInputElement, value: number) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const FIXTURES: Record<string, string> = { 'districts.geojson': districtsText, 'timeline.json': timelineText };

export function fixtureText(name: 'districts.geojson' | 'timeline.json'): string {
  return FIXTURES[name]!;
}

export function fixtureData(): MapData {
  return {
    districts: checkDistricts(JSON.parse(fixtureText('districts.geojson'))),
    timeline: checkTimeline(JSON.parse(fixtureText('timeline.json'))),
  };
}
