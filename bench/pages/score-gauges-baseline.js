// Page B: the same 100 gauges, hand-written (score-gauges-baseline-gauge.js).
import { benchmark } from './harness.js';
import './score-gauges-baseline-gauge.js';
import { compareEveryHost, metrics } from './score-gauges-data.js';

const root = document.getElementById('root');
const hosts = () => root.children;

benchmark(
  async () => {
    const gauges = metrics.map((metric) => {
      const el = document.createElement('baseline-score-gauge');
      el.data = metric;
      return el;
    });
    root.append(...gauges);
  },
  hosts,
);
compareEveryHost(hosts);
