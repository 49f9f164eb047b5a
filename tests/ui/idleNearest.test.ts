import { afterEach, describe, expect, it, vi } from 'vitest';
import { workWhenIdle } from '../../src/ui/lib/idleNearest.ts';

/** A browser's idle callbacks, run by hand: each period has `ms` milliseconds, spent `per` a work item. */
function idleBrowser() {
  const pending = new Map<number, IdleRequestCallback>();
  let next = 1;
  let clock = 0;
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
    pending.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (h: number) => pending.delete(h));
  return {
    /** Runs the callbacks waiting now, each with an idle period of `ms`. */
    period(ms: number) {
      const start = clock;
      const waiting = [...pending.entries()];
      pending.clear();
      for (const [, cb] of waiting) cb({ didTimeout: false, timeRemaining: () => Math.max(0, ms - (clock - start)) });
    },
    spend(ms: number) {
      clock += ms;
    },
    waiting: () => pending.size,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('work done while the browser is idle', () => {
  it('takes the item nearest the shown one first, then works outward', () => {
    const browser = idleBrowser();
    const done: number[] = [];
    workWhenIdle(
      6,
      () => 3,
      (i) => done.push(i),
    );
    browser.period(50);
    expect(done).toEqual([3, 2, 4, 1, 5, 0]);
    expect(browser.waiting()).toBe(0);
  });

  it('follows the shown item when it moves between two picks', () => {
    const browser = idleBrowser();
    const done: number[] = [];
    let shown = 0;
    workWhenIdle(
      8,
      () => shown,
      (i) => {
        done.push(i);
        browser.spend(1);
      },
    );
    browser.period(3.5); // two items, then less than the 2 ms reserve is left
    shown = 7;
    browser.period(3.5);
    expect(done).toEqual([0, 1, 7, 6]);
  });

  it('leaves the reserve of each idle period and goes on in the next', () => {
    const browser = idleBrowser();
    const done: number[] = [];
    workWhenIdle(
      5,
      () => 0,
      (i) => {
        done.push(i);
        browser.spend(3);
      },
    );
    browser.period(6); // 6 ms left: an item; 3 ms left: another; none left: wait for the next period
    expect(done).toEqual([0, 1]);
    browser.period(1); // no time to spare
    expect(done).toEqual([0, 1]);
    browser.period(100);
    expect(done).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops when told to', () => {
    const browser = idleBrowser();
    const done: number[] = [];
    const stop = workWhenIdle(
      5,
      () => 0,
      (i) => {
        done.push(i);
        browser.spend(3);
      },
    );
    browser.period(4);
    stop();
    browser.period(100);
    expect(done).toEqual([0]);
    expect(browser.waiting()).toBe(0);
  });

  it('does nothing ahead where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const work = vi.fn();
    workWhenIdle(5, () => 0, work)();
    expect(work).not.toHaveBeenCalled();
  });
});
