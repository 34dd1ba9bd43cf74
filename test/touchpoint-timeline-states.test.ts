import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/data-source/define.js';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import { touchpointAdapter } from '../fixtures/touchpoints.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';

describe('wm-touchpoint-timeline: states', () => {
  it('asks for a journey, says when the adapter has no touchpoints, and recovers on Retry', async () => {
    const none = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline .adapter=${touchpointAdapter()}></wm-touchpoint-timeline>`);
    await partRendered(none, 'error');
    expect(text($(none, '[part="error"]'))).to.contain('Set the journey attribute');
    const unsupported = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" .adapter=${{}}></wm-touchpoint-timeline>`);
    await partRendered(unsupported, 'error');
    expect(text($(unsupported, '[part="error"]'))).to.contain("can't provide the touchpoints");
    let fail = true;
    const inner = touchpointAdapter({ count: 20 });
    const flaky = { touchpoints: async (q: never) => (fail ? Promise.reject(new Error('offline')) : inner.touchpoints(q)) };
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" .adapter=${flaky}></wm-touchpoint-timeline>`);
    await partRendered(el, 'error');
    fail = false;
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await partRendered(el, 'plot');
  });

  it('loads through an enclosing REST <wm-data-source>, with the journey stages as lanes', async () => {
    const wrap = await fixture(html`<wm-data-source type="rest" base-url="/test-api">
      <wm-touchpoint-timeline journey="lifecycle" customer="acme" group-by="stage"></wm-touchpoint-timeline>
    </wm-data-source>`);
    const el = wrap.querySelector('wm-touchpoint-timeline')!;
    await partRendered(el, 'lane-label', 5000);
    // Every stage of the journey is a lane, in journey order, even those without touchpoints.
    expect($$(el, '[part="lane-label"]').map(text)).to.deep.equal([
      'Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Adoption', 'Expansion', 'Advocacy',
    ]);
    await until(() => /23 of 23 touchpoints/.test(text($(el, '[part="range"]'))), 'all 23 touchpoints');
  });

  it('names the failing field when the API answers a page that breaks the schema', async () => {
    const wrap = await fixture(html`<wm-data-source type="rest" retries="0" base-url="/test-api/fault/wrong-schema/tl-${Math.random()}">
      <wm-touchpoint-timeline journey="lifecycle"></wm-touchpoint-timeline>
    </wm-data-source>`);
    const el = wrap.querySelector('wm-touchpoint-timeline')!;
    await partRendered(el, 'error', 5000);
    expect(text($(el, '[part="error"]'))).to.match(/items\[0\]\.at/);
  });
});
