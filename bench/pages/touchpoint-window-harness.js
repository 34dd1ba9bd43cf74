// Timing shared by both programmatic-window pages: `runBench()` times the first
// render (touchpoint-timeline-harness.js), `runFrames()` sets the 30 windows,
// one per frame, and reports each one's change-to-paint latency.
import { frame } from './harness.js';
import { timelineBench } from './touchpoint-timeline-harness.js';
import { WINDOWS } from './touchpoint-window-data.js';

/** Resolves in a task of its own: posted from a frame's rAF callback, it runs once that frame's rendering (style, layout, paint) is done. */
const task = () => new Promise((resolve) => {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => resolve(performance.now());
  port2.postMessage(0);
});

/**
 * `setWindow(from, to)` makes the change as a bound date picker would (in a
 * task of its own, between frames) and resolves once the change is drawn:
 * page A after the element's `updateComplete`, when its draw is queued for
 * the next animation frame. Each change is then timed up to the end of the
 * frame that shows it: one more `requestAnimationFrame` (queued after the
 * element's draw callback, so it runs in the same frame, after the draw), and
 * from it a message, which runs once that frame is rendered. The next change
 * follows at once: one change per frame.
 */
export function windowBench(work, describe, plot, view, setWindow) {
  timelineBench(work, describe, plot, view);
  window.runFrames = async () => {
    const latencies = [];
    let zoomedIn;
    await frame();
    await task();
    for (const [i, [from, to]] of WINDOWS.entries()) {
      if (i === 20) zoomedIn = view();
      const t0 = performance.now();
      await setWindow(from, to);
      await frame();
      latencies.push((await task()) - t0);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { frames: latencies, longestFrameTask: 0, after: [`after 20 windows: ${zoomedIn}`, ...describe()] };
  };
}
