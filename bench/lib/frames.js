// The second kind of result, for workloads with an `after(page)` hook (the
// touchpoint timeline): besides the render time, each run reports its frame
// times, each step's change-to-paint latency, its heap after garbage
// collection and its longest task. Here those
// are summarised over the runs and checked against the workload's goals.
import { median, percentile } from './stats.js';

const MB = 2 ** 20;

/** What one run keeps in the raw JSON (the DOM description is kept once, from the warm-up). */
export const rawRun = ({ ms, frames, paints, heapBytes, totalHeapBytes, longestTask, longestFrameTask, firstShown }) =>
  ({ ms, frames, paints, heapBytes, totalHeapBytes, longestTask, longestFrameTask, firstShown });

/**
 * One page's runs, each summarised first (median and p95 of its frames and of
 * its change-to-paint latencies), then the median over runs of each figure. `longestTask` is the longer of the
 * render's and the steps' longest task (0 when none reached 50 ms).
 */
export function summarizeFrames(runs) {
  const over = (f) => median(runs.map(f));
  return {
    frameMedian: over((r) => median(r.frames)),
    frameP95: over((r) => percentile(r.frames, 95)),
    paintMedian: over((r) => median(r.paints)),
    paintP95: over((r) => percentile(r.paints, 95)),
    heapMB: over((r) => r.heapBytes) / MB,
    longestTask: over((r) => Math.max(r.longestTask, r.longestFrameTask)),
    ...(runs[0]?.firstShown === undefined ? {} : { firstShown: over((r) => r.firstShown) }),
  };
}

/**
 * The workload's goals as `[{ label, met }]`: `w.goal` bounds A/B of the
 * render medians (1 = no slower than the baseline); `w.goals` holds absolute
 * limits on page A: `renderMs`, `p95FrameMs`, `medianPaintMs`, `p95PaintMs`
 * (change to paint), `heapMB`, `firstPageMs` (first page painted after it arrived), `longestTaskMs`.
 * Without a page B (`w.pageB` unset) there is no ratio.
 * `r` is the measured result, with `ratio`, `a` and `frames`.
 */
export function checkGoals(w, r) {
  // Times are judged as the table shows them, to 0.1 ms: frame times are
  // differences of frame timestamps, so one 60 Hz frame comes out as
  // 16.700000000000273 and would fail a 16.7 ms goal that it meets.
  const atMost = (ms, limit) => Math.round(ms * 10) / 10 <= limit;
  const checks = [];
  const g = w.goals ?? {};
  if (w.goal !== undefined) checks.push({ label: w.goal === 1 ? 'render A ≤ B' : `render A ≤ ${w.goal}× B`, met: r.ratio <= w.goal });
  if (g.renderMs !== undefined) checks.push({ label: `render A ≤ ${g.renderMs} ms`, met: atMost(r.a.median, g.renderMs) });
  if (g.p95FrameMs !== undefined) checks.push({ label: `p95 frame A ≤ ${g.p95FrameMs} ms`, met: atMost(r.frames.a.frameP95, g.p95FrameMs) });
  if (g.medianPaintMs !== undefined) checks.push({ label: `median change to paint A ≤ ${g.medianPaintMs} ms`, met: atMost(r.frames.a.paintMedian, g.medianPaintMs) });
  if (g.p95PaintMs !== undefined) checks.push({ label: `p95 change to paint A ≤ ${g.p95PaintMs} ms`, met: atMost(r.frames.a.paintP95, g.p95PaintMs) });
  if (g.heapMB !== undefined) checks.push({ label: `heap A ≤ ${g.heapMB} MB`, met: r.frames.a.heapMB <= g.heapMB });
  if (g.firstPageMs !== undefined) checks.push({ label: `first page shown A ≤ ${g.firstPageMs} ms`, met: atMost(r.frames.a.firstShown, g.firstPageMs) });
  if (g.longestTaskMs !== undefined) checks.push({ label: `longest task A ≤ ${g.longestTaskMs} ms`, met: atMost(r.frames.a.longestTask, g.longestTaskMs) });
  return checks;
}
