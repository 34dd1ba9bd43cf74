// Page A: 100 <wm-score-gauge> from the CDN bundle, each given its metric as `data`.
import '/dist/waymark.min.js';
import { appendLoaded, createAll } from './elements.js';
import { benchmark } from './harness.js';
import { compareEveryHost, metrics } from './score-gauges-data.js';

const root = document.getElementById('root');
const hosts = () => root.children;

benchmark(
  () => appendLoaded(root, createAll('wm-score-gauge', metrics, (el, metric) => { el.data = metric; })),
  hosts,
);
compareEveryHost(hosts);
