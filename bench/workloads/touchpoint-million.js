// Workloads: one touchpoint timeline with 1,000,000 touchpoints (2 years, six
// channels), page A only: a hand-written DOM timeline of a million elements
// is no baseline worth waiting for. `-paged` loads them through a generating
// adapter in 100 pages of 10,000 by cursor (pages/touchpoint-million-waymark.js);
// `-data` is given them all as `data`. Render is the time from the element's
// creation until every touchpoint is in and drawn; "first page" (paged) the
// time from the adapter's answer to the paint that shows it; then the 40
// steps of the other timeline workloads; heap is the element's own: the heap
// after garbage collection with the element, less the heap once it is removed
// (the page's own data, in `-data`, stays on both sides), typed arrays' buffers included.
//   node bench/run.js --only touchpoint-timeline-1m   # both
import { after as steps } from './touchpoint-timeline.js';

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { used: usedSize, buffers: backingStorageSize };
}

async function after(page) {
  const run = await steps(page);
  const withEl = await heap(page);
  await page.evaluate(() => window.dropTimeline());
  // Let the element's pending frames and timers run out before measuring without it.
  await page.waitForTimeout(500);
  const without = await heap(page);
  // The typed arrays' buffers live outside the JS heap that the other workloads report: counted here.
  return { ...run, totalHeapBytes: run.heapBytes + withEl.buffers, heapBytes: run.heapBytes + withEl.buffers - without.used - without.buffers };
}

// The goals: all pages in <= 6 s, the first page shown <= 300 ms after it arrives, no task over 50 ms,
// p95 frame <= 33 ms over the steps, <= 120 MB of heap of its own. As data: frames and heap alike.
export default [
  {
    name: 'touchpoint-timeline-1m-paged',
    title: 'Touchpoint timeline, 1,000,000 touchpoints in 100 pages of 10,000 (generating adapter, page A only)',
    pageA: '/bench/pages/touchpoint-million-waymark.html?mode=paged',
    goals: { renderMs: 6000, firstPageMs: 300, longestTaskMs: 50, p95FrameMs: 33, heapMB: 120 },
    after,
  },
  {
    name: 'touchpoint-timeline-1m-data',
    title: 'Touchpoint timeline, 1,000,000 touchpoints as data (page A only)',
    pageA: '/bench/pages/touchpoint-million-waymark.html?mode=data',
    goals: { p95FrameMs: 33, heapMB: 120 },
    after,
  },
];
