// data-wm-theme on an ancestor forces light or dark, in every engine: the
// elements mirror the nearest one in their `theme` attribute, which the
// shared styles key on (`:host-context()` works in Chromium only).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/waymark.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import { lifecycleJourney } from '../fixtures/journeys.js';
import { generateTouchpoints } from '../fixtures/touchpoints.js';
import { $, partRendered } from './helpers/setup.js';

const DARK_SURFACE = 'rgb(21, 24, 28)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const scheme = (el: Element) => getComputedStyle(el).colorScheme;
const surface = (el: Element) => getComputedStyle($(el, '.base')!).backgroundColor;
/** The system's own scheme, for the elements that follow it. */
const systemSurface = () => (matchMedia('(prefers-color-scheme: dark)').matches ? DARK_SURFACE : LIGHT_SURFACE);
const LIGHT_BORDER = [207, 213, 220];
const DARK_BORDER = [59, 66, 75];
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/** Whether some canvas pixel is exactly the opaque colour `rgb`. */
function drawn(canvas: HTMLCanvasElement, [r, g, b]: number[]): boolean {
  const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 0; i < px.length; i += 4) if (px[i] === r && px[i + 1] === g && px[i + 2] === b && px[i + 3] === 255) return true;
  return false;
}
/** Lets the shared MutationObserver deliver. */
const observed = () => new Promise((r) => setTimeout(r));

async function tracker(theme?: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div data-wm-theme=${theme ?? 'auto'}><wm-stage-tracker .data=${lifecycleJourney()}></wm-stage-tracker></div>`);
  const el = wrap.querySelector('wm-stage-tracker') as StageTracker;
  await partRendered(el, 'stage');
  return { wrap, el };
}

describe('data-wm-theme', () => {
  it('forces every element below it into the dark scheme', async () => {
    const wrap = await fixture(html`<div data-wm-theme="dark" style="width: 900px">
      <wm-stage-tracker .data=${lifecycleJourney()}></wm-stage-tracker>
      <wm-score-gauge kind="nps" value="32"></wm-score-gauge>
      <wm-maturity-scan autosave="off"></wm-maturity-scan>
      <wm-touchpoint-timeline .data=${{ items: generateTouchpoints({ count: 20, seed: 1 }) }}></wm-touchpoint-timeline>
    </div>`);
    const els = [...wrap.children] as HTMLElement[];
    for (const el of els) {
      await (el as StageTracker).updateComplete;
      expect(el.getAttribute('theme'), el.localName).to.equal('dark');
      expect(scheme(el), el.localName).to.equal('dark');
    }
    expect(surface(els[0]!)).to.equal(DARK_SURFACE);
  });

  it('follows the system when no ancestor forces a scheme, or its value is neither light nor dark', async () => {
    const { el } = await tracker();
    expect(el.hasAttribute('theme')).to.equal(false);
    expect(scheme(el)).to.equal('light dark');
    expect(surface(el)).to.equal(systemSurface());
  });

  it('follows a switch, a removal and the nearest of nested themes', async () => {
    const { wrap, el } = await tracker('dark');
    expect(surface(el)).to.equal(DARK_SURFACE);
    wrap.dataset.wmTheme = 'light';
    await observed();
    expect(el.getAttribute('theme')).to.equal('light');
    expect(surface(el)).to.equal(LIGHT_SURFACE);
    delete wrap.dataset.wmTheme;
    await observed();
    expect(el.hasAttribute('theme')).to.equal(false);
    expect(surface(el)).to.equal(systemSurface());
    // The nearest ancestor decides: a light island in a dark page.
    const outer = await fixture<HTMLDivElement>(html`<div data-wm-theme="dark"><section data-wm-theme="light"></section></div>`);
    outer.firstElementChild!.append(el);
    await el.updateComplete;
    expect(surface(el)).to.equal(LIGHT_SURFACE);
    // Moved out of the island, it takes the page's theme at once.
    outer.append(el);
    expect(surface(el)).to.equal(DARK_SURFACE);
  });

  it('is found through shadow roots, outside and inside them', async () => {
    const page = await fixture<HTMLDivElement>(html`<div data-wm-theme="dark"><div class="app"></div></div>`);
    const root = page.querySelector('.app')!.attachShadow({ mode: 'open' });
    const outside = document.createElement('wm-stage-tracker') as StageTracker;
    outside.data = lifecycleJourney();
    const island = document.createElement('div');
    island.dataset.wmTheme = 'light';
    const inside = document.createElement('wm-stage-tracker') as StageTracker;
    inside.data = lifecycleJourney();
    island.append(inside);
    root.append(outside, island);
    await Promise.all([partRendered(outside, 'stage'), partRendered(inside, 'stage')]);
    expect(surface(outside)).to.equal(DARK_SURFACE);
    expect(surface(inside)).to.equal(LIGHT_SURFACE);
  });

  it('repaints the timeline canvas in the new scheme', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div data-wm-theme="light" style="width: 900px"></div>`);
    const el = document.createElement('wm-touchpoint-timeline') as TouchpointTimeline;
    el.data = { items: generateTouchpoints({ count: 20, seed: 1 }) };
    wrap.append(el);
    await partRendered(el, 'plot');
    await frames();
    // The lane rules are drawn in the border colour of the scheme in force.
    const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
    expect(drawn(canvas, LIGHT_BORDER)).to.equal(true);
    wrap.dataset.wmTheme = 'dark';
    await observed();
    await el.updateComplete;
    await frames();
    expect(drawn(canvas, DARK_BORDER)).to.equal(true);
    expect(drawn(canvas, LIGHT_BORDER)).to.equal(false);
  });
});
