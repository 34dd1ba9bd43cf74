// Both programmatic-window pages: one <wm-touchpoint-timeline> from the CDN
// bundle, given every touchpoint as `data`, its window then set through
// `from` / `to`. Page A does only that; page B also gives `data` again with
// each change (a new object with the same touchpoints), which makes the
// element reload and validate it all, as every window change did before
// `from` / `to` stopped being load arguments.
import '/dist/waymark.min.js';
import { windowBench } from './touchpoint-window-harness.js';
import { FROM, TO, timeline } from './touchpoint-window-data.js';
import { describeTimeline, viewOf } from './touchpoint-timeline-words.js';

const root = document.getElementById('root');
const data = timeline();
let el;

const view = () => viewOf(el);
const describe = () => describeTimeline(el);

/** Sets up the page; `reload` makes each window change a reload of the data too (page B). */
export const windowPage = (reload) => windowBench(
  async () => {
    el = document.createElement('wm-touchpoint-timeline');
    el.setAttribute('from', FROM);
    el.setAttribute('to', TO);
    el.data = data;
    root.append(el);
    await el.updateComplete;
  },
  describe,
  () => el.shadowRoot.querySelector('[part="plot"]'),
  view,
  (from, to) => {
    el.setAttribute('from', from);
    el.setAttribute('to', to);
    if (reload) el.data = { ...data };
    return el.updateComplete;
  },
);
