// Page B: the same 100 gauges, hand-written (score-gauges-baseline-gauge.js).
import './score-gauges-baseline-gauge.js';
import { createAll } from './elements.js';
import { benchmark } from './harness.js';
import { compareEveryHost, metrics } from './score-gauges-data.js';

const root = document.getElementById('root');
const hosts = () => root.children;

benchmark(
  async () => {
    root.append(...createAll('baseline-score-gauge', metrics, (el, metric) => { el.data = metric; }));
  },
  hosts,
);
compareEveryHost(hosts);
