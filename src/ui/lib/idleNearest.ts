/**
 * Work through `count` items while the browser is idle, each time the item nearest a moving
 * point (the day the slider shows, read afresh at every pick: a step of the slider steers the
 * work without restarting it). Each idle period takes items while more than `reserveMs` of it
 * is left. Returns a function that stops the work. Where the browser has no idle callbacks
 * (jsdom, Safari), nothing is done ahead: each item is made when it is first needed.
 */
export function workWhenIdle(count: number, near: () => number, work: (index: number) => void, reserveMs = 2): () => void {
  if (typeof requestIdleCallback !== 'function' || count === 0) return () => {};
  const left = new Set<number>();
  for (let i = 0; i < count; i++) left.add(i);
  let handle = 0;
  const step = (deadline: IdleDeadline) => {
    while (left.size > 0 && deadline.timeRemaining() > reserveMs) {
      const at = near();
      let nearest = -1;
      for (const i of left) if (nearest < 0 || Math.abs(i - at) < Math.abs(nearest - at)) nearest = i;
      left.delete(nearest);
      work(nearest);
    }
    if (left.size > 0) handle = requestIdleCallback(step);
  };
  handle = requestIdleCallback(step);
  return () => cancelIdleCallback(handle);
}
