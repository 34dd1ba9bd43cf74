// Page A: 200 <wm-stage-tracker> from the CDN bundle.
import '/dist/waymark.min.js';
import { benchmark } from './harness.js';
import { journeys, NOW } from './stage-trackers-data.js';

const root = document.getElementById('root');

/** Resolves after the tracker rendered its data (wm-load fires once that render is done). */
const loaded = (el) =>
  new Promise((resolve, reject) => {
    el.addEventListener('wm-load', resolve, { once: true });
    el.addEventListener('wm-error', (e) => reject(e.detail.error), { once: true });
  });

benchmark(
  async () => {
    const trackers = journeys.map((journey) => {
      const el = document.createElement('wm-stage-tracker');
      el.now = NOW;
      el.data = journey;
      return el;
    });
    const done = trackers.map(loaded);
    root.append(...trackers);
    await Promise.all(done);
    await Promise.all(trackers.map((el) => el.updateComplete));
  },
  () => root.children,
);
