import { useCallback, useEffect, useState } from 'react';

/** Playback speeds: days per second. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * Steps through the days while playing, one day every 1/speed seconds, and stops on the last.
 * Play on the last day starts again from the first.
 */
export function usePlayback(count: number, index: number, setIndex: (i: number) => void) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(2);

  useEffect(
    function stepWhilePlaying() {
      if (!playing) return;
      if (index >= count - 1) {
        setPlaying(false);
        return;
      }
      const timer = window.setTimeout(() => setIndex(index + 1), 1000 / speed);
      return function cancelStep() {
        window.clearTimeout(timer);
      };
    },
    [playing, index, count, speed, setIndex],
  );

  const toggle = useCallback(() => {
    if (!playing && index >= count - 1) setIndex(0);
    setPlaying(!playing);
  }, [playing, index, count, setIndex]);

  return { playing, toggle, pause: () => setPlaying(false), speed, setSpeed };
}
