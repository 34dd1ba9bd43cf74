// DOM weight of the elements a page shows by the hundred (issue 13): the
// nodes of a full seven-stage tracker and of a gauge, counted as Chromium's
// `Performance.getMetrics` `Nodes` counts them (bench/README.md, "Nodes per
// element"): the host, its shadow root and every element, text and comment
// node in it (Lit's marker comments included). Chromium also counts the
// pseudo-elements and browser-made shadow trees (of <details>), which no
// script can walk, so the bench's figure is a few nodes higher.
//
// The limits are what the elements draw now: a change that adds a wrapper,
// whitespace between laid-out children or a binding fails here, and says
// what it costs. The goals (150 and 45 by Chromium's count) are lower.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/waymark.js';
import type { StageTracker } from '../src/elements/stage-tracker/stage-tracker.js';
import type { ScoreGauge } from '../src/elements/score-gauge/score-gauge.js';
import { lifecycleJourney } from '../fixtures/journeys.js';
import { $$, partRendered, text } from './helpers/setup.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');

/** The host, its shadow root and every element, text and comment node under it, shadow roots within included. */
function nodesOf(host: Element): { elements: number; text: number; comments: number; total: number } {
  const c = { elements: 1, text: 0, comments: 0, roots: 0 };
  const walk = (root: Node) => {
    c.roots++;
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) c.text++;
      else if (n.nodeType === Node.COMMENT_NODE) c.comments++;
      else {
        c.elements++;
        if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!);
      }
    }
  };
  walk(host.shadowRoot!);
  return { elements: c.elements, text: c.text, comments: c.comments, total: c.elements + c.text + c.comments + c.roots };
}

describe('DOM nodes per element', () => {
  it('a full seven-stage tracker stays within 229 nodes, everything still shown', async () => {
    const el = await fixture<StageTracker>(html`<wm-stage-tracker .now=${NOW} .data=${lifecycleJourney({ now: NOW })}></wm-stage-tracker>`);
    await partRendered(el, 'milestones');
    // What the count covers: seven stages with words and timing, the progress bar, the current milestones, the next step.
    expect($$(el, 'li[part~="stage"] [part="timing"]').map(text)).to.have.length(7);
    expect($$(el, '[role="progressbar"]')).to.have.length(1);
    expect($$(el, '.milestones > ul > li')).to.have.length(4);
    expect(text(el.shadowRoot!.querySelector('[part="next-step"]'))).to.contain('Next step:');
    const n = nodesOf(el);
    expect(n.total, JSON.stringify(n)).to.be.at.most(229);
  });

  it('a gauge with change, target and sample stays within 70 nodes', async () => {
    const data = { id: 'nps', kind: 'nps', label: 'Net Promoter Score', value: 31, previous: 37, target: 40, sampleSize: 139 };
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge .data=${data}></wm-score-gauge>`);
    await partRendered(el, 'base');
    expect(text(el.shadowRoot!.querySelector('[part~="change"]'))).to.equal('down 6 since last period');
    expect(text(el.shadowRoot!.querySelector('[part="target-label"]'))).to.equal('Target +40');
    expect(text(el.shadowRoot!.querySelector('[part="sample"]'))).to.equal('n = 139');
    const n = nodesOf(el);
    expect(n.total, JSON.stringify(n)).to.be.at.most(70);
  });
});
