import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/score-gauge/define.js';
import type { ScoreGauge } from '../src/elements/score-gauge/score-gauge.js';
import { liveCharts } from '../src/charts/chart-controller.js';
import type { Metric } from '../src/data/schema.js';
import { $, partRendered, until } from './helpers/setup.js';

// The trend and radar charts tint their series with the token colour. With a
// token in oklch() or color-mix() (computed as oklch(…) / color(srgb …)),
// chart.js's own colour parser fails and the tint used to vanish.

const history = [20, 24, 22, 27, 30, 32].map((value, i) => ({ at: `2025-0${i + 1}-01T00:00:00Z`, value }));
const health: Metric = { id: 'h', kind: 'health', label: 'Northwind health', value: 32, previous: 30, history };

async function trendFill(trendColor: string): Promise<string> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.style.setProperty('--wm-score-gauge-trend-color', trendColor);
  const el = document.createElement('wm-score-gauge') as ScoreGauge;
  el.trend = true;
  el.data = health;
  wrap.append(el);
  await partRendered(el, 'trend');
  await until(() => liveCharts() > 0, 'the sparkline');
  const { Chart } = await import('chart.js');
  const chart = Chart.getChart($<HTMLCanvasElement>(el, 'canvas')!)!;
  return chart.data.datasets[0]!.backgroundColor as string;
}

describe('charts: series tint from any CSS colour', () => {
  for (const [name, token] of [
    ['oklch()', 'oklch(0.627955 0.257683 29.2339)'],
    ['color-mix()', 'color-mix(in srgb, red 100%, blue)'],
    ['hex', '#ff0000'],
  ] as const) {
    it(`tints the trend's area with a ${name} colour at 15 %`, async () => {
      const fill = await trendFill(token);
      const [r, g, b, a] = fill.match(/[\d.]+/g)!.map(Number);
      expect(r).to.be.closeTo(255, 3);
      expect(g).to.be.closeTo(0, 3);
      expect(b).to.be.closeTo(0, 3);
      expect(a).to.be.closeTo(0.15, 0.005);
    });
  }
});
