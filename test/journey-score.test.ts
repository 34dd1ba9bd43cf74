import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/journey-score/define.js';
import type { JourneyScore } from '../src/elements/journey-score/journey-score.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import { serviceJourney } from '../fixtures/journeys.js';
import { $, $$, deferredAdapter, partRendered, text } from './helpers/setup.js';

const scoreOf = async (data: unknown, weights?: Record<string, number>) => {
  const el = await fixture<JourneyScore>(html`<wm-journey-score .data=${data} .weights=${weights}></wm-journey-score>`);
  await partRendered(el, 'base');
  return el;
};

describe('wm-journey-score', () => {
  // Hand-computed: CSAT 82 (w3), FCR 71 (w2), CES 5.2 on 1..7 = 70 (w2),
  // repeat contacts 38 % lower-is-better = 62 (w1.5), cost 14 of 0..30 lower-is-better = 53.33 (w1).
  // Sum = 246 + 142 + 140 + 93 + 53.33 = 674.33, over total weight 9.5 = 70.98.
  it('shows the weighted composite as a meter, one bar per component, and the biggest gap', async () => {
    const el = await scoreOf(serviceJourney());
    const meter = $(el, '[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal('71');
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('100');
    expect(meter.getAttribute('aria-valuetext')).to.equal('71 of 100, Good');
    expect(text($(el, '[part="label"]'))).to.equal('Get help: journey success score');
    const rows = $$(el, '[part="component"]');
    expect(rows.map((r) => text(r.querySelector('.name')))).to.deep.equal([
      'Satisfaction (CSAT)', 'First-contact resolution', 'Effort (CES)', 'Repeat contacts', 'Cost to serve',
    ]);
    expect(text(rows[0]!.querySelector('.breakdown'))).to.equal('82 of 100 · weight 32% · adds 25.9 points');
    expect(text(rows[4]!.querySelector('.value'))).to.equal('14 EUR');
    expect(rows[3]!.querySelector('rect')!.getAttribute('width')).to.equal('62%');
    // Largest shortfall: (100 - 62) * 1.5/9.5 = 6.0 vs CES (100-70)*2/9.5 = 6.3 vs FCR (29*2/9.5) = 6.1.
    expect(text($(el, '[part="worst"]'))).to.equal(
      'Biggest gap: Effort (CES) scores 70 of 100 at 21% of the weight, costing 6.3 points.',
    );
    await expect(el).to.be.accessible();
  });

  it('lets the weights property override the data', async () => {
    const el = await scoreOf(serviceJourney(), { csat: 1, fcr: 0, ces: 0, repeat: 0, cost: 0 });
    expect($(el, '[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('82');
    el.weights = { csat: 0, fcr: 0, ces: 0, repeat: 0, cost: 1 };
    await el.updateComplete;
    expect($(el, '[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('53.3');
    expect(el.score!.score).to.be.closeTo(53.33, 0.01);
  });

  it('says why when every weight is zero instead of drawing a number', async () => {
    const zero = { csat: 0, fcr: 0, ces: 0, repeat: 0, cost: 0 };
    const el = await fixture<JourneyScore>(html`<wm-journey-score .data=${serviceJourney()} .weights=${zero}></wm-journey-score>`);
    await partRendered(el, 'error');
    const alert = $(el, '[part="error"][role="alert"]')!;
    expect(text(alert)).to.contain('needs at least one component with a weight above 0');
    expect($(el, '[role="meter"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads through an adapter, shows loading meanwhile, and follows live updates', async () => {
    const { adapter: pending } = deferredAdapter();
    const loading = await fixture<JourneyScore>(html`<wm-journey-score journey="get-help" .adapter=${pending}></wm-journey-score>`);
    expect($(loading, '[part="loading"]')).to.exist;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    await expect(loading).to.be.accessible();

    const adapter = new MemoryAdapter({ journeys: [serviceJourney({ customer: 'acme' })] });
    const el = await fixture<JourneyScore>(html`<wm-journey-score journey="get-help" customer="acme" .adapter=${adapter}></wm-journey-score>`);
    await partRendered(el, 'gauge');
    const updated = oneEvent(el, 'wm-load');
    adapter.setJourney(serviceJourney({ customer: 'acme', shift: 10 }));
    await updated;
    expect(Number($(el, '[role="meter"]')!.getAttribute('aria-valuenow'))).to.be.greaterThan(71);
  });

  it('renders in dark mode and right to left', async () => {
    const wrap = await fixture(html`<div data-wm-theme="dark" dir="rtl"><wm-journey-score .data=${serviceJourney()}></wm-journey-score></div>`);
    const el = wrap.firstElementChild as JourneyScore;
    await partRendered(el, 'base');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
