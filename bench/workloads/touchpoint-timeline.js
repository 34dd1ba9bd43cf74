// Workloads: one touchpoint timeline at 1,000, 10,000 and 100,000 touchpoints
// over two years across six channels, against a hand-written DOM timeline
// (one element per touchpoint in view). Each run times the first full render
// (`runBench`, as every workload), then bench/run.js calls `after(page)` on
// the same page: it plays 40 input steps (wheel zooms and pans, a mouse drag,
// a two-finger pinch, zoom and pan keys; pages/touchpoint-timeline-data.js),
// one per frame, for frame times and each step's change-to-paint latency, and
// reads the JS heap after garbage collection. bench/lib/frames.js summarises those
// and checks `goals`; bench/lib/report.js puts them in a table of their own.
//   node bench/run.js --only touchpoint-timeline       # all three sizes
//   node bench/run.js --only touchpoint-timeline-10k   # one

import windowWorkloads from './touchpoint-window.js';
import millionWorkloads from './touchpoint-million.js';

const SIZES = [
  // The goals: at 10k, render no slower than the baseline and p95 frame <= 33 ms;
  // at 100k, render <= 1 s, heap <= 60 MB, and every kind of input step in one frame (p95 frame
  // <= 16.7 ms, 60 Hz; it was <= 50 ms before change to paint was measured). 1k has none: reported only.
  { n: 1_000, label: '1k', goal: undefined, goals: {} },
  { n: 10_000, label: '10k', goal: 1, goals: { p95FrameMs: 33 } },
  { n: 100_000, label: '100k', goal: undefined, goals: { renderMs: 1000, p95FrameMs: 16.7, heapMB: 60 } },
];

/** Plays the steps (page's `runFrames`), then collects garbage and reads the heap through CDP. */
export async function after(page) {
  const { frames, paints, longestFrameTask, after: shownAfter } = await page.evaluate(() => window.runFrames());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { frames, paints, longestFrameTask, shownAfter, heapBytes: usedSize };
}

export const WORKLOADS = SIZES.map(({ n, label, goal, goals }) => ({
  name: `touchpoint-timeline-${label}`,
  title: `Touchpoint timeline, ${n.toLocaleString('en')} touchpoints (2 years, 6 channels)`,
  pageA: `/bench/pages/touchpoint-timeline-waymark.html?n=${n}`,
  pageB: `/bench/pages/touchpoint-timeline-baseline.html?n=${n}`,
  goal,
  goals,
  after,
}));

// The programmatic-window and million-touchpoint workloads belong to this family (`--only touchpoint-timeline` runs them too).
export default [...WORKLOADS, ...windowWorkloads, ...millionWorkloads];
