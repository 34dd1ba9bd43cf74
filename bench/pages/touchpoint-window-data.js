// What both programmatic-window pages load and do: N touchpoints (?n=) over two
// years across six channels, given whole (as `data` on page A), and the 30
// windows a date-range picker bound to `from` / `to` would set.
import { generateTimeline } from '/fixtures/touchpoints.js';
import { CHANNELS, COUNT, FROM, TO } from './touchpoint-timeline-data.js';

export { COUNT, FROM, TO };

/** The same seed and spread as the paged workloads, made up front: page A gets it as `data`. */
export const timeline = () => generateTimeline({ count: COUNT, from: FROM, to: TO, channels: CHANNELS, seed: 2 });

const iso = (t) => new Date(Math.round(t)).toISOString();

/** 15 zoom-ins of 0.8 around the centre, then 15 pans of +20 % of the width: [from, to] ISO pairs. */
export const WINDOWS = (() => {
  let from = Date.parse(FROM);
  let to = Date.parse(TO);
  const out = [];
  for (let i = 0; i < 15; i++) {
    const mid = (from + to) / 2;
    const half = ((to - from) * 0.8) / 2;
    [from, to] = [mid - half, mid + half];
    out.push([iso(from), iso(to)]);
  }
  for (let i = 0; i < 15; i++) {
    const shift = (to - from) * 0.2;
    [from, to] = [from + shift, to + shift];
    out.push([iso(from), iso(to)]);
  }
  return out;
})();
