import { useEffect, useState } from 'react';
import type { DayControl, IsoDate } from '../../types.ts';
import { urlWithDate } from '../lib/urlOptions.ts';

/** Index of `date` in `days`, or of the first day if it is absent. */
export function dayIndexOf(days: readonly DayControl[], date: IsoDate | null): number {
  const i = date ? days.findIndex((d) => d.date === date) : -1;
  return i >= 0 ? i : 0;
}

/**
 * The selected day, starting at `initialDate`. With `permalink`, every change is written back
 * to the address bar as `?date=…` (replaceState: moving the slider does not flood history).
 */
export function useDayIndex(days: readonly DayControl[], initialDate: IsoDate | null, permalink: boolean) {
  const [index, setIndex] = useState(() => dayIndexOf(days, initialDate));
  const date = days[index]?.date ?? null;

  useEffect(
    function writeDateToUrl() {
      if (!permalink || !date) return;
      const next = urlWithDate(window.location.href, date);
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    },
    [date, permalink],
  );

  return [index, setIndex] as const;
}
