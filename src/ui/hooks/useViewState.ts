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
/** How long the address waits after the last change before it is written. */
const WRITE_DELAY_MS = 120;

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

  // Written a moment after the last change, not in the frame that paints it: history.pushState
  // and replaceState cost milliseconds each, and a drag or playback makes many changes a second.
  const queued = useRef<{ timer: number; push: boolean } | null>(null);
  useEffect(
    function writeStateToAddress() {
      if (!permalink) return;
      const { how, kind } = pending.current;
      const now = performance.now();
      const sameGesture = kind === lastPush.current.kind && now - lastPush.current.at < COALESCE_MS;
      const push = how === 'push' && !sameGesture;
      if (how === 'push') lastPush.current = { at: now, kind };
      const wasPush = queued.current?.push ?? false;
      if (queued.current) window.clearTimeout(queued.current.timer);
      const timer = window.setTimeout(function writeNow() {
        const entry = queued.current;
        queued.current = null;
        const href = writeViewState(window.location.href, state);
        if (href === window.location.href) return;
        if (entry?.push) window.history.pushState(null, '', href);
        else window.history.replaceState(window.history.state, '', href);
      }, WRITE_DELAY_MS);
      queued.current = { timer, push: push || wasPush };
    },
    [state, permalink],
  );

  useEffect(
    function followBackAndForward() {
      if (!permalink) return;
      function restore() {
        if (queued.current) window.clearTimeout(queued.current.timer);
        queued.current = null;
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
