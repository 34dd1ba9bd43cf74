import { html } from 'lit';
import type { SparklineSpec } from '../../charts/chart-controller.js';
import { msg, str } from '../../i18n/localize.js';
import type { GaugeView, TrendView } from './model.js';

/** What the sparkline draws: the history, oldest first. */
export function sparklineSpec(v: GaugeView, t: TrendView): SparklineSpec {
  return {
    type: 'sparkline',
    labels: t.labels,
    values: t.values,
    label: v.metric.label,
    // No fixed range: on the metric's whole range (−100..100 for NPS) a
    // sparkline of a few points' movement would be a flat line.
    format: v.format,
  };
}

/**
 * The trend: a canvas chart (drawn by ChartController once chart.js has
 * loaded) named by a one-line summary, and the full history as a table for
 * screen readers, since a canvas has no content of its own. `label` is the
 * metric's label as shown. Call it from a render, so its words are the element's.
 */
export function renderTrend(t: TrendView, label: string) {
  return html`<div part="trend" class="trend">
    <div class="trend-box">
      <canvas part="trend-chart" role="img" aria-label=${t.summary}></canvas>
    </div>
    <div class="sr-only">
      <table>
        <caption>${msg(str`${label} history`, { id: 'gauge.trend.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Date', { id: 'gauge.trend.date' })}</th>
            <th scope="col">${msg('Value', { id: 'gauge.trend.value' })}</th>
          </tr>
        </thead>
        <tbody>
          ${t.labels.map((label, i) => html`<tr><td>${label}</td><td>${t.texts[i]}</td></tr>`)}
        </tbody>
      </table>
    </div>
  </div>`;
}
