import { useEffect, useRef } from 'react';

export interface Shortcuts {
  step: (delta: number) => void;
  first: () => void;
  last: () => void;
  togglePlay: () => void;
}

/** Where a key belongs to the focused element and not to the page. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.closest) return false;
  if (el.closest('.leaflet-container')) return true; // the map pans with the arrows
  if (el.isContentEditable || el.closest('textarea, select')) return true;
  const input = el.closest('input');
  if (input) return input.type !== 'range' || key !== ' '; // a range input moves itself; space plays
  if (el.closest('button, a[href], summary, [role="option"], [role="slider"]')) return key === ' ' || key === 'Enter';
  return false;
}

/** ←/→ one day, Home/End the first and last day, space plays or pauses, from anywhere on the page. */
export function useShortcuts(shortcuts: Shortcuts) {
  const current = useRef(shortcuts);
  current.current = shortcuts;

  useEffect(function listenForShortcuts() {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKey(event.target, event.key)) return;
      const s = current.current;
      const action = { ArrowRight: () => s.step(1), ArrowLeft: () => s.step(-1), Home: s.first, End: s.last, ' ': s.togglePlay }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    document.addEventListener('keydown', onKey);
    return function stopListening() {
      document.removeEventListener('keydown', onKey);
    };
  }, []);
}
