// Page A: one <wm-journey-map> from the CDN bundle, given the seeded map of
// `?map=` (12x10 or 60x20, pages/journey-map-data.js, built before the clock
// starts) as `data`; the render is done at its wm-load and updateComplete.
import '/dist/waymark.min.js';
import { appendLoaded } from './elements.js';
import { benchmark } from './harness.js';
import { describeTable, mapOfPage } from './journey-map-data.js';

const root = document.getElementById('root');
const map = mapOfPage();

benchmark(
  async () => {
    const el = document.createElement('wm-journey-map');
    el.data = map;
    await appendLoaded(root, [el]);
  },
  () => root.children,
  (host) => describeTable(host.shadowRoot.querySelector('table')),
);
