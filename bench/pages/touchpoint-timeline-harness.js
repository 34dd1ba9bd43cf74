// Timing shared by both touchpoint-timeline pages (harness.js's rules, plus
// frame times): `runBench()` times the first full render; `runFrames()`
// plays STEPS, one per frame, and reports each one's change-to-paint latency
// and the frame times (playSteps).
import { frame, timed } from './harness.js';
import { STEPS, input } from './touchpoint-timeline-data.js';

/**
 * The longest stretch the main thread ran script without a break: long
 * tasks (over 50 ms), and the scripts of long animation frames (work in
 * requestAnimationFrame callbacks, which long tasks leave out). 0 when
 * nothing reached 50 ms.
 */
const long = [];
for (const type of ['longtask', 'long-animation-frame']) {
  if (PerformanceObserver.supportedEntryTypes.includes(type)) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.entryType === 'longtask') long.push({ at: e.startTime, ms: e.duration });
        else for (const s of e.scripts) long.push({ at: s.startTime, ms: s.duration });
      }
    }).observe({ type, buffered: true });
  }
}
export const longestTask = (from, to) => Math.max(0, ...long.filter((t) => t.at >= from && t.at < to && t.ms >= 50).map((t) => t.ms));

/**
 * `work()` loads every page and draws; it resolves once the page says all is
 * drawn. It is timed as every workload is (harness.js's `timed`: the clock
 * stops after one more frame and a forced layout, so style, layout and
 * paint are in). `describe()` returns what is shown, in words both pages
 * compute alike (the like-for-like check); `plot()` the element that takes
 * the wheel events; `view()` the range in view, as text.
 */
export function timelineBench(work, describe, plot, view) {
  window.runBench = async () => {
    const { t0, ms } = await timed(work);
    // Untimed: page A words its view once drawing pauses (150 ms).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const first = describe();
    return { ms, longestTask: longestTask(t0, t0 + ms), shape: { count: 1, rendered: first.length ? 1 : 0, first } };
  };

  window.runFrames = () => playSteps(STEPS, (step) => input(plot(), step), view, describe);
}

/** Resolves in a task of its own: posted from a frame's rAF callback, it runs once that frame's rendering (style, layout, paint) is done. */
export const task = () => new Promise((resolve) => {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => resolve(performance.now());
  port2.postMessage(0);
});

/**
 * Plays `steps`, one per frame, each made by `apply(step)` in a task of its
 * own between frames, as the browser delivers input or a bound date picker
 * sets an attribute (`apply` may return a promise: the element's
 * `updateComplete`). Each step is timed from the change to the end of the
 * frame that shows it (paints): one more `requestAnimationFrame`, queued
 * after the element's draw callback so it runs in the same frame after the
 * draw, and from it a message, which runs once that frame is rendered. The
 * next step follows at once. Frame times are the gaps between the starts of
 * those frames: 16.7 ms at 60 Hz when a step's work (handler, drawing,
 * style, layout, paint) fits in one frame, longer when it does not.
 * `view()` is read after step 20, `describe()` once input pauses (the
 * element words its view 150 ms after the last change).
 */
export async function playSteps(steps, apply, view, describe) {
  const paints = [];
  const stamps = [];
  let midway;
  stamps.push(await frame());
  let painted = await task();
  for (const [i, step] of steps.entries()) {
    if (i === 20) midway = view();
    const t0 = performance.now();
    await apply(step);
    stamps.push(await frame());
    painted = await task();
    paints.push(painted - t0);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const frames = stamps.slice(1).map((t, i) => t - stamps[i]);
  return { frames, paints, longestFrameTask: longestTask(stamps[0], painted), after: [`after 20 steps: ${midway}`, ...describe()] };
}
