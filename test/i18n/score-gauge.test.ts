import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/score-gauge/define.js';
import type { ScoreGauge } from '../../src/elements/score-gauge/score-gauge.js';
import type { Metric } from '../../src/data/schema.js';
import { WaymarkError } from '../../src/data/errors.js';
import { KIND_DEFAULTS } from '../../src/metrics/index.js';
import { $, $$, partRendered, text } from '../helpers/setup.js';

const meter = (el: Element) => $(el, '[role="meter"]')!;
const part = (el: Element, name: string) => text($(el, `[part~="${name}"]`));
/** A `lang` change reaches elements through a MutationObserver: let it run, then wait for the render. */
async function relang(wrap: HTMLElement, lang: string, el: ScoreGauge) {
  wrap.lang = lang;
  await aTimeout(0);
  await el.updateComplete;
}
const dateIn = (locale: string, iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

// The richest gauge: named kind, band, change, target, a four-digit sample, a trend.
const onboarding: Metric = {
  id: 'onboarding-nps', kind: 'nps', label: 'Onboarding NPS', value: 42, previous: 35, target: 50, sampleSize: 1212,
  history: [18, 24, 31, 35, 42].map((value, i) => ({ at: `2025-0${i + 1}-01`, value })),
};

/** Every string a reader meets in the gauge, visible or not, in one list. */
function allText(el: Element): string {
  const attrs = $$(el, '[aria-label], [aria-valuetext]').flatMap((n) => [
    n.getAttribute('aria-label') ?? '',
    n.getAttribute('aria-valuetext') ?? '',
  ]);
  return [text(el.shadowRoot as unknown as Element), ...attrs].join(' | ');
}

// Strings this element used to show in English only; none may survive a translation.
const ENGLISH = [
  'Target', 'since last period', 'How is this calculated', 'Strong', 'history', 'Trend over', 'periods',
  'Date', 'Value', 'The percentage of', 'Low sample', 'responses', 'Customer satisfaction', 'points',
];

function expectNoEnglish(el: Element) {
  const all = allText(el);
  for (const phrase of ENGLISH) expect(all, `"${phrase}" left in English`).not.to.contain(phrase);
}

async function gauge(markup: ReturnType<typeof html>) {
  const el = await fixture<ScoreGauge>(markup);
  await partRendered(el, 'gauge');
  return el;
}

describe('wm-score-gauge in German (locale="de")', () => {
  it('says band, change, target, sample, explanation and trend in German, with German numbers and dates', async () => {
    const el = await gauge(html`<wm-score-gauge locale="de" trend .data=${onboarding}></wm-score-gauge>`);
    expect(part(el, 'band-label')).to.equal('Stark');
    expect(part(el, 'change')).to.equal('seit dem letzten Zeitraum um 7 gestiegen');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('NPS +42, Stark, seit dem letzten Zeitraum um 7 gestiegen');
    expect(part(el, 'target-label')).to.equal('Ziel +50');
    expect(text($(el, '[part="target-label"] bdi'))).to.equal('+50');
    expect(part(el, 'sample')).to.equal('n = 1.212');
    expect(text($(el, 'details summary'))).to.equal('Wie wird das berechnet?');
    expect(text($(el, 'details p'))).to.match(/^Der Anteil der Promotoren .* Der Wert reicht von −100 bis \+100\.$/);

    await partRendered(el, 'trend');
    expect($(el, 'canvas')!.getAttribute('aria-label')).to.equal('Verlauf über 5 Zeiträume: von +18 auf +42');
    expect(text($(el, 'caption'))).to.equal('Verlauf von Onboarding NPS');
    expect($$(el, 'th').map(text)).to.deep.equal(['Datum', 'Wert']);
    const firstRow = $$(el, 'tbody tr')[0]!;
    expect(text(firstRow.querySelector('td'))).to.equal(dateIn('de', '2025-01-01'));
    expect(text(firstRow.querySelector('td'))).to.match(/^01\.01\.2025$/);
    expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('names an inline metric by its kind in German, and warns of a low sample in German', async () => {
    const el = await gauge(html`<wm-score-gauge locale="de" kind="csat" value="84" previous="83"></wm-score-gauge>`);
    expect(part(el, 'label')).to.equal('Kundenzufriedenheit');
    expect(part(el, 'value')).to.equal('84 %');
    expect(part(el, 'band-label')).to.equal('Hohe Zufriedenheit');
    // One percentage point: Intl's plural rules pick the singular.
    expect(part(el, 'change')).to.equal('seit dem letzten Zeitraum um 1 Prozentpunkt gestiegen');
    // Intl puts a no-break space before the German percent sign.
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('CSAT 84\u00a0%, Hohe Zufriedenheit, seit dem letzten Zeitraum um 1 Prozentpunkt gestiegen');

    const small = await gauge(html`<wm-score-gauge locale="de" .data=${{ ...onboarding, sampleSize: 12, previous: 50 }}></wm-score-gauge>`);
    expect(part(small, 'low-sample')).to.equal('Kleine Stichprobe: weniger als 30 Antworten');
    expect(part(small, 'change')).to.equal('seit dem letzten Zeitraum um 8 gesunken');
    await expect(small).to.be.accessible();
  });

  it('translates every kind, default band and explanation', async () => {
    const cases = [
      ['ces', '3', 'Customer Effort Score', 'Mühsam', 'CES 3,0, Mühsam', 'Die durchschnittliche Antwort'],
      ['health', '50', 'Kundengesundheit', 'Aufmerksamkeit nötig', 'Health-Score 50, Aufmerksamkeit nötig', 'Ein gewichteter Durchschnitt aus Signalen'],
      ['score', '20', 'Score', 'Schwach', '20, Schwach', 'Ein gewichteter Durchschnitt der Ergebniskennzahlen'],
      ['nps', '-20', 'Net Promoter Score', 'Überwiegend Kritiker', 'NPS -20, Überwiegend Kritiker', 'Der Anteil der Promotoren'],
    ] as const;
    for (const [kind, value, label, band, valuetext, explain] of cases) {
      const el = await gauge(html`<wm-score-gauge locale="de" kind=${kind} value=${value} previous=${value}></wm-score-gauge>`);
      expect(part(el, 'label'), kind).to.equal(label);
      expect(part(el, 'band-label'), kind).to.equal(band);
      expect(part(el, 'change'), kind).to.equal('unverändert seit dem letzten Zeitraum');
      expect(meter(el).getAttribute('aria-valuetext'), kind).to.equal(`${valuetext}, unverändert seit dem letzten Zeitraum`);
      expect(text($(el, 'details p')), kind).to.contain(explain);
    }
  });

  it('keeps the labels of the metric\'s own bands, and says the tone of an unlabelled one', async () => {
    const el = await gauge(html`<wm-score-gauge locale="de" .data=${{
      id: 'ttv', kind: 'score', label: 'Time to first value', value: 23, min: 0, max: 60, unit: 'days', previous: 27,
      bands: [{ upTo: 21, tone: 'good', label: 'On target' }, { upTo: 35, tone: 'warning' }, { upTo: 60, tone: 'critical' }],
    }}></wm-score-gauge>`);
    expect(part(el, 'band-label')).to.equal('Aufmerksamkeit nötig');
    // The unit is the metric's own data, so it stays as given.
    expect(part(el, 'change')).to.equal('seit dem letzten Zeitraum um 4 days gesunken');
    el.data = { ...el.data!, value: 10 } as Metric;
    await partRendered(el, 'gauge');
    await el.updateComplete;
    expect(part(el, 'band-label')).to.equal('On target');
  });

  it('shows loading, empty and error states in German', async () => {
    const pending = await fixture<ScoreGauge>(html`<wm-score-gauge locale="de" metric="nps" .adapter=${{ metric: () => new Promise<Metric>(() => {}) }}></wm-score-gauge>`);
    await pending.updateComplete;
    expect(part(pending, 'loading')).to.equal('Kennzahl wird geladen…');
    await expect(pending).to.be.accessible();

    const empty = await fixture<ScoreGauge>(html`<wm-score-gauge locale="de" .data=${{ ...onboarding, sampleSize: 0 }}></wm-score-gauge>`);
    await partRendered(empty, 'empty');
    expect(part(empty, 'empty')).to.equal('Noch keine Antworten, daher gibt es noch keinen Wert.');

    const unnamed = await fixture<ScoreGauge>(html`<wm-score-gauge locale="de" .adapter=${{ metric: async () => onboarding }}></wm-score-gauge>`);
    await partRendered(unnamed, 'error');
    expect(part(unnamed, 'error')).to.contain('Geben Sie mit dem Attribut metric an');
    expect(part(unnamed, 'error')).not.to.contain('Set the metric attribute');
    await expect(unnamed).to.be.accessible();
  });

  it('keeps a failed metric\'s reason while translating the headline', async () => {
    const adapter = { metric: async () => Promise.reject(new WaymarkError('network', 'The metrics service did not answer.')) };
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge locale="de" metric="nps" .adapter=${adapter}></wm-score-gauge>`);
    await partRendered(el, 'error');
    expect(part(el, 'error')).to.contain('konnten nicht geladen werden');
    expect(part(el, 'error')).to.contain('The metrics service did not answer.');
    expect(text($(el, '[part="retry"]'))).to.equal('Erneut versuchen');
  });
});

describe('wm-score-gauge in Dutch (locale="nl")', () => {
  it('says band, change, target, sample, explanation and trend in Dutch, with Dutch numbers and dates', async () => {
    const el = await gauge(html`<wm-score-gauge locale="nl" trend .data=${{ ...onboarding, previous: 50 }}></wm-score-gauge>`);
    expect(part(el, 'band-label')).to.equal('Sterk');
    expect(part(el, 'change')).to.equal('met 8 gedaald sinds de vorige periode');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('NPS +42, Sterk, met 8 gedaald sinds de vorige periode');
    expect(part(el, 'target-label')).to.equal('Doel +50');
    expect(part(el, 'sample')).to.equal('n = 1.212');
    expect(text($(el, 'details summary'))).to.equal('Hoe wordt dit berekend?');
    expect(text($(el, 'details p'))).to.contain('Het percentage promoters');

    await partRendered(el, 'trend');
    expect($(el, 'canvas')!.getAttribute('aria-label')).to.equal('Verloop over 5 perioden: van +18 naar +42');
    expect(text($(el, 'caption'))).to.equal('Verloop van Onboarding NPS');
    expect($$(el, 'th').map(text)).to.deep.equal(['Datum', 'Waarde']);
    const dates = $$(el, 'tbody tr').map((tr) => text(tr.querySelector('td')));
    expect(dates[2]).to.equal(dateIn('nl', '2025-03-01'));
    expect(dates[2]).to.equal('1 mrt 2025');
    expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('says percentage points in Dutch, singular and plural by Intl, and the low sample', async () => {
    const one = await gauge(html`<wm-score-gauge locale="nl" kind="csat" value="84" previous="85"></wm-score-gauge>`);
    expect(part(one, 'label')).to.equal('Klanttevredenheid');
    expect(part(one, 'value')).to.equal('84%');
    expect(part(one, 'change')).to.equal('met 1 procentpunt gedaald sinds de vorige periode');
    const more = await gauge(html`<wm-score-gauge locale="nl" kind="csat" value="55" previous="58"></wm-score-gauge>`);
    expect(part(more, 'band-label')).to.equal('Lage tevredenheid');
    expect(part(more, 'change')).to.equal('met 3 procentpunten gedaald sinds de vorige periode');
    const small = await gauge(html`<wm-score-gauge locale="nl" .data=${{ ...onboarding, sampleSize: 7 }}></wm-score-gauge>`);
    expect(part(small, 'low-sample')).to.equal('Kleine steekproef: minder dan 30 reacties');
    expectNoEnglish(small);
    await expect(small).to.be.accessible();
  });

  it('shows loading and empty states in Dutch', async () => {
    const pending = await fixture<ScoreGauge>(html`<wm-score-gauge locale="nl" metric="nps" .adapter=${{ metric: () => new Promise<Metric>(() => {}) }}></wm-score-gauge>`);
    await pending.updateComplete;
    expect(part(pending, 'loading')).to.equal('Meetwaarde laden…');
    const empty = await fixture<ScoreGauge>(html`<wm-score-gauge locale="nl" .data=${{ ...onboarding, sampleSize: 0 }}></wm-score-gauge>`);
    await partRendered(empty, 'empty');
    expect(part(empty, 'empty')).to.equal('Nog geen reacties, dus er is nog geen score om te tonen.');
    await expect(empty).to.be.accessible();
  });
});

describe('wm-score-gauge follows the nearest lang', () => {
  it('renders in the ancestor\'s language and re-renders when it changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de">
      <wm-score-gauge kind="health" value="64" previous="70" target="70"></wm-score-gauge>
    </div>`);
    const el = wrap.querySelector('wm-score-gauge')!;
    await partRendered(el, 'gauge');
    expect(part(el, 'label')).to.equal('Kundengesundheit');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('Health-Score 64, Aufmerksamkeit nötig, seit dem letzten Zeitraum um 6 gesunken');
    expect(part(el, 'target-label')).to.equal('Ziel 70');

    await relang(wrap, 'nl', el);
    expect(part(el, 'label')).to.equal('Klantgezondheid');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('Healthscore 64, Aandacht nodig, met 6 gedaald sinds de vorige periode');
    expect(part(el, 'target-label')).to.equal('Doel 70');
    expect(text($(el, 'details summary'))).to.equal('Hoe wordt dit berekend?');
    await expect(el).to.be.accessible();

    await relang(wrap, 'en', el);
    expect(part(el, 'label')).to.equal('Customer health');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('Health score 64, Needs attention, down 6 since last period');
    expect(part(el, 'target-label')).to.equal('Target 70');
  });

  it('shows German and Dutch gauges side by side on one page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en">
      <section lang="de"><wm-score-gauge kind="ces" value="5.6" previous="5.1"></wm-score-gauge></section>
      <wm-score-gauge locale="nl" kind="ces" value="5.6" previous="5.1"></wm-score-gauge>
      <wm-score-gauge kind="ces" value="5.6" previous="5.1"></wm-score-gauge>
    </div>`);
    const [de, nl, en] = [...page.querySelectorAll('wm-score-gauge')];
    for (const el of [de!, nl!, en!]) await partRendered(el, 'gauge');
    expect(part(de!, 'band-label')).to.equal('Einfach');
    expect(part(de!, 'change')).to.equal('seit dem letzten Zeitraum um 0,5 gestiegen');
    expect(part(nl!, 'band-label')).to.equal('Makkelijk');
    expect(part(nl!, 'change')).to.equal('met 0,5 gestegen sinds de vorige periode');
    expect(part(en!, 'band-label')).to.equal('Easy');
    expect(part(en!, 'change')).to.equal('up 0.5 since last period');
    expect(text($(de!, 'details summary'))).to.equal('Wie wird das berechnet?');
    expect(text($(nl!, 'details summary'))).to.equal('Hoe wordt dit berekend?');
    expect(text($(en!, 'details summary'))).to.equal('How is this calculated?');
  });
});

describe('wm-score-gauge in English', () => {
  it('says the English of the metrics module: its default band labels and explanations', async () => {
    for (const kind of ['nps', 'csat', 'ces', 'health', 'score'] as const) {
      const d = KIND_DEFAULTS[kind];
      const el = await gauge(html`<wm-score-gauge kind=${kind} value=${d.min}></wm-score-gauge>`);
      expect(text($(el, 'details p')), kind).to.equal(d.explain);
      const labels: string[] = [];
      for (const b of d.bands) {
        el.value = b.upTo - (d.max - d.min) / 1000;
        await partRendered(el, 'gauge');
        await el.updateComplete;
        labels.push(part(el, 'band-label'));
      }
      expect(labels, kind).to.deep.equal(d.bands.map((b) => b.label));
    }
  });

  it('says one percentage point in the singular', async () => {
    const el = await gauge(html`<wm-score-gauge kind="csat" value="84" previous="83"></wm-score-gauge>`);
    expect(part(el, 'change')).to.equal('up 1 point since last period');
    const ces = await gauge(html`<wm-score-gauge .data=${{ id: 'c', kind: 'ces', label: 'CES %', value: 5, previous: 4, unit: '%' }}></wm-score-gauge>`);
    // "1.0" is not singular in English.
    expect(part(ces, 'change')).to.equal('up 1.0 points since last period');
  });
});
