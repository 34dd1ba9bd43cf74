// Workloads: the timeline's window set programmatically, as a date-range
// picker bound to `from` / `to` does, at 10,000 and 100,000 touchpoints given
// as `data`. Each run times the first render, then `after(page)` (the paged
// workloads' hook) calls the page's `runFrames()`, which here sets the 30
// windows of pages/touchpoint-window-data.js (15 zoom-ins of 0.8 around the
// centre, then 15 pans of +20 %), one per frame, and reports each change's
// latency to the end of the frame that shows it (pages/touchpoint-timeline-harness.js's
// playSteps): "change to paint" in the table. Page B is the same
// element given `data` again with each change, so each change reloads and
// validates every touchpoint: the cost of a window change before this path.
//   node bench/run.js --only touchpoint-timeline-window   # both sizes
import { after } from './touchpoint-timeline.js';

const SIZES = [
  // The goal: change to paint median <= 16.7 ms (one frame) and p95 <= 33 ms at 100k.
  { n: 10_000, label: '10k', goals: {} },
  { n: 100_000, label: '100k', goals: { medianPaintMs: 16.7, p95PaintMs: 33 } },
];

export default SIZES.map(({ n, label, goals }) => ({
  name: `touchpoint-timeline-window-${label}`,
  title: `Touchpoint timeline, programmatic window (from/to set 30×, change to paint), ${n.toLocaleString('en')} touchpoints as data`,
  pageA: `/bench/pages/touchpoint-window-waymark.html?n=${n}`,
  pageB: `/bench/pages/touchpoint-window-baseline.html?n=${n}`,
  goal: undefined,
  goals,
  after,
}));
