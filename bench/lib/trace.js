// Where the timed region's main-thread time goes, from a Chromium trace
// (categories TRACE_CATEGORIES): self time per trace event, grouped.

export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline'];

const GROUPS = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/],
  ['layout', /^(Layout|UpdateLayerTree|PrePaint|IntersectionObserverController::computeIntersections)$/],
  ['paint', /^(Paint|PaintImage|Layerize|Commit|UpdateLayer|RasterTask)$/],
  ['gc', /GC/],
];
const group = (name) => GROUPS.find(([, re]) => re.test(name))?.[0] ?? 'script & DOM';

/**
 * Self time (ms) by group and by event name on the thread that recorded the
 * `bench-start` / `bench-end` marks, between them. JavaScript slices
 * (FunctionCall, RunMicrotasks, v8.callFunction…) keep the DOM work they do
 * natively, so "script & DOM" is everything not style, layout, paint or GC.
 */
export function breakdown(trace) {
  const events = trace.traceEvents ?? trace;
  const mark = (n) => events.find((e) => e.name === n && e.cat.includes('blink.user_timing'));
  const start = mark('bench-start');
  const end = mark('bench-end');
  if (!start || !end) throw new Error('The trace has no bench-start / bench-end marks.');
  // Slices that straddle a mark (the animation frame the work starts in) are clipped to the region.
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts < end.ts && e.ts + (e.dur ?? 0) > start.ts)
    .map((e) => {
      const ts = Math.max(e.ts, start.ts);
      return { name: e.name, ts, dur: Math.min(e.ts + e.dur, end.ts) - ts };
    })
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const add = (e, d) => self.set(e.name, (self.get(e.name) ?? 0) + d);
  for (const e of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) add(stack.at(-1), -e.dur);
    add(e, e.dur);
    stack.push(e);
  }
  const byEvent = [...self].map(([name, us]) => ({ name, group: group(name), ms: us / 1000 })).filter((x) => x.ms >= 0.05).sort((a, b) => b.ms - a.ms);
  const groups = {};
  for (const x of byEvent) groups[x.group] = (groups[x.group] ?? 0) + x.ms;
  return { totalMs: (end.ts - start.ts) / 1000, groups, byEvent };
}
