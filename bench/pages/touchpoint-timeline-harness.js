// Timing shared by both touchpoint-timeline pages (harness.js's rules, plus
// frame times): `runBench()` times the first full render; `runFrames()`
// plays STEPS one per animation frame and reports the frame times.
import { frame, timed } from './harness.js';
import { STEPS, wheel } from './touchpoint-timeline-data.js';

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
const longestTask = (from, to) => Math.max(0, ...long.filter((t) => t.at >= from && t.at < to && t.ms >= 50).map((t) => t.ms));

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

  /**
   * One step per animation frame, dispatched at the start of the frame. A
   * frame's time is the gap between its start and the next frame's start:
   * 16.7 ms when the step's work (handler, drawing, style, layout, paint)
   * fits in a frame at 60 Hz, longer when it does not.
   */
  window.runFrames = async () => {
    const target = plot();
    const stamps = [];
    let zoomedIn;
    await frame();
    for (const [i, step] of STEPS.entries()) {
      await new Promise((resolve) => requestAnimationFrame((t) => {
        stamps.push(t);
        if (i === 20) zoomedIn = view();
        wheel(target, step);
        resolve();
      }));
    }
    stamps.push(await frame());
    // Page A words the view once input pauses (150 ms): let it settle before describing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const frames = stamps.slice(1).map((t, i) => t - stamps[i]);
    return { frames, longestFrameTask: longestTask(stamps[0], stamps.at(-1)), after: [`after 20 steps: ${zoomedIn}`, ...describe()] };
  };
}
