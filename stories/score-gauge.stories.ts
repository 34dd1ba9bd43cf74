import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/data-source/define.js';
import '../src/elements/score-gauge/define.js';
import { KINDS, SIZES, type GaugeSize, type MetricKind } from '../src/elements/score-gauge/score-gauge.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import type { Metric } from '../src/data/schema.js';
import { demoMetrics } from '../fixtures/demo-metrics.js';
import { failingAdapter as failing, pendingAdapter as pending } from './adapters.js';
import { dataArgTypes, type DataArgs } from './data-args.js';

/** The fixed "now" of every story, so history dates never drift. */
export const NOW = Date.UTC(2025, 5, 2, 9, 0);

/** Every attribute and property of `<wm-score-gauge>`, plus its event handlers. */
export interface ScoreGaugeArgs extends DataArgs<Metric> {
  metric?: string;
  journey?: string;
  customer?: string;
  kind?: MetricKind;
  value?: number;
  min?: number;
  max?: number;
  target?: number;
  previous?: number;
  label?: string;
  size: GaugeSize;
  trend: boolean;
}

/** Renders a gauge from args; tests can call it with any `ScoreGaugeArgs`. */
export const renderScoreGauge = (a: ScoreGaugeArgs) =>
  html`<wm-score-gauge
    metric=${ifDefined(a.metric)}
    journey=${ifDefined(a.journey)}
    customer=${ifDefined(a.customer)}
    kind=${ifDefined(a.kind)}
    value=${ifDefined(a.value)}
    min=${ifDefined(a.min)}
    max=${ifDefined(a.max)}
    target=${ifDefined(a.target)}
    previous=${ifDefined(a.previous)}
    label=${ifDefined(a.label)}
    size=${a.size}
    ?trend=${a.trend}
    locale=${ifDefined(a.locale)}
    src=${ifDefined(a.src)}
    source=${ifDefined(a.source)}
    .data=${a.data}
    .adapter=${a.adapter}
    @wm-load=${a.onWmLoad}
    @wm-error=${a.onWmError}
  ></wm-score-gauge>`;

const demo = demoMetrics(NOW);

/** The demo API's metric `id`, dated against `NOW`. */
const demoMetric = (id: string): Metric => demo.find((m) => m.id === id)!;

const nps = demoMetric('onboarding-nps');
const csat = demoMetric('onboarding-csat');
const health = demoMetric('northwind-health');

/** Sample metrics, dated against `NOW`. */
export const gaugeMetrics = {
  nps,
  csat,
  health,
  score: demoMetric('time-to-first-value'),
  lowSample: { ...nps, id: 'pilot-nps', label: 'Pilot NPS', sampleSize: 18 },
  noPrevious: { ...health, previous: undefined, history: undefined },
  noResponses: { ...csat, sampleSize: 0 },
} satisfies Record<string, Metric>;

export const pendingAdapter = pending('metric');

export const failingAdapter = failing('metric', 'metrics');

/** A `MemoryAdapter` holding every sample metric. */
export const metricsAdapter = () => new MemoryAdapter({ metrics: Object.values(gaugeMetrics) });

/** Args shared by every story: a medium gauge without trend. */
export const baseArgs: ScoreGaugeArgs = { size: 'm', trend: false };

const meta = {
  title: 'Elements/Score gauge',
  component: 'wm-score-gauge',
  tags: ['autodocs'],
  // The camelCase exports and NOW are fixtures for tests, not stories.
  excludeStories: /^(?:NOW$|[a-z])/,
  render: renderScoreGauge,
  args: baseArgs,
  argTypes: {
    kind: { control: 'select', options: [undefined, ...KINDS] },
    size: { control: 'inline-radio', options: [...SIZES] },
    trend: { control: 'boolean' },
    value: { control: 'number' },
    min: { control: 'number' },
    max: { control: 'number' },
    target: { control: 'number' },
    previous: { control: 'number' },
    ...dataArgTypes('Metric'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'One metric as a gauge: value, range, bands, target and change since the last period, each also said in words; ' +
          'the sample size, a low-sample warning and how the kind is computed; and, with `trend`, its history. ' +
          'Set `metric` to load one through a data source, or `kind` and `value` to show one inline.',
      },
    },
  },
} satisfies Meta<ScoreGaugeArgs>;

export default meta;
type Story = StoryObj<ScoreGaugeArgs>;

/** Inline: `kind="nps" value="32" previous="26" target="40"`. NPS runs from −100 to +100 and is signed. */
export const NPS: Story = { args: { kind: 'nps', value: 32, previous: 26, target: 40 } };

/** Inline CSAT: a percentage, formatted for the locale. */
export const CSAT: Story = { args: { kind: 'csat', value: 84, previous: 88, target: 90 } };

/** Inline CES: the mean of a 1–7 agreement scale, one decimal. */
export const CES: Story = { args: { kind: 'ces', value: 5.6, previous: 5.1, target: 5.5 } };

/** A customer health score: red below 40, amber below 70, green from 70. */
export const Health: Story = { args: { kind: 'health', value: 64, previous: 58, target: 70, label: 'Northwind health' } };

/** A custom score with its own range, unit and bands, where lower is better (loaded as `data`). */
export const Score: Story = { args: { data: gaugeMetrics.score } };

/** Loaded through an adapter by `metric`. */
export const Loaded: Story = {
  args: { metric: 'onboarding-nps' },
  loaders: [async () => ({ adapter: metricsAdapter() })],
  render: (args, { loaded }) => renderScoreGauge({ ...args, adapter: loaded.adapter as MemoryAdapter }),
};

export const Loading: Story = { args: { metric: 'onboarding-nps', adapter: pendingAdapter } };

export const Error: Story = { args: { metric: 'onboarding-nps', adapter: failingAdapter } };

/** A metric with `sampleSize: 0`: there is no score yet. */
export const Empty: Story = { args: { data: gaugeMetrics.noResponses } };

/** Neither `value` nor a data source. */
export const NoSource: Story = { args: { kind: 'nps' } };

/** `min` equal to `max`: the range has no width, so the metric is invalid data. */
export const InvalidData: Story = { args: { kind: 'score', value: 5, min: 10, max: 10 } };

/** Fewer than 30 responses: a warning in words. */
export const LowSample: Story = { args: { data: gaugeMetrics.lowSample } };

/** No previous value: no change is claimed. */
export const NoPrevious: Story = { args: { data: gaugeMetrics.noPrevious } };

/** `trend`: the history as a sparkline (chart.js, loaded on first use) with a text alternative. */
export const WithTrend: Story = { args: { data: gaugeMetrics.nps, trend: true, size: 'l' } };

export const Sizes: Story = {
  render: (args) => html`<div>
    ${SIZES.map((size) => renderScoreGauge({ ...args, size }))}
  </div>`,
  args: { kind: 'health', value: 72, previous: 66, target: 70 },
};

export const Dark: Story = {
  args: { data: gaugeMetrics.nps, trend: true },
  globals: { theme: 'dark' },
};

export const RTL: Story = {
  args: { data: gaugeMetrics.csat, locale: 'ar' },
  globals: { direction: 'rtl' },
};
