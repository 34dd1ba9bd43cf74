// Page B: the same 200 trackers, hand-written (baseline-stage-tracker.js).
import { benchmark } from './harness.js';
import './baseline-stage-tracker.js';
import { journeys, NOW } from './stage-trackers-data.js';

const root = document.getElementById('root');

benchmark(
  async () => {
    const trackers = journeys.map((journey) => {
      const el = document.createElement('baseline-stage-tracker');
      el.now = NOW;
      el.data = journey;
      return el;
    });
    root.append(...trackers);
  },
  () => root.children,
);
