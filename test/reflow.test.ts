// WCAG 1.4.10 (Reflow): every element fits a 320 px wide screen with no
// sideways scrolling, left to right and right to left. The container is made
// 320 px wide (not the viewport, which only Chromium's runner can set), so
// this runs the same in every engine.
//
// Nothing in the shadow tree may stick out past the host's edges, except
// inside a deliberate horizontal scroll container, which must then scroll
// (overflow-x auto or scroll) and be reachable by keyboard (itself tabbable,
// or holding something tabbable) so its hidden part can be reached.
import { expect } from '@open-wc/testing';
import { SCENES, deep, renderIn, scenesFixture } from './helpers/targets.js';

const WIDTH = 320;
/** Sub-pixel rounding of borders and fractional layout. */
const SLACK = 0.5;

function scrollsSideways(el: Element): boolean {
  const x = getComputedStyle(el).overflowX;
  return (x === 'auto' || x === 'scroll') && el.scrollWidth > el.clientWidth;
}

const tabbable = (el: Element) =>
  el.matches('a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])');

/** What sticks out past the host's left or right edge, outside any sideways scroller. */
function overflowing(host: HTMLElement): string[] {
  const edge = host.getBoundingClientRect();
  const out: string[] = [];
  const walk = (root: ShadowRoot | Element) => {
    for (const el of root.children) {
      if (!el.getClientRects().length && getComputedStyle(el).display !== 'contents') continue;
      const r = el.getBoundingClientRect();
      if (r.width && (r.right > edge.right + SLACK || r.left < edge.left - SLACK)) {
        const part = el.getAttribute('part');
        out.push(`<${el.localName}${part ? ` part="${part}"` : ''}${typeof el.className === 'string' && el.className ? ` class="${el.className}"` : ''}> spans ${r.left.toFixed(1)}..${r.right.toFixed(1)}, host ${edge.left.toFixed(1)}..${edge.right.toFixed(1)}`);
        continue;
      }
      // A scroller is checked below; hidden or clipped content (the visually hidden words of a compact tracker) cannot stick out.
      if (getComputedStyle(el).overflowX !== 'visible') continue;
      walk(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return out;
}

describe(`reflow: every element fits ${WIDTH} px with no sideways scrolling`, () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const scene of SCENES) {
      it(`${scene.name} (${dir})`, async () => {
        const box = await scenesFixture();
        box.dir = dir;
        box.style.width = `${WIDTH}px`;
        const el = await renderIn(box, scene);
        expect(overflowing(el), 'parts past the host edge').to.deep.equal([]);
        expect(el.getBoundingClientRect().width, 'host width').to.be.at.most(WIDTH + SLACK);
        expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth || WIDTH);
        expect(box.scrollWidth, 'container scrollWidth').to.be.at.most(WIDTH);
        for (const scroller of [...deep(el.shadowRoot!)].filter(scrollsSideways)) {
          const reachable = tabbable(scroller) || [...deep(scroller)].some(tabbable);
          expect(reachable, `${scroller.localName}.${scroller.className} scrolls sideways; it must be reachable by keyboard`).to.equal(true);
        }
      });
    }
  }
});
