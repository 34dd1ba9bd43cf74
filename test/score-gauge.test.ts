import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import fc from 'fast-check';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/elements/data-source/define.js';
import '../src/elements/score-gauge/define.js';
import type { ScoreGauge } from '../src/elements/score-gauge/score-gauge.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import { Metric } from '../src/data/schema.js';
import { KIND_DEFAULTS } from '../src/metrics/index.js';
import { DEVTOOLS, describeIn } from './helpers/engine.js';
import { $, $$, partRendered, text } from './helpers/setup.js';
import { expectEachInvalidShown } from './helpers/invalid-fuzz.js';

const meter = (el: Element) => $(el, '[role="meter"]')!;
const value = (el: Element) => text($(el, '[part="value"]'));
const bandLabel = (el: Element) => text($(el, '[part="band-label"]'));

async function gauge(markup: ReturnType<typeof html>) {
  const el = (await fixture(markup)) as ScoreGauge;
  await partRendered(el, 'gauge');
  return el;
}

async function withData(data: Partial<Metric>, attrs: Partial<ScoreGauge> = {}) {
  const el = await fixture<ScoreGauge>(html`<wm-score-gauge .data=${{ id: 'm', label: 'Metric', kind: 'score', ...data }}></wm-score-gauge>`);
  Object.assign(el, attrs);
  await partRendered(el, 'gauge');
  return el;
}

const metrics: Metric[] = [
  {
    id: 'onboarding-nps', kind: 'nps', label: 'Onboarding NPS', value: 42, previous: 35, target: 50, sampleSize: 212,
    history: [18, 24, 31, 35, 42].map((v, i) => ({ at: `2025-0${i + 1}-01`, value: v })),
  },
];

describe('wm-score-gauge: inline, per kind', () => {
  it('shows NPS signed on −100..100 with its band and change in words', async () => {
    const el = await gauge(html`<wm-score-gauge kind="nps" value="32" previous="26"></wm-score-gauge>`);
    expect(value(el)).to.equal('+32');
    expect(bandLabel(el)).to.equal('Strong');
    expect(text($(el, '[part="label"]'))).to.equal('Net Promoter Score');
    expect($$(el, '[part="range"]').map(text)).to.deep.equal(['-100', '+100']);
    const m = meter(el);
    expect(m.getAttribute('aria-valuemin')).to.equal('-100');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    expect(m.getAttribute('aria-valuenow')).to.equal('32');
    expect(m.getAttribute('aria-valuetext')).to.equal('NPS +32, Strong, up 6 since last period');
    await expect(el).to.be.accessible();
  });

  it('draws a negative NPS as an arc from zero (the top of the dial) leftwards', async () => {
    const el = await gauge(html`<wm-score-gauge kind="nps" value="-20"></wm-score-gauge>`);
    expect(value(el)).to.equal('-20');
    expect(bandLabel(el)).to.equal('Detractor-heavy');
    const fill = $(el, '[part~="fill"]')!.getAttribute('d')!;
    expect(fill).to.match(/ 100 22$/);
    const needle = $(el, '[part="needle"]')!;
    expect(Number(needle.getAttribute('x2'))).to.be.below(100);
  });

  it('shows CSAT as a percentage in the locale', async () => {
    const el = await gauge(html`<wm-score-gauge kind="csat" value="84"></wm-score-gauge>`);
    expect(value(el)).to.equal('84%');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('CSAT 84%, High satisfaction');
    el.locale = 'de';
    await el.updateComplete;
    expect(value(el)).to.match(/^84\s%$/);
    expect(el.getAttribute('locale')).to.equal('de');
  });

  it('shows CES with one decimal on 1..7, following the nearest lang', async () => {
    const wrap = await fixture(html`<div lang="de"><wm-score-gauge kind="ces" value="5.6" previous="5.1"></wm-score-gauge></div>`);
    const el = wrap.firstElementChild as ScoreGauge;
    await partRendered(el, 'gauge');
    expect(value(el)).to.equal('5,6');
    // The words follow the lang too (test/i18n/score-gauge.test.ts covers them).
    expect(bandLabel(el)).to.equal('Einfach');
    expect(meter(el).getAttribute('aria-valuemin')).to.equal('1');
    expect(meter(el).getAttribute('aria-valuemax')).to.equal('7');
    expect(text($(el, '[part~="change"]'))).to.equal('seit dem letzten Zeitraum um 0,5 gestiegen');
  });

  for (const [v, band, tone] of [
    [39, 'At risk', 'critical'],
    [40, 'Needs attention', 'warning'],
    [69, 'Needs attention', 'warning'],
    [70, 'Healthy', 'good'],
  ] as const) {
    it(`puts a health score of ${v} in the ${tone} band (red < 40 <= amber < 70 <= green)`, async () => {
      const el = await gauge(html`<wm-score-gauge kind="health" value=${v}></wm-score-gauge>`);
      expect(value(el)).to.equal(String(v));
      expect(bandLabel(el)).to.equal(band);
      expect($(el, '[part~="fill"]')!.getAttribute('class')).to.contain(`tone-${tone}`);
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(`Health score ${v}, ${band}`);
    });
  }

  it('draws one segment per band, coloured by tone, across the range', async () => {
    const el = await gauge(html`<wm-score-gauge kind="health" value="50"></wm-score-gauge>`);
    const bands = $$(el, '[part~="band"]');
    expect(bands.map((b) => b.getAttribute('part'))).to.deep.equal(['band critical', 'band warning', 'band good']);
    const strokes = bands.map((b) => getComputedStyle(b).stroke);
    expect(new Set(strokes).size).to.equal(3);
  });

  it('takes the metric bands, range and unit over the kind defaults', async () => {
    const el = await withData({
      kind: 'score', label: 'Time to first value', value: 23, min: 0, max: 60, unit: 'days', previous: 27,
      bands: [
        { upTo: 21, tone: 'good', label: 'On target' },
        { upTo: 35, tone: 'warning', label: 'Slow' },
        { upTo: 60, tone: 'critical', label: 'Too slow' },
      ],
    });
    expect(value(el)).to.equal('23');
    expect(text($(el, '[part="unit"]'))).to.equal('days');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('23 days, Slow, down 4 days since last period');
    expect(bandLabel(el)).to.equal('Slow');
    expect(meter(el).getAttribute('aria-valuemax')).to.equal('60');
    // Bands running from good to critical mean lower is better: going down is an improvement.
    const change = $(el, '[part~="change"]')!;
    expect(text(change)).to.equal('down 4 days since last period');
    expect(change.getAttribute('part')).to.equal('change down better');
  });

  it('defaults an inline metric without kind to a 0..100 score', async () => {
    const el = await gauge(html`<wm-score-gauge value="55" label="Journey score"></wm-score-gauge>`);
    expect(text($(el, '[part="label"]'))).to.equal('Journey score');
    expect(meter(el).getAttribute('aria-labelledby')).to.equal('label');
    expect(value(el)).to.equal('55');
    expect(bandLabel(el)).to.equal('Fair');
  });

  it('shrinks long values to stay inside the arc', async () => {
    const el = await gauge(html`<wm-score-gauge kind="score" value="-123456" min="-1000000" max="1000000"></wm-score-gauge>`);
    const v = $<SVGTextElement>(el, '[part="value"]')!;
    expect(text(v)).to.equal('-123,456');
    // The track's inner edge is 71 units from the centre.
    expect(v.getBBox().width).to.be.below(142);
  });

  it('holds aria-valuenow inside the range but says the real value', async () => {
    const el = await gauge(html`<wm-score-gauge kind="health" value="120"></wm-score-gauge>`);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('100');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('Health score 120, Healthy');
    expect(value(el)).to.equal('120');
  });
});

describe('wm-score-gauge: target, change, sample, explanation', () => {
  it('marks the target on the dial and says it', async () => {
    const el = await gauge(html`<wm-score-gauge kind="health" value="64" target="50"></wm-score-gauge>`);
    const marker = $(el, '[part="target"]')!;
    // 50 is the middle of 0..100: the top of the dial.
    expect(Number(marker.getAttribute('x1'))).to.equal(100);
    expect(Number(marker.getAttribute('x2'))).to.equal(100);
    expect(text($(el, '[part="target-label"]'))).to.equal('Target 50');
    el.target = 40;
    await el.updateComplete;
    await partRendered(el, 'gauge');
    expect(text($(el, '[part="target-label"]'))).to.equal('Target 40');
    expect(Number($(el, '[part="target"]')!.getAttribute('x1'))).to.be.below(100);
  });

  it('has no target mark without a target', async () => {
    const el = await gauge(html`<wm-score-gauge kind="health" value="64"></wm-score-gauge>`);
    expect($(el, '[part="target"]')).to.equal(null);
    expect($(el, '[part="target-label"]')).to.equal(null);
  });

  it('says each direction of change in words, with its own arrow and colour', async () => {
    const cases = [
      { previous: 26, words: 'up 6 since last period', part: 'change up better' },
      { previous: 40, words: 'down 8 since last period', part: 'change down worse' },
      { previous: 32, words: 'no change since last period', part: 'change flat same' },
    ];
    const seen = { icons: new Set<string>(), colours: new Set<string>() };
    for (const c of cases) {
      const el = await gauge(html`<wm-score-gauge kind="nps" value="32" previous=${c.previous}></wm-score-gauge>`);
      const change = $(el, '[part~="change"]')!;
      expect(text(change)).to.equal(c.words);
      expect(change.getAttribute('part')).to.equal(c.part);
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(`NPS +32, Strong, ${c.words}`);
      seen.icons.add(change.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
      seen.colours.add(getComputedStyle(change).color);
    }
    expect(seen.icons.size).to.equal(3);
    expect(seen.colours.size).to.equal(3);
  });

  it('says change in points for percentages', async () => {
    const el = await gauge(html`<wm-score-gauge kind="csat" value="84" previous="88"></wm-score-gauge>`);
    expect(text($(el, '[part~="change"]'))).to.equal('down 4 points since last period');
  });

  it('says nothing about change without a previous value', async () => {
    const el = await gauge(html`<wm-score-gauge kind="nps" value="32"></wm-score-gauge>`);
    expect($(el, '[part~="change"]')).to.equal(null);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('NPS +32, Strong');
  });

  it('shows the sample size, and a low-sample warning in words under 30', async () => {
    const big = await withData({ kind: 'nps', value: 32, sampleSize: 1212 });
    expect(text($(big, '[part="sample"]'))).to.equal('n = 1,212');
    expect($(big, '[part="low-sample"]')).to.equal(null);
    const small = await withData({ kind: 'nps', value: 32, sampleSize: 29 });
    expect(text($(small, '[part="sample"]'))).to.equal('n = 29');
    expect(text($(small, '[part="low-sample"]'))).to.equal('Low sample: fewer than 30 responses');
    await expect(small).to.be.accessible();
    const enough = await withData({ kind: 'nps', value: 32, sampleSize: 30 });
    expect($(enough, '[part="low-sample"]')).to.equal(null);
    const none = await withData({ kind: 'nps', value: 32 });
    expect($(none, '[part="sample"]')).to.equal(null);
  });

  it('explains how the kind is computed in a closed disclosure', async () => {
    const el = await gauge(html`<wm-score-gauge kind="nps" value="32"></wm-score-gauge>`);
    const details = $<HTMLDetailsElement>(el, 'details[part="details"]')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('How is this calculated?');
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(text(details.querySelector('p'))).to.equal(KIND_DEFAULTS.nps.explain);
    await expect(el).to.be.accessible();
  });
});

describe('wm-score-gauge: attributes and looks', () => {
  it('reflects its attributes and follows changes to them', async () => {
    const el = await gauge(html`<wm-score-gauge kind="health" value="30"></wm-score-gauge>`);
    expect(el.getAttribute('size')).to.equal('m');
    const loaded = oneEvent(el, 'wm-load');
    Object.assign(el, { value: 75, size: 'l', trend: true, label: 'Northwind' });
    expect((await loaded).detail.data).to.include({ value: 75, label: 'Northwind' });
    await partRendered(el, 'gauge');
    expect(el.getAttribute('value')).to.equal('75');
    expect(el.getAttribute('size')).to.equal('l');
    expect(el.hasAttribute('trend')).to.equal(true);
    expect(bandLabel(el)).to.equal('Healthy');
  });

  it('grows with size s, m and l', async () => {
    const widths: number[] = [];
    for (const size of ['s', 'm', 'l']) {
      const el = await gauge(html`<wm-score-gauge kind="nps" value="10" size=${size}></wm-score-gauge>`);
      widths.push($(el, '[part="gauge"]')!.getBoundingClientRect().width);
    }
    expect(widths[0]).to.be.below(widths[1]!);
    expect(widths[1]).to.be.below(widths[2]!);
  });

  it('sweeps the needle to a new value', async () => {
    const el = await gauge(html`<wm-score-gauge kind="health" value="20"></wm-score-gauge>`);
    el.value = 80;
    await partRendered(el, 'needle');
    await el.updateComplete;
    expect($(el, '[part="needle"]')!.getAnimations()).to.have.length(1);
  });

  describeIn(['chromium'], DEVTOOLS, 'with reduced motion', () => {
    it('just moves the needle', async () => {
      const el = await gauge(html`<wm-score-gauge kind="health" value="20"></wm-score-gauge>`);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        el.value = 30;
        await aTimeout(0);
        await partRendered(el, 'needle');
        expect($(el, '[part="needle"]')!.getAnimations()).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  it('renders without style attributes (a strict CSP blocks them)', async () => {
    const el = await withData({ ...metrics[0]!, kind: 'nps' });
    expect($$(el, '[style]')).to.have.length(0);
  });

  it('follows an ancestor dark theme', async () => {
    const wrap = await fixture(html`<div data-wm-theme="dark"><wm-score-gauge kind="csat" value="72" previous="70"></wm-score-gauge></div>`);
    const el = wrap.firstElementChild as ScoreGauge;
    await partRendered(el, 'gauge');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle($(el, '.base')!).backgroundColor).to.equal('rgb(21, 24, 28)');
    await expect(el).to.be.accessible();
  });

  it('lays text out right to left without mirroring the dial', async () => {
    const wrap = await fixture(html`<div dir="rtl"><wm-score-gauge kind="nps" value="32" previous="30" target="40"></wm-score-gauge></div>`);
    const el = wrap.firstElementChild as ScoreGauge;
    await partRendered(el, 'gauge');
    const [lo, hi] = $$(el, '[part="range"]').map((r) => r.getBoundingClientRect().left);
    expect(lo).to.be.below(hi!);
    expect(getComputedStyle($(el, '.reading')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});

describe('wm-score-gauge: loaded', () => {
  it('loads the metric named by `metric` through an adapter', async () => {
    const adapter = new MemoryAdapter({ metrics });
    const el = document.createElement('wm-score-gauge');
    Object.assign(el, { metric: 'onboarding-nps', adapter });
    const loaded = oneEvent(el, 'wm-load');
    document.body.append(el);
    try {
      const ev = await loaded;
      expect(ev.detail.data.id).to.equal('onboarding-nps');
      expect(ev.bubbles && ev.composed).to.equal(true);
      await partRendered(el, 'gauge');
      expect(el.getAttribute('metric')).to.equal('onboarding-nps');
      expect(text($(el, '[part="label"]'))).to.equal('Onboarding NPS');
      expect(value(el)).to.equal('+42');
      expect(text($(el, '[part="target-label"]'))).to.equal('Target +50');
      expect(text($(el, '[part="sample"]'))).to.equal('n = 212');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('NPS +42, Strong, up 7 since last period');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('passes journey and customer to the adapter', async () => {
    const refs: unknown[] = [];
    const adapter = { metric: async (ref: unknown) => (refs.push(ref), metrics[0]!) };
    const el = await gauge(html`<wm-score-gauge metric="onboarding-nps" journey="onboarding" customer="acme" .adapter=${adapter}></wm-score-gauge>`);
    expect(refs).to.deep.equal([{ metric: 'onboarding-nps', journey: 'onboarding', customer: 'acme' }]);
    expect(value(el)).to.equal('+42');
  });

  it('loads from an enclosing <wm-data-source>', async () => {
    const adapter = new MemoryAdapter({ metrics });
    const wrap = await fixture(html`<wm-data-source .adapter=${adapter}><wm-score-gauge metric="onboarding-nps"></wm-score-gauge></wm-data-source>`);
    const el = wrap.querySelector('wm-score-gauge')!;
    await partRendered(el, 'gauge');
    expect(value(el)).to.equal('+42');
  });

  it('shows an inline metric inside a <wm-data-source> without asking the adapter', async () => {
    let asked = 0;
    const adapter = { metric: async () => (asked++, metrics[0]!) };
    const wrap = await fixture(html`<wm-data-source .adapter=${adapter}><wm-score-gauge kind="csat" value="91"></wm-score-gauge></wm-data-source>`);
    const el = wrap.querySelector('wm-score-gauge')!;
    await partRendered(el, 'gauge');
    expect(value(el)).to.equal('91%');
    expect(asked).to.equal(0);
  });

  it('prefers the `data` property over inline attributes', async () => {
    const el = await gauge(html`<wm-score-gauge kind="health" value="10" .data=${metrics[0]}></wm-score-gauge>`);
    expect(value(el)).to.equal('+42');
  });

  it('says which attribute is missing when an adapter has nothing to load', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge .adapter=${new MemoryAdapter({ metrics })}></wm-score-gauge>`);
    await partRendered(el, 'error');
    expect(text($(el, '[part="error"]'))).to.contain('Set the metric attribute');
  });

  it('shows not-found for an unknown metric, and unsupported for an adapter without metrics', async () => {
    const missing = await fixture<ScoreGauge>(html`<wm-score-gauge metric="nope" .adapter=${new MemoryAdapter({ metrics })}></wm-score-gauge>`);
    await partRendered(missing, 'error');
    expect(text($(missing, '[part="error"]'))).to.contain("We couldn't find the metric.");
    const unsupported = await fixture<ScoreGauge>(html`<wm-score-gauge metric="nps" .adapter=${{}}></wm-score-gauge>`);
    await partRendered(unsupported, 'error');
    expect(text($(unsupported, '[part="error"]'))).to.contain("can't provide the metric");
  });
});

describe('wm-score-gauge: states', () => {
  it('shows the no-source error with neither value nor source, and fires wm-error', async () => {
    const el = document.createElement('wm-score-gauge');
    el.kind = 'nps';
    const failed = oneEvent(el, 'wm-error');
    document.body.append(el);
    try {
      expect((await failed).detail.kind).to.equal('no-source');
      await el.updateComplete;
      const alert = $(el, '[part="error"][role="alert"]')!;
      expect(text(alert)).to.contain('No data source: set data, adapter, src or source.');
      expect($(el, '[part="retry"]')).to.exist;
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
      // Giving it a value makes it an inline gauge.
      el.value = 12;
      await partRendered(el, 'gauge');
      expect(value(el)).to.equal('+12');
    } finally {
      el.remove();
    }
  });

  it('shows invalid inline values as invalid data, naming the field', async () => {
    const cases: [ReturnType<typeof html>, RegExp][] = [
      [html`<wm-score-gauge kind="nps" value="lots"></wm-score-gauge>`, /value: expected number, got NaN/],
      [html`<wm-score-gauge kind="gauge" value="3"></wm-score-gauge>`, /kind: expected one of nps, csat, ces, health, score/],
      [html`<wm-score-gauge kind="score" value="3" min="10" max="10"></wm-score-gauge>`, /max: the range runs from 10 to 10; its minimum must be below its maximum/],
    ];
    for (const [markup, message] of cases) {
      const el = await fixture<ScoreGauge>(markup);
      await partRendered(el, 'error');
      const alert = $(el, '[part="error"][role="alert"]')!;
      expect(text(alert)).to.contain("The metric data has a problem, so it can't be shown.");
      expect(text(alert)).to.match(message);
      await expect(el).to.be.accessible();
    }
  });
});

// Metrics that are almost right: a valid shape with one field broken, or a
// valid shape whose range has no width.
const validMetric = fc.record({
  id: fc.string({ minLength: 1 }),
  kind: fc.constantFrom('nps', 'csat', 'ces', 'health', 'score'),
  label: fc.string({ minLength: 1 }),
  value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  previous: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
  sampleSize: fc.option(fc.nat(500), { nil: undefined }),
});
const junk = fc.oneof(
  fc.constant(null), fc.constant(''), fc.integer(), fc.double(), fc.string(), fc.boolean(),
  fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const brokenMetric = validMetric
  .chain((m) =>
    fc.oneof(
      fc.tuple(
        fc.constantFrom('id', 'kind', 'label', 'value', 'min', 'max', 'target', 'previous', 'bands', 'history', 'unit', 'sampleSize'),
        junk,
      ).map(([key, v]) => ({ ...m, [key]: v })),
      fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })).map(
        ([max, less]) => ({ ...m, min: max + less, max }),
      ),
      fc.tuple(junk, junk).map(([upTo, tone]) => ({ ...m, bands: [{ upTo, tone }] })),
      fc.tuple(junk, junk).map(([at, v]) => ({ ...m, history: [{ at, value: v }] })),
      junk,
    ),
  )
  .filter((m) => {
    if (m === null || m === undefined) return false;
    const parsed = Metric.safeParse(m);
    if (!parsed.success) return true;
    const { kind, min, max } = parsed.data;
    const lo = min ?? KIND_DEFAULTS[kind].min;
    const hi = max ?? KIND_DEFAULTS[kind].max;
    return !(lo < hi);
  });

describe('1,000 random invalid metrics', () => {
  it('each renders the error state naming the failing field, with no uncaught error', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge trend></wm-score-gauge>`);
    await expectEachInvalidShown(el, brokenMetric, {
      what: 'metric',
      reason: /: (expected|required|must|is not|the range runs)/,
      absent: '[role="meter"]',
      seed: 20261123,
    });
  });
});
