import type { ControlState } from '../types.ts';

/** One colour and one bilingual label per side. The order is the legend's order. */
export const SIDES: readonly { state: ControlState; color: string; en: string; ar: string }[] = [
  { state: 'government', color: '#c0392b', en: 'Government forces', ar: 'القوات الحكومية' },
  { state: 'opposition', color: '#2e8b57', en: 'Opposition', ar: 'المعارضة' },
  { state: 'kurdish', color: '#d4a017', en: 'Kurdish forces (YPG)', ar: 'القوات الكردية' },
  { state: 'contested', color: '#8e6c9e', en: 'Contested', ar: 'متنازع عليه' },
  { state: 'unknown', color: '#cfcfcf', en: 'Unknown', ar: 'غير معروف' },
];

export const FRONTLINE = { color: '#1b1b1b', casing: '#ffffff', weight: 4, casingWeight: 8 } as const;
/** Opacity of district fills over the basemap (the map background shows through). */
export const FILL_OPACITY = 0.7;
/** The map's background where no tiles are drawn. */
export const MAP_BACKGROUND = '#e9e6df';

const byState = new Map(SIDES.map((s) => [s.state, s]));

export function sideOf(state: ControlState) {
  return byState.get(state) ?? byState.get('unknown')!;
}
