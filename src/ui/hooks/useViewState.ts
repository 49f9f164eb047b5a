import { useCallback, useEffect, useRef, useState } from 'react';
import { readViewState, writeViewState } from '../lib/permalink.ts';
import { sameViewState, type ViewState } from '../lib/viewState.ts';

/**
 * push: a step a user may want to go back to (a day, a district, a layer, the mode);
 * replace: a change that should not fill the history (panning the map, playback).
 */
export type HistoryMode = 'push' | 'replace';

/** Steps closer together than this (dragging the slider) share one history entry. */
const COALESCE_MS = 600;

/**
 * The view the address holds. With `permalink`, every change is written to the address, and
 * back/forward restore the state they lead to.
 */
export function useViewState(initial: ViewState, permalink: boolean) {
  const [state, setState] = useState(initial);
  const pending = useRef<HistoryMode>('replace');
  const lastPush = useRef(0);

  const update = useCallback((patch: Partial<ViewState>, how: HistoryMode = 'push') => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      if (sameViewState(prev, next)) return prev;
      pending.current = how;
      return next;
    });
  }, []);

  useEffect(
    function writeStateToAddress() {
      if (!permalink) return;
      const href = writeViewState(window.location.href, state);
      if (href === window.location.href) return;
      const now = performance.now();
      if (pending.current === 'push' && now - lastPush.current > COALESCE_MS) {
        window.history.pushState(null, '', href);
        lastPush.current = now;
      } else {
        window.history.replaceState(window.history.state, '', href);
        if (pending.current === 'push') lastPush.current = now;
      }
    },
    [state, permalink],
  );

  useEffect(
    function followBackAndForward() {
      if (!permalink) return;
      function restore() {
        const next = readViewState(window.location.search);
        pending.current = 'replace';
        lastPush.current = 0;
        setState((prev) => (sameViewState(prev, next) ? prev : next));
      }
      window.addEventListener('popstate', restore);
      return function stopFollowing() {
        window.removeEventListener('popstate', restore);
      };
    },
    [permalink],
  );

  return [state, update] as const;
}
