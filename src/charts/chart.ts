// The one module that imports chart.js. Elements never import it statically:
// ChartController loads it with import() the first time a chart is shown, so
// chart.js stays out of every startup bundle: even tree-shaken, this chunk is
// about 56 kB gz (dist/chunks/chart-*.min.js, 56,055 bytes minified + gzip -9,
// chart.js 4.6.1).
import {
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { rgbString, toRgba } from '../styles/color.js';
import { motionMs } from '../styles/motion.js';

// Only what a sparkline and a radar draw; registering everything would pull in every controller.
Chart.register(
  LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler, Tooltip,
  RadarController, RadialLinearScale,
);

/** A small line chart without axes: one series, its last point marked. */
export interface SparklineSpec {
  type: 'sparkline';
  /** One label per point (shown in the tooltip), oldest first. */
  labels: string[];
  values: number[];
  /** Series name for the tooltip. */
  label: string;
  /** Fixes the value axis; by default it fits the values. */
  min?: number;
  max?: number;
  /** Formats a value for the tooltip. */
  format: (value: number) => string;
}

/** A radar of scores by dimension: one filled series on a fixed scale, one axis per label. */
export interface RadarSpec {
  type: 'radar';
  /** One label per axis, e.g. a dimension's name; an array is drawn one line per item. */
  labels: (string | string[])[];
  values: number[];
  /** Series name for the tooltip. */
  label: string;
  min: number;
  max: number;
  /** Formats a value for the tooltip. */
  format: (value: number) => string;
}

export type ChartSpec = SparklineSpec | RadarSpec;

/** `css` at `alpha` times its own opacity, or undefined when it is no colour. */
function tint(css: string, alpha: number): string | undefined {
  const c = toRgba(css);
  return c && rgbString([c[0], c[1], c[2], Math.round(c[3] * alpha * 1000) / 1000]);
}

/**
 * The line colour is the canvas's computed `color`, which the element sets
 * from its custom properties. Reading the custom property itself would give
 * text such as `light-dark(#1f55c9, #84aaff)`: only a real colour property
 * resolves that for the current scheme. Tints go through toRgba, which reads
 * any colour syntax (chart.js's own parser knows no oklch() or color()).
 */
function colours(canvas: HTMLCanvasElement) {
  const line = getComputedStyle(canvas).color || 'currentColor';
  return { line, fill: tint(line, 0.15) ?? 'transparent' };
}

/** One series in the canvas's colour, filled with a tint of it: what every chart draws. */
function series(s: { label: string; values: number[] }, c: ReturnType<typeof colours>) {
  return {
    label: s.label,
    data: s.values,
    borderColor: c.line,
    backgroundColor: c.fill,
    pointBackgroundColor: c.line,
    pointBorderColor: c.line,
    borderWidth: 2,
  };
}

/** Options every chart shares: sized by its box, animated unless motion is reduced, no legend. */
function frame(canvas: HTMLCanvasElement) {
  const duration = motionMs(canvas, 1.5);
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: duration ? { duration } : (false as const),
    events: ['mousemove', 'mouseout', 'touchstart', 'touchmove'] as (keyof HTMLElementEventMap)[],
    layout: { padding: 4 },
  };
}

function sparklineConfig(canvas: HTMLCanvasElement, s: SparklineSpec): ChartConfiguration<'line'> {
  const c = colours(canvas);
  const last = s.values.length - 1;
  return {
    type: 'line',
    data: {
      labels: s.labels,
      datasets: [
        {
          ...series(s, c),
          fill: 'start',
          tension: 0.3,
          // A dot on the latest period only: the others would crowd a small chart.
          pointRadius: s.values.map((_v, i) => (i === last ? 3 : 0)),
          pointHoverRadius: 4,
          pointHitRadius: 8,
        },
      ],
    },
    options: {
      ...frame(canvas),
      scales: {
        x: { type: 'category', display: false },
        y: { type: 'linear', display: false, min: s.min, max: s.max, grace: '10%' },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          displayColors: false,
          callbacks: { label: (item) => s.format(item.parsed.y ?? 0) },
        },
      },
    },
  };
}

/**
 * The series is drawn in the canvas's computed `color` (see colours); axis
 * labels and grid lines in its parent's, so an element sets both from its
 * custom properties.
 */
function radarConfig(canvas: HTMLCanvasElement, s: RadarSpec): ChartConfiguration<'radar'> {
  const c = colours(canvas);
  const ink = canvas.parentElement ? getComputedStyle(canvas.parentElement).color : c.line;
  const grid = tint(ink, 0.2) ?? 'rgba(128, 128, 128, 0.3)';
  return {
    type: 'radar',
    data: {
      labels: s.labels,
      datasets: [
        {
          ...series(s, c),
          fill: true,
          pointRadius: 3,
          pointHoverRadius: 5,
        },
      ],
    },
    options: {
      ...frame(canvas),
      scales: {
        r: {
          type: 'radialLinear',
          min: s.min,
          max: s.max,
          ticks: { display: false, stepSize: (s.max - s.min) / 5 },
          grid: { color: grid },
          angleLines: { color: grid },
          pointLabels: { color: ink, font: { size: 12 } },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          displayColors: false,
          callbacks: { label: (item) => s.format(item.parsed.r ?? 0) },
        },
      },
    },
  };
}

/** Draws `spec` on `canvas`, or updates `existing` in place when it is drawn there already. */
export function draw(canvas: HTMLCanvasElement, spec: ChartSpec, existing?: Chart): Chart {
  const config: ChartConfiguration =
    spec.type === 'radar' ? radarConfig(canvas, spec) : sparklineConfig(canvas, spec);
  if (existing && existing.canvas === canvas && (existing.config as ChartConfiguration).type === config.type) {
    existing.data = config.data;
    existing.options = config.options ?? {};
    existing.update();
    return existing;
  }
  existing?.destroy();
  return new Chart(canvas, config);
}

/** How many charts are alive on the page (tests assert none leak). */
export const liveCharts = (): number => Object.keys(Chart.instances).length;
