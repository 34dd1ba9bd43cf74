// The data both score-gauge pages render: 100 metrics, a mix of NPS, CSAT and
// health (in turn), with values spread over every band, a previous value (up,
// down and flat), a target, and for the surveys a sample size, every tenth one
// under 30 (the low-sample warning). No history: the workload has no trend, so
// chart.js is not involved.
import { signature } from './harness.js';

export const COUNT = 100;
const KINDS = ['nps', 'csat', 'health'];
const RANGES = { nps: [-100, 100], csat: [0, 100], health: [0, 100] };
const LABELS = { nps: 'Net Promoter Score', csat: 'Customer satisfaction', health: 'Account health' };

function metric(i) {
  const kind = KINDS[i % 3];
  const step = Math.floor(i / 3);
  // Spread over each kind's range and bands; deterministic, so every run draws the same.
  const value = kind === 'nps' ? ((step * 37) % 181) - 80 : kind === 'csat' ? 45 + ((step * 13) % 55) : 15 + ((step * 17) % 85);
  const [min, max] = RANGES[kind];
  const previous = Math.min(max, Math.max(min, value - [4, -3, 0, 7, -6][i % 5]));
  const m = {
    id: `${kind}-${i}`, kind, label: `${LABELS[kind]} ${i + 1}`, value, previous,
    target: kind === 'nps' ? 40 : kind === 'csat' ? 90 : 70,
  };
  if (kind !== 'health') m.sampleSize = i % 10 === 1 ? 18 + (i % 7) : 40 + i * 11;
  return m;
}

/** Built before the clock starts: the workload is rendering, not making data. */
export const metrics = Array.from({ length: COUNT }, (_, i) => metric(i));

/**
 * The DOM check compares every gauge, not only the first: with three kinds,
 * bands, change directions and the low-sample warning, the first gauge alone
 * would leave most branches unchecked. Wraps the harness's `benchShape` (after
 * `benchmark()`), outside the timed region, so `shape.first` holds all of them.
 */
export function compareEveryHost(hosts) {
  const shape = window.benchShape;
  window.benchShape = () => ({ ...shape(), first: [...hosts()].flatMap((h, i) => signature(h).map((line) => `#${i} ${line}`)) });
}
