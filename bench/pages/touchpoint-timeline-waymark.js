// Page A: one <wm-touchpoint-timeline> from the CDN bundle, loading every
// page through the adapter and drawing as pages arrive.
import '/dist/waymark.min.js';
import { timelineBench } from './touchpoint-timeline-harness.js';
import { FROM, TO, source } from './touchpoint-timeline-data.js';

const root = document.getElementById('root');
let el;

/** An instant to the second: both pages do the same arithmetic, but not always in the same order. */
const second = (d) => new Date(Math.round(+d / 1000) * 1000).toISOString();

const view = () => `${second(el.visibleRange.from)} – ${second(el.visibleRange.to)}`;

/** What is shown, in the words page B uses too (read from the element's own text). */
function describe() {
  const shadow = el.shadowRoot;
  const range = shadow.querySelector('[part="range"]')?.textContent ?? '';
  const [, inView, total] = /([\d,]+) of ([\d,]+) touchpoints in view/.exec(range) ?? [];
  return [
    `touchpoints: ${total?.replace(/,/g, '')}`,
    `lanes: ${[...shadow.querySelectorAll('[part="lane-label"]')].map((l) => l.textContent.trim()).join(' ')}`,
    `view: ${view()}`,
    `in view: ${inView?.replace(/,/g, '')}`,
  ];
}

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
