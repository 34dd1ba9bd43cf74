// Timing shared by both programmatic-window pages: `runBench()` times the first
// render (touchpoint-timeline-harness.js), `runFrames()` sets the 30 windows,
// one per frame, and reports each one's change-to-paint latency.
import { playSteps, timelineBench } from './touchpoint-timeline-harness.js';
import { WINDOWS } from './touchpoint-window-data.js';

/**
 * `setWindow(from, to)` makes the change as a bound date picker would and
 * resolves once the change is made (page A: the element's `updateComplete`,
 * when its draw is queued for the next animation frame); playSteps times each
 * change to the end of the frame that shows it.
 */
export function windowBench(work, describe, plot, view, setWindow) {
  timelineBench(work, describe, plot, view);
  window.runFrames = () => playSteps(WINDOWS, ([from, to]) => setWindow(from, to), view, describe);
}
