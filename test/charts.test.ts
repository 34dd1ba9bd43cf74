import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../src/elements/score-gauge/define.js';
import type { ScoreGauge } from '../src/elements/score-gauge/score-gauge.js';
import { ChartController, chartsLoaded, liveCharts, type ChartSpec } from '../src/charts/chart-controller.js';
import type { Metric } from '../src/data/schema.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';

const history = [20, 24, 22, 27, 30, 32].map((value, i) => ({ at: `2025-0${i + 1}-01T00:00:00Z`, value }));
const health: Metric = { id: 'h', kind: 'health', label: 'Northwind health', value: 32, previous: 30, history };

/** chart.js and the chart module, as requested by the page so far. */
const chartRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/chart\.js\/|\/charts\/chart\.(js|ts)/.test(n));

const chartOf = async (canvas: HTMLCanvasElement) => (await import('chart.js')).Chart.getChart(canvas)!;

// First, while chart.js has not been loaded on this page.
describe('charts: chart.js is loaded lazily', () => {
  it('is not loaded for gauges without a trend, nor for a trend without history', async () => {
    const plain = await fixture<ScoreGauge>(html`<wm-score-gauge .data=${health}></wm-score-gauge>`);
    await partRendered(plain, 'gauge');
    expect($(plain, 'canvas')).to.equal(null);
    const bare = await fixture<ScoreGauge>(html`<wm-score-gauge trend kind="health" value="40"></wm-score-gauge>`);
    await partRendered(bare, 'gauge');
    expect($(bare, 'canvas')).to.equal(null);
    const one = await fixture<ScoreGauge>(html`<wm-score-gauge trend .data=${{ ...health, history: history.slice(0, 1) }}></wm-score-gauge>`);
    await partRendered(one, 'gauge');
    expect($(one, 'canvas')).to.equal(null);
    await aTimeout(50);
    expect(chartsLoaded()).to.equal(false);
    expect(chartRequests()).to.deep.equal([]);
  });

  it('draws no chart for a gauge removed while chart.js was loading', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge trend .data=${health}></wm-score-gauge>`);
    await partRendered(el, 'trend');
    expect(chartsLoaded()).to.equal(false);
    el.remove();
    await until(chartsLoaded, 'chart.js');
    await aTimeout(20);
    expect(liveCharts()).to.equal(0);
  });

  it('loads when a trend is first shown, and draws the history', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge trend .data=${health}></wm-score-gauge>`);
    await partRendered(el, 'trend');
    await until(() => liveCharts() === 1, 'the sparkline');
    expect(chartsLoaded()).to.equal(true);
    expect(chartRequests().length).to.be.greaterThan(0);
    const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
    expect(canvas.width).to.be.greaterThan(0);
    const chart = await chartOf(canvas);
    expect(chart.data.datasets[0]!.data).to.deep.equal([20, 24, 22, 27, 30, 32]);
    el.remove();
    expect(liveCharts()).to.equal(0);
  });
});

describe('charts: the gauge trend', () => {
  it('has a text alternative and the history as a table for screen readers', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge trend .data=${health}></wm-score-gauge>`);
    await partRendered(el, 'trend');
    const canvas = $(el, 'canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Trend over 6 periods: from 20 to 32');
    const table = $(el, '[part="trend"] table')!;
    expect(text(table.querySelector('caption'))).to.equal('Northwind health history');
    expect($$(el, 'th').map(text)).to.deep.equal(['Date', 'Value']);
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map(text));
    expect(rows).to.have.length(6);
    expect(rows[0]).to.deep.equal(['Jan 1, 2025', '20']);
    expect(rows[5]).to.deep.equal(['Jun 1, 2025', '32']);
    expect(table.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
    await until(() => liveCharts() === 1, 'the sparkline');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('sorts history by date and formats it per kind', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge trend .data=${{ ...health, kind: 'nps', history: [...history].reverse() }}></wm-score-gauge>`);
    await partRendered(el, 'trend');
    expect($(el, 'canvas')!.getAttribute('aria-label')).to.equal('Trend over 6 periods: from +20 to +32');
    el.remove();
  });

  it('updates the chart in place when the data changes, and removes it with `trend` off', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge trend .data=${health}></wm-score-gauge>`);
    await until(() => liveCharts() === 1, 'the sparkline');
    el.data = { ...health, value: 35, history: [...history, { at: '2025-07-01T00:00:00Z', value: 35 }] };
    await partRendered(el, 'trend');
    await until(() => liveCharts() === 1 && !!$(el, 'canvas'), 'the redrawn sparkline');
    const chart = await chartOf($<HTMLCanvasElement>(el, 'canvas')!);
    expect(chart.data.datasets[0]!.data).to.deep.equal([20, 24, 22, 27, 30, 32, 35]);
    el.trend = false;
    await el.updateComplete;
    expect($(el, 'canvas')).to.equal(null);
    expect(liveCharts()).to.equal(0);
    el.remove();
  });

  it('takes its colour from --wm-score-gauge-trend-color', async () => {
    const el = await fixture<ScoreGauge>(html`<wm-score-gauge trend .data=${health}></wm-score-gauge>`);
    el.style.setProperty('--wm-score-gauge-trend-color', 'rgb(200, 10, 20)');
    el.requestUpdate();
    await until(() => liveCharts() === 1, 'the sparkline');
    await el.updateComplete;
    const chart = await chartOf($<HTMLCanvasElement>(el, 'canvas')!);
    expect(chart.data.datasets[0]!.borderColor).to.equal('rgb(200, 10, 20)');
    expect(chart.data.datasets[0]!.backgroundColor).to.equal('rgba(200, 10, 20, 0.15)');
    el.remove();
  });

  it('destroys the chart on disconnect and draws it again when reattached', async () => {
    const wrap = await fixture(html`<div><wm-score-gauge trend .data=${health}></wm-score-gauge></div>`);
    const el = wrap.firstElementChild as ScoreGauge;
    await until(() => liveCharts() === 1, 'the sparkline');
    el.remove();
    expect(liveCharts()).to.equal(0);
    wrap.append(el);
    await until(() => liveCharts() === 1, 'the sparkline again');
    wrap.remove();
    expect(liveCharts()).to.equal(0);
  });

  it('leaks no chart over 200 mount and unmount cycles', async function () {
    // 100 charts drawn one after another: over 20 s in WebKit on a busy 2-core machine.
    this.timeout(90_000);
    const host = document.createElement('div');
    document.body.append(host);
    let drawn = 0;
    try {
      for (let i = 0; i < 200; i++) {
        const el = document.createElement('wm-score-gauge');
        Object.assign(el, { trend: true, data: { ...health, value: i % 100 } });
        host.append(el);
        await el.updateComplete;
        // Half the cycles wait for the chart; the others unmount before it is drawn.
        if (i % 2 === 0) {
          await until(() => liveCharts() === 1, `the sparkline of cycle ${i}`);
          drawn++;
        }
        el.remove();
        expect(liveCharts(), `after cycle ${i}`).to.equal(0);
      }
      await aTimeout(50);
      expect(liveCharts()).to.equal(0);
      expect(drawn).to.equal(100);
    } finally {
      host.remove();
    }
  });
});

class ChartHost extends LitElement {
  static override properties = { values: { attribute: false }, show: { type: Boolean } };
  values: number[] = [1, 2, 3];
  show = true;
  readonly controller = new ChartController(this, {
    canvas: () => this.renderRoot.querySelector('canvas'),
    spec: (): ChartSpec | undefined =>
      this.show ? { type: 'sparkline', labels: this.values.map(String), values: this.values, label: 'x', format: String } : undefined,
  });
  override render() {
    return this.show ? litHtml`<div style="height: 40px; width: 120px"><canvas></canvas></div>` : litHtml``;
  }
}
customElements.define('test-chart-host', ChartHost);

describe('charts: ChartController', () => {
  it('creates the chart after render, updates it in place, and destroys it when the canvas goes', async () => {
    const el = await fixture<ChartHost>(html`<test-chart-host></test-chart-host>`);
    await until(() => !!el.controller.chart, 'the chart');
    const first = el.controller.chart!;
    expect(first.canvas).to.equal(el.shadowRoot!.querySelector('canvas'));
    el.values = [4, 5, 6, 7];
    await el.updateComplete;
    expect(el.controller.chart).to.equal(first);
    expect(first.data.datasets[0]!.data).to.deep.equal([4, 5, 6, 7]);
    el.show = false;
    await el.updateComplete;
    expect(el.controller.chart).to.equal(undefined);
    expect(liveCharts()).to.equal(0);
  });

  it('destroys the chart of a host removed right after its first render', async () => {
    const el = document.createElement('test-chart-host') as ChartHost;
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await aTimeout(20);
    expect(el.controller.chart).to.equal(undefined);
    expect(liveCharts()).to.equal(0);
  });
});
