import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/journey-score/define.js';
import type { JourneyScore } from '../../src/elements/journey-score/journey-score.js';
import type { Journey } from '../../src/data/schema.js';
import { serviceJourney } from '../../fixtures/journeys.js';
import { $, $$, deferredAdapter, partRendered, text } from '../helpers/setup.js';

const meter = (el: Element) => $(el, '[role="meter"]')!;
const rows = (el: Element) => $$(el, '[part="component"]');
const breakdown = (el: Element, i: number) => text(rows(el)[i]!.querySelector('.breakdown'));
const worst = (el: Element) => text($(el, '[part="worst"]'));

// Strings this element used to show in English only; none may survive a translation.
const ENGLISH = ['Biggest gap', 'scores', 'of the weight', 'costing', 'points', 'weight ', 'adds', 'of 100', 'journey success score', 'Score components', 'Good'];

function expectNoEnglish(el: Element) {
  const all = [
    text(el.shadowRoot as unknown as Element),
    ...$$(el, '[aria-label], [aria-valuetext]').flatMap((n) => [n.getAttribute('aria-label') ?? '', n.getAttribute('aria-valuetext') ?? '']),
  ].join(' | ');
  for (const phrase of ENGLISH) expect(all, `"${phrase}" left in English`).not.to.contain(phrase);
}

async function scoreOf(markup: ReturnType<typeof html>) {
  const el = await fixture<JourneyScore>(markup);
  await partRendered(el, 'base');
  return el;
}

/** Two parts, one adding exactly one point: A scores 50 at 2 % of the weight. */
const onePoint: Journey = {
  ...serviceJourney(),
  scoreComponents: [
    { weight: 1, metric: { id: 'a', kind: 'score', label: 'Callback kept', value: 50 } },
    { weight: 49, metric: { id: 'b', kind: 'score', label: 'Answered', value: 100 } },
  ],
};

describe('wm-journey-score in German (locale="de")', () => {
  it('says the composite, the biggest gap and each part in German, with German numbers', async () => {
    const el = await scoreOf(html`<wm-journey-score locale="de" .data=${serviceJourney()}></wm-journey-score>`);
    expect(text($(el, '[part="label"]'))).to.equal('Get help: Erfolgsscore der Journey');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('71 von 100, Gut');
    expect(text($(el, '[part~="band-label"]'))).to.equal('Gut');
    expect($(el, '[part="components"]')!.getAttribute('aria-label')).to.equal('Score-Bestandteile');
    expect(breakdown(el, 0)).to.equal('82 von 100 · Gewichtung 32 % · trägt 25,9 Punkte bei');
    expect(text(rows(el)[2]!.querySelector('.value'))).to.equal('5,2');
    expect(text(rows(el)[0]!.querySelector('.value'))).to.equal('82 %');
    expect(worst(el)).to.equal('Größte Lücke: Effort (CES) erreicht 70 von 100 bei 21 % Gewichtung und kostet 6,3 Punkte.');
    // The translated sentence keeps its markup: the part's name stressed, numbers isolated.
    expect(text($(el, '[part="worst"] strong'))).to.equal('Effort (CES)');
    expect($$(el, '[part="worst"] bdi').map(text)).to.deep.equal(['70', '21 %', '6,3']);
    expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('says one point in the singular', async () => {
    const el = await scoreOf(html`<wm-journey-score locale="de" .data=${onePoint}></wm-journey-score>`);
    expect(breakdown(el, 0)).to.equal('50 von 100 · Gewichtung 2 % · trägt 1 Punkt bei');
    expect(breakdown(el, 1)).to.equal('100 von 100 · Gewichtung 98 % · trägt 98 Punkte bei');
    expect(worst(el)).to.equal('Größte Lücke: Callback kept erreicht 50 von 100 bei 2 % Gewichtung und kostet 1 Punkt.');
  });

  it('shows loading, empty and error states in German', async () => {
    const { adapter } = deferredAdapter();
    const loading = await fixture<JourneyScore>(html`<wm-journey-score locale="de" journey="get-help" .adapter=${adapter}></wm-journey-score>`);
    await loading.updateComplete;
    expect(text($(loading, '[part="loading"]'))).to.equal('Journey-Score wird geladen…');
    await expect(loading).to.be.accessible();

    const empty = await fixture<JourneyScore>(html`<wm-journey-score locale="de" .data=${{ ...serviceJourney(), scoreComponents: [] }}></wm-journey-score>`);
    await partRendered(empty, 'empty');
    expect(text($(empty, '[part="empty"]'))).to.equal('Diese Journey hat noch keine Score-Bestandteile.');

    const zero = { csat: 0, fcr: 0, ces: 0, repeat: 0, cost: 0 };
    const failed = await fixture<JourneyScore>(html`<wm-journey-score locale="de" .data=${serviceJourney()} .weights=${zero}></wm-journey-score>`);
    await partRendered(failed, 'error');
    expect(text($(failed, '[part="error"]'))).to.match(/^Der Journey-Score kann nicht berechnet werden: .*weight above 0\.$/);
    await expect(failed).to.be.accessible();
  });
});

describe('wm-journey-score in Dutch (locale="nl")', () => {
  it('says the composite, the biggest gap and each part in Dutch, with Dutch numbers', async () => {
    const el = await scoreOf(html`<wm-journey-score locale="nl" .data=${serviceJourney()}></wm-journey-score>`);
    expect(text($(el, '[part="label"]'))).to.equal('Get help: score voor journeysucces');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('71 van 100, Goed');
    expect($(el, '[part="components"]')!.getAttribute('aria-label')).to.equal('Scoreonderdelen');
    expect(breakdown(el, 0)).to.equal('82 van 100 · gewicht 32% · levert 25,9 punten op');
    expect(text(rows(el)[4]!.querySelector('.value'))).to.equal('14 EUR');
    expect(worst(el)).to.equal('Grootste achterstand: Effort (CES) scoort 70 van 100 bij 21% van het gewicht en kost 6,3 punten.');
    expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('says one point in the singular, and the loading and empty states', async () => {
    const el = await scoreOf(html`<wm-journey-score locale="nl" .data=${onePoint}></wm-journey-score>`);
    expect(breakdown(el, 0)).to.equal('50 van 100 · gewicht 2% · levert 1 punt op');
    expect(worst(el)).to.equal('Grootste achterstand: Callback kept scoort 50 van 100 bij 2% van het gewicht en kost 1 punt.');

    const { adapter } = deferredAdapter();
    const loading = await fixture<JourneyScore>(html`<wm-journey-score locale="nl" journey="get-help" .adapter=${adapter}></wm-journey-score>`);
    await loading.updateComplete;
    expect(text($(loading, '[part="loading"]'))).to.equal('Journeyscore laden…');
    const empty = await fixture<JourneyScore>(html`<wm-journey-score locale="nl" .data=${{ ...serviceJourney(), scoreComponents: [] }}></wm-journey-score>`);
    await partRendered(empty, 'empty');
    expect(text($(empty, '[part="empty"]'))).to.equal('Deze journey heeft nog geen scoreonderdelen.');
    await expect(empty).to.be.accessible();
  });
});

describe('wm-journey-score follows the nearest lang', () => {
  it('renders in the ancestor\'s language and re-renders when it changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de"><wm-journey-score .data=${serviceJourney()}></wm-journey-score></div>`);
    const el = wrap.querySelector('wm-journey-score')!;
    await partRendered(el, 'base');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('71 von 100, Gut');
    expect(worst(el)).to.match(/^Größte Lücke: /);

    wrap.lang = 'nl';
    await aTimeout(0);
    await el.updateComplete;
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('71 van 100, Goed');
    expect(breakdown(el, 0)).to.equal('82 van 100 · gewicht 32% · levert 25,9 punten op');
    await expect(el).to.be.accessible();

    wrap.lang = 'en-GB';
    await aTimeout(0);
    await el.updateComplete;
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('71 of 100, Good');
    expect(worst(el)).to.equal('Biggest gap: Effort (CES) scores 70 of 100 at 21% of the weight, costing 6.3 points.');
  });

  it('shows German, Dutch and English scores side by side on one page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div lang="de-AT"><wm-journey-score .data=${serviceJourney()}></wm-journey-score></div>
      <wm-journey-score locale="nl-BE" .data=${serviceJourney()}></wm-journey-score>
      <wm-journey-score locale="en" .data=${onePoint}></wm-journey-score>
    </div>`);
    const [de, nl, en] = [...page.querySelectorAll('wm-journey-score')];
    for (const el of [de!, nl!, en!]) await partRendered(el, 'base');
    expect(breakdown(de!, 0)).to.equal('82 von 100 · Gewichtung 32 % · trägt 25,9 Punkte bei');
    expect(breakdown(nl!, 0)).to.equal('82 van 100 · gewicht 32% · levert 25,9 punten op');
    // One point, singular, in English too.
    expect(breakdown(en!, 0)).to.equal('50 of 100 · weight 2% · adds 1 point');
    expect(worst(en!)).to.equal('Biggest gap: Callback kept scores 50 of 100 at 2% of the weight, costing 1 point.');
  });
});
