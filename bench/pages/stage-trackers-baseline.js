// Page B: the same 200 trackers, hand-written (baseline-stage-tracker.js).
import './baseline-stage-tracker.js';
import { createAll } from './elements.js';
import { benchmark } from './harness.js';
import { journeys, NOW } from './stage-trackers-data.js';

const root = document.getElementById('root');

benchmark(
  async () => {
    root.append(...createAll('baseline-stage-tracker', journeys, (el, journey) => {
      el.now = NOW;
      el.data = journey;
    }));
  },
  () => root.children,
);
