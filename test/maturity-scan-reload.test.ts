import { expect, waitUntil } from '@open-wc/testing';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import { journeyManagementScan } from '../src/data/scans/journey-management.js';
import { text } from './helpers/setup.js';

// A page of its own: the frame loads the element's modules a second time, and
// coverage keeps one copy of a module per page.

const questions = journeyManagementScan.questions;

/** Clicks answer `value` (1–5) of question `id`, as the respondent would. */
const answer = (el: MaturityScan, id: string, value: number) =>
  el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)[value - 1]!.click();

describe('wm-maturity-scan: reload', () => {
  beforeEach(() => localStorage.clear());

  it('a reload mid-scan restores every answer and the page the respondent was on', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <wm-maturity-scan respondent="reload"></wm-maturity-scan>
      <script type="module">import '/src/elements/maturity-scan/define.ts';</script></body></html>`;
    document.body.append(frame);
    const inFrame = async () => {
      await waitUntil(() => frame.contentDocument?.querySelector('wm-maturity-scan')?.shadowRoot?.querySelector('fieldset'), 'scan in frame', { timeout: 10_000 });
      return frame.contentDocument!.querySelector('wm-maturity-scan') as MaturityScan;
    };
    try {
      let el = await inFrame();
      const given: Record<string, number> = {};
      // Pages 1 and 2 in full, then half of page 3; the last click lands just before the reload.
      const pages = [0, 1, 2].map((p) => questions.filter((q) => q.dimensionId === journeyManagementScan.dimensions[p]!.id));
      const third = pages[2]!.slice(0, 2);
      for (const [i, page] of [pages[0]!, pages[1]!, third].entries()) {
        for (const [k, q] of page.entries()) {
          given[q.id] = ((k + i) % 5) + 1;
          answer(el, q.id, given[q.id]!);
        }
        if (i < 2) {
          [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Next')!.click();
          await el.updateComplete;
        }
      }
      const reloaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      frame.contentWindow!.location.reload();
      await reloaded;
      el = await inFrame();
      expect(el.value).to.deep.equal(given);
      expect(Object.keys(given)).to.have.length(9);
      expect(text(el.shadowRoot!.querySelector('.step'))).to.equal('Part 3 of 6');
      const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => [i.name, Number(i.value)]);
      expect(Object.fromEntries(checked)).to.deep.equal({ [third[0]!.id]: given[third[0]!.id], [third[1]!.id]: given[third[1]!.id] });
      expect(text(el.shadowRoot!.querySelector('[part="notice"]'))).to.equal('Welcome back: your 9 answers are restored.');
    } finally {
      frame.remove();
    }
  });
});
