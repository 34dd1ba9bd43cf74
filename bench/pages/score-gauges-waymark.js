// Page A: 100 <wm-score-gauge> from the CDN bundle, each given its metric as `data`.
import '/dist/waymark.min.js';
import { benchmark } from './harness.js';
import { compareEveryHost, metrics } from './score-gauges-data.js';

const root = document.getElementById('root');
const hosts = () => root.children;

/** Resolves after the gauge rendered its metric (wm-load fires once that render is done). */
const loaded = (el) =>
  new Promise((resolve, reject) => {
    el.addEventListener('wm-load', resolve, { once: true });
    el.addEventListener('wm-error', (e) => reject(e.detail.error), { once: true });
  });

benchmark(
  async () => {
    const gauges = metrics.map((metric) => {
      const el = document.createElement('wm-score-gauge');
      el.data = metric;
      return el;
    });
    const done = gauges.map(loaded);
    root.append(...gauges);
    await Promise.all(done);
    await Promise.all(gauges.map((el) => el.updateComplete));
  },
  hosts,
);
compareEveryHost(hosts);
