// Page A: 200 <wm-stage-tracker> from the CDN bundle.
import '/dist/waymark.min.js';
import { appendLoaded, createAll } from './elements.js';
import { benchmark } from './harness.js';
import { journeys, NOW } from './stage-trackers-data.js';

const root = document.getElementById('root');

benchmark(
  () => appendLoaded(root, createAll('wm-stage-tracker', journeys, (el, journey) => {
    el.now = NOW;
    el.data = journey;
  })),
  () => root.children,
);
