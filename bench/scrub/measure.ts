// In the page: one slider step, timed from the input to the end of the frame that paints it.
import type { Page } from 'playwright-core';

export interface StepTimes {
  durations: number[];
  /** Steps in which the app did not restyle the districts before the frame ended (must be 0). */
  unpainted: number;
}

/**
 * Each step starts inside a requestAnimationFrame callback (the start of a frame, so no time is
 * spent waiting for the next vsync): mark `scrub:start`, move the slider as a user's drag does
 * (value + input event). React renders and its effects restyle the districts and paint the canvas
 * before this frame's style, layout and paint; a message posted from the callback is handled right
 * after that frame is rendered, where `scrub:painted` is marked. The measure between the two marks
 * is the step's time. A step counts as painted only if the app's `districts-restyled` mark falls
 * between them.
 */
export function measureSteps(page: Page, indexes: readonly number[]): Promise<StepTimes> {
  return page.evaluate(async (steps) => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="date-slider"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const durations: number[] = [];
    let unpainted = 0;
    for (const index of steps) {
      const { duration, painted } = await new Promise<{ duration: number; painted: boolean }>((done) => {
        requestAnimationFrame(() => {
          performance.clearMarks();
          performance.clearMeasures();
          const start = performance.mark('scrub:start').startTime;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const end = performance.mark('scrub:painted').startTime;
            const restyled = performance.getEntriesByName('districts-restyled', 'mark').some((m) => m.startTime >= start && m.startTime <= end);
            done({ duration: performance.measure('scrub', 'scrub:start', 'scrub:painted').duration, painted: restyled });
          };
          channel.port2.postMessage(null);
          setValue.call(slider, String(index));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        });
      });
      durations.push(duration);
      if (!painted) unpainted++;
      // Let the frame after settle (labels, tooltips) before the next step.
      await new Promise((r) => setTimeout(r, 20));
    }
    return { durations, unpainted };
  }, indexes);
}

/** Forward through every day and back, `rounds` times. */
export function sweep(days: number, rounds: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 1; i < days; i++) out.push(i);
    for (let i = days - 2; i >= 0; i--) out.push(i);
  }
  return out;
}
