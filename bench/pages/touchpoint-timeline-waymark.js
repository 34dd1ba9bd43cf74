// Page A: one <wm-touchpoint-timeline> from the CDN bundle, loading every
// page through the adapter and drawing as pages arrive.
import '/dist/waymark.min.js';
import { timelineBench } from './touchpoint-timeline-harness.js';
import { FROM, TO, source } from './touchpoint-timeline-data.js';
import { describeTimeline, viewOf } from './touchpoint-timeline-words.js';

const root = document.getElementById('root');
let el;

const view = () => viewOf(el);
const describe = () => describeTimeline(el);

timelineBench(
  () =>
    new Promise((resolve, reject) => {
      el = document.createElement('wm-touchpoint-timeline');
      el.setAttribute('journey', 'bench');
      el.setAttribute('from', FROM);
      el.setAttribute('to', TO);
      el.adapter = source();
      // wm-load fires after the first page and again once the last page is in (no nextCursor).
      el.addEventListener('wm-load', (e) => !e.detail.data.nextCursor && resolve());
      el.addEventListener('wm-error', (e) => reject(e.detail.error));
      root.append(el);
    }),
  describe,
  () => el.shadowRoot.querySelector('[part="plot"]'),
  view,
);
