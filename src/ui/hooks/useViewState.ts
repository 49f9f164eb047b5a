import { useCallback, useEffect, useRef, useState } from 'react';
import { readViewState, writeViewState } from '../lib/permalink.ts';
import { sameViewState, type ViewState } from '../lib/viewState.ts';

/**
 * push: a step a user may want to go back to (a day, a district, a layer, the mode);
 * replace: a change that should not fill the history (panning the map, playback).
 */
export type HistoryMode = 'push' | 'replace';

/** Steps of the same kind closer together than this (dragging the slider) share one history entry. */
const COALESCE_MS = 600;

/**
 * The view the address holds. With `permalink`, every change is written to the address, and
 * back/forward restore the state they lead to.
 */
export function useViewState(initial: ViewState, permalink: boolean) {
  const [state, setState] = useState(initial);
  const pending = useRef<{ how: HistoryMode; kind: string }>({ how: 'replace', kind: '' });
  const lastPush = useRef({ at: 0, kind: '' });

  const update = useCallback((patch: Partial<ViewState>, how: HistoryMode = 'push') => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      if (sameViewState(prev, next)) return prev;
      pending.current = { how, kind: Object.keys(patch).sort().join() };
      return next;
    });
  }, []);

  useEffect(
    function writeStateToAddress() {
      if (!permalink) return;
      const href = writeViewState(window.location.href, state);
      if (href === window.location.href) return;
      const now = performance.now();
      const { how, kind } = pending.current;
      const sameGesture = kind === lastPush.current.kind && now - lastPush.current.at < COALESCE_MS;
      if (how === 'push' && !sameGesture) window.history.pushState(null, '', href);
      else window.history.replaceState(window.history.state, '', href);
      if (how === 'push') lastPush.current = { at: now, kind };
    },
    [state, permalink],
  );

  useEffect(
    function followBackAndForward() {
      if (!permalink) return;
      function restore() {
        const next = readViewState(window.location.search);
        pending.current = { how: 'replace', kind: '' };
        lastPush.current = { at: 0, kind: '' };
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
