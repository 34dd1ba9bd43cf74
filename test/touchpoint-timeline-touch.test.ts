// Touch on the timeline's plot, through Chromium's real input pipeline
// (test/server/touch.js sends CDP Input.dispatchTouchEvent): one finger pans,
// two fingers pinch-zoom, a vertical swipe scrolls the page. Synthetic events
// dispatched from the page would bypass touch-action and scrolling, which is
// what these tests are about.
//
// Chromium only: Firefox and WebKit have no DevTools protocol to send touch
// with. In those engines the suite is not registered, and the log says why
// (describeIn, test/helpers/engine.ts), instead of tests that could only pass
// by not touching anything.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import { generateTimeline } from '../fixtures/touchpoints.js';
import { DEVTOOLS, describeIn } from './helpers/engine.js';
import { $, partRendered, text, until } from './helpers/setup.js';

interface Point {
  x: number;
  y: number;
}
interface TouchAnswer {
  supported: boolean;
  reason?: string;
}

const touch = (strokes: Point[][], steps = 8) => executeServerCommand<TouchAnswer, { strokes: Point[][]; steps: number }>('touch', { strokes, steps });

const FROM = '2025-03-01T00:00:00Z';
const TO = '2025-03-31T00:00:00Z';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A timeline between tall spacers, so the page can scroll both ways; the plot is brought to the middle of the viewport. */
async function timeline(dir: 'ltr' | 'rtl' = 'ltr') {
  const wrap = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 700px">
    <div style="height: 150vh"></div>
    <div class="slot"></div>
    <div style="height: 150vh"></div>
  </div>`);
  const el = document.createElement('wm-touchpoint-timeline');
  el.data = generateTimeline({ count: 120, from: FROM, to: TO, seed: 3 });
  wrap.querySelector('.slot')!.append(el);
  await partRendered(el, 'plot');
  await until(() => text($(el, '[part="range"]')), 'the range line');
  const plot = $(el, '[part="plot"]')!;
  plot.scrollIntoView({ block: 'center' });
  await frames();
  return { el, plot, wrap };
}

const view = (el: TouchpointTimeline) => {
  const { from, to } = el.visibleRange!;
  return { from: +from, to: +to, span: +to - +from, mid: (+from + +to) / 2 };
};

/** The time drawn at client x on the plot (the axis runs right to left in RTL). */
function timeAt(el: TouchpointTimeline, plot: HTMLElement, x: number): number {
  const r = plot.getBoundingClientRect();
  const v = view(el);
  const f = (x - r.left) / r.width;
  return v.from + (getComputedStyle(el).direction === 'rtl' ? 1 - f : f) * v.span;
}

describeIn(['chromium'], DEVTOOLS, 'wm-touchpoint-timeline: touch', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('zooms in under the fingers when two fingers pinch apart', async () => {
    const { el, plot } = await timeline();
    const r = plot.getBoundingClientRect();
    // Zoomed in a little first, so the pinch centre is free to stay put (a full view is clamped to the data).
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-in"]')!.click();
    const before = view(el);
    // Off centre, so zooming about the middle instead would move the time under the fingers by a fifth of the span.
    const cx = r.left + r.width * 0.25;
    const y = r.top + r.height / 2;
    const anchor = timeAt(el, plot, cx);
    await touch([
      [{ x: cx - 25, y }, { x: cx - 100, y }],
      [{ x: cx + 25, y }, { x: cx + 100, y }],
    ]);
    await frames();
    const after = view(el);
    // Fingers 50 px apart, then 200: a quarter of the span.
    expect(after.span).to.be.closeTo(before.span / 4, before.span * 0.05);
    // The time under the pinch centre stays under it.
    expect(timeAt(el, plot, cx)).to.be.closeTo(anchor, before.span * 0.02);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`shows earlier times when one finger drags the plot towards the end of the line (${dir})`, async () => {
      const { el, plot } = await timeline(dir);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-in"]')!.click();
      const before = view(el);
      await until(() => text($(el, '[part="range"]')).endsWith('in view') && !/120 of 120/.test(text($(el, '[part="range"]'))), 'the zoomed range line');
      const line = text($(el, '[part="range"]'));
      const scrollY = window.scrollY;
      const r = plot.getBoundingClientRect();
      const y = r.top + r.height / 2;
      // Left to right, later times are on the right: dragging right brings earlier ones into view. RTL mirrors it.
      const [start, end] = dir === 'ltr' ? [r.left + r.width * 0.3, r.left + r.width * 0.7] : [r.left + r.width * 0.7, r.left + r.width * 0.3];
      await touch([[{ x: start, y }, { x: end, y: y + 6 }]]);
      await frames();
      const after = view(el);
      expect(after.span).to.be.closeTo(before.span, before.span * 0.001);
      // 40% of the plot's width: 40% of the span earlier (less the slop before a drag starts).
      expect(after.from).to.be.below(before.from - before.span * 0.3);
      expect(window.scrollY).to.equal(scrollY);
      expect(el.hasAttribute('selected')).to.equal(false);
      // The range line above the plot says so once the drag settles.
      await until(() => text($(el, '[part="range"]')) !== line, 'the range line to follow');
    });
  }

  it('leaves a vertical swipe to the page: it scrolls, the time in view stays', async () => {
    const { el, plot } = await timeline();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-in"]')!.click();
    const before = view(el);
    const scrollY = window.scrollY;
    const r = plot.getBoundingClientRect();
    const x = r.left + r.width / 2;
    // Mostly vertical, a little sideways, as a thumb swipes.
    await touch([[{ x, y: r.top + r.height - 10 }, { x: x + 20, y: r.top + 10 }]], 12);
    await until(() => window.scrollY > scrollY + 50, 'the page to scroll');
    await frames();
    const after = view(el);
    expect(after).to.deep.equal(before);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('puts the time back when a swipe that began sideways turns into a page scroll', async () => {
    const { el, plot } = await timeline();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-in"]')!.click();
    const before = view(el);
    const scrollY = window.scrollY;
    const r = plot.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height - 10];
    // Sideways for a few px (enough for the plot to start panning), then up: the browser decides it is a scroll and cancels the drag.
    await touch([[{ x, y }, { x: x + 8, y }, { x: x + 28, y: r.top + 10 }]], 8);
    await until(() => window.scrollY > scrollY + 50, 'the page to scroll');
    await frames();
    expect(view(el)).to.deep.equal(before);
  });
});
