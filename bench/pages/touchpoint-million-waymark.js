// The million-touchpoint workloads' page: one <wm-touchpoint-timeline> from
// the CDN bundle with 1,000,000 touchpoints over two years across six
// channels. `?mode=paged` (touchpoint-timeline-1m-paged): through a
// generating adapter that answers 100 pages of 10,000 by cursor, whatever
// limit the element asks for, as a server with a fixed page size does.
// `?mode=data` (touchpoint-timeline-1m-data): the same touchpoints generated
// before the clock starts and given as `data`.
//
// `runBench()` times from the element's creation until every touchpoint is
// in and drawn (paged: the last `wm-load`; data: the first update), and
// reports the longest task in that time and, paged, how long after the
// first page arrived (the adapter's answer) its touchpoints were painted.
// `runFrames()` plays the 40 steps of the other timeline workloads.
// `dropTimeline()` removes the element, so that bench/workloads/touchpoint-million.js
// can tell the heap the element holds from the page's own (the data).
import '/dist/waymark.min.js';
import { frame, timed } from './harness.js';
import { longestTask, playSteps, task } from './touchpoint-timeline-harness.js';
import { CHANNELS, FROM, STEPS, TO, input } from './touchpoint-timeline-data.js';
import { generateTimeline, generateTouchpoints, touchpointAdapter } from '/fixtures/touchpoints.js';
import { describeTimeline, viewOf } from './touchpoint-timeline-words.js';

const params = new URLSearchParams(location.search);
const COUNT = Number(params.get('n') ?? 1_000_000);
const PAGED = params.get('mode') !== 'data';
/** The adapter's page size: every answer but the last has this many touchpoints. */
const PAGE = 10_000;
/** Touchpoints generated at a time: the adapter stands in for the network, so its own work must not block the page. */
const SLICE = 1000;
const SET = { count: COUNT, from: FROM, to: TO, channels: CHANNELS, seed: 2 };

const root = document.getElementById('root');
let el;
let data = PAGED ? undefined : generateTimeline(SET);
/** When the first page was handed to the element. */
let arrived;

/**
 * Pages of PAGE by cursor (the index of the page's first touchpoint), made on
 * request in slices with a task break between them. A window outside the
 * whole set (the steps pan past its ends) goes to the fixture's adapter,
 * which filters by time.
 */
function generatingAdapter() {
  const filtered = touchpointAdapter(SET);
  const whole = (q) => (!q.from || Date.parse(q.from) <= Date.parse(FROM)) && (!q.to || Date.parse(q.to) >= Date.parse(TO));
  return {
    journey: filtered.journey,
    async touchpoints(q, ro) {
      if (!whole(q)) return filtered.touchpoints(q, ro);
      const start = Number(q.cursor ?? 0);
      const end = Math.min(COUNT, start + PAGE);
      const items = [];
      for (let at = start; at < end; at += SLICE) {
        await task();
        if (ro?.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
        items.push(...generateTouchpoints({ ...SET, start: at, end: Math.min(end, at + SLICE) }));
      }
      if (start === 0) arrived = performance.now();
      return end < COUNT ? { items, nextCursor: String(end) } : { items };
    },
  };
}

const describe = () => describeTimeline(el);

window.runBench = async () => {
  let firstShown;
  const { t0, ms } = await timed(() => new Promise((resolve, reject) => {
    el = document.createElement('wm-touchpoint-timeline');
    el.setAttribute('from', FROM);
    el.setAttribute('to', TO);
    el.addEventListener('wm-error', (e) => reject(e.detail.error));
    if (PAGED) {
      el.setAttribute('journey', 'bench');
      el.adapter = generatingAdapter();
      el.addEventListener('wm-load', async (e) => {
        if (e.detail.data.nextCursor) {
          // The first page is rendered (wm-load follows the update): the frame after draws the plot.
          await frame();
          firstShown = (await task()) - arrived;
        } else resolve();
      });
      root.append(el);
    } else {
      el.data = data;
      root.append(el);
      el.updateComplete.then(resolve);
    }
  }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const first = describe();
  return { ms, firstShown, longestTask: longestTask(t0, t0 + ms), shape: { count: 1, rendered: first.length ? 1 : 0, first } };
};

window.runFrames = () => playSteps(STEPS, (step) => input(el.shadowRoot.querySelector('[part="plot"]'), step), () => viewOf(el), describe);

window.dropTimeline = () => {
  el.remove();
  el = undefined;
};
