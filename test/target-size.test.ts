// WCAG 2.2 SC 2.5.8 (Target Size, Minimum): every pointer target in every
// element is at least 24 x 24 CSS px, in each element's main states, LTR and
// RTL, at a desktop width and on a 320 px screen.
//
// A target is what a pointer activates: buttons, links, form controls,
// disclosure summaries and anything else focusable by Tab. A native radio or
// checkbox counts together with the label that wraps it (a click on the label
// checks it), so its target is the label's box; the round control alone is
// the browser's and ~13 px. Headings focused only by script (tabindex -1 and
// not a control) are not targets. The spacing exception of the SC is not
// needed: no target here is smaller, so none is tested.
import { expect } from '@open-wc/testing';
import { SCENES, deep, renderIn, scenesFixture } from './helpers/targets.js';

const MIN = 24;
const CONTROL = 'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="option"]';

/** Everything a pointer can activate under `host`, with the box it is hit in. */
function targets(host: Element): { el: Element; box: DOMRect }[] {
  const found: { el: Element; box: DOMRect }[] = [];
  for (const el of deep(host.shadowRoot!)) {
    const tabbable = el.hasAttribute('tabindex') && el.getAttribute('tabindex') !== '-1';
    if (!el.matches(CONTROL) && !tabbable) continue;
    if (el.matches('input[type="hidden"]') || !el.getClientRects().length) continue;
    const label = el.matches('input[type="radio"], input[type="checkbox"]') ? el.closest('label') : null;
    found.push({ el, box: (label ?? el).getBoundingClientRect() });
  }
  return found;
}

const describeTarget = (el: Element) =>
  `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

describe('target size (WCAG 2.5.8): every target is at least 24 x 24 px', () => {
  for (const width of [900, 320]) {
    for (const dir of ['ltr', 'rtl'] as const) {
      for (const scene of SCENES) {
        it(`${scene.name} (${width} px, ${dir})`, async () => {
          const box = await scenesFixture();
          box.dir = dir;
          box.style.width = `${width}px`;
          const el = await renderIn(box, scene);
          const found = targets(el);
          if (!scene.static) expect(found.length, 'targets found').to.be.above(0);
          const small = found
            .filter(({ box: b }) => b.width < MIN - 0.01 || b.height < MIN - 0.01)
            .map(({ el: t, box: b }) => `${describeTarget(t)} is ${b.width.toFixed(1)} x ${b.height.toFixed(1)}`);
          expect(small, 'targets under 24 x 24 px').to.deep.equal([]);
        });
      }
    }
  }
});
