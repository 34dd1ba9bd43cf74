import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/data-source/define.js';
import '../src/elements/journey-score/define.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import type { Journey } from '../src/data/schema.js';
import { serviceJourney } from '../fixtures/journeys.js';
import { failingAdapter as failing, pendingAdapter as pending } from './adapters.js';
import { dataArgTypes, type DataArgs } from './data-args.js';

/** Every attribute and property of `<wm-journey-score>`, plus its event handlers. */
export interface JourneyScoreArgs extends DataArgs<Journey> {
  journey?: string;
  customer?: string;
  weights?: Record<string, number>;
}

/** Renders a journey score from args; tests can call it with any `JourneyScoreArgs`. */
export const renderJourneyScore = (a: JourneyScoreArgs) =>
  html`<wm-journey-score
    journey=${ifDefined(a.journey)}
    customer=${ifDefined(a.customer)}
    .weights=${a.weights}
    locale=${ifDefined(a.locale)}
    src=${ifDefined(a.src)}
    source=${ifDefined(a.source)}
    .data=${a.data}
    .adapter=${a.adapter}
    @wm-load=${a.onWmLoad}
    @wm-error=${a.onWmError}
  ></wm-journey-score>`;

/** Sample "get help" journeys: each component a metric with a weight. */
export const scoreJourneys = {
  ready: serviceJourney({ customer: 'acme' }),
  /** Every value moved 6 points the wrong way: the composite drops into "Fair". */
  struggling: serviceJourney({ customer: 'initech', shift: -6 }),
  empty: { ...serviceJourney(), scoreComponents: [] } satisfies Journey,
};

/** Weights by metric id that put cost to serve first and satisfaction last. */
export const costFirstWeights = { csat: 1, fcr: 1, ces: 1, repeat: 2, cost: 5 };

/** Weights that are all 0: there is nothing to combine. */
export const zeroWeights = { csat: 0, fcr: 0, ces: 0, repeat: 0, cost: 0 };

export const pendingAdapter = pending('journey');

export const failingAdapter = failing('journey', 'journey');

/** A `MemoryAdapter` holding the "get help" journey of acme. */
export const scoreAdapter = () => new MemoryAdapter({ journeys: [scoreJourneys.ready] });

/** Args shared by every story. */
export const baseArgs: JourneyScoreArgs = {};

const meta = {
  title: 'Elements/Journey score',
  component: 'wm-journey-score',
  tags: ['autodocs'],
  // The camelCase exports are fixtures for tests, not stories.
  excludeStories: /^[a-z]/,
  render: renderJourneyScore,
  args: baseArgs,
  argTypes: {
    weights: { control: 'object', table: { type: { summary: 'Record<string, number> | undefined' } } },
    ...dataArgTypes('Journey'),
  },
  parameters: {
    docs: {
      description: {
        component:
          "A journey's success score: its end-of-journey metrics, each placed on 0–100 where 100 is best and combined by " +
          'weight into one composite gauge, with a bar per component (value, weight, points added) and the component ' +
          'that costs the most named in words. The `weights` property (by metric id) overrides the data\'s weights; ' +
          'they need not add up to 1.',
      },
    },
  },
} satisfies Meta<JourneyScoreArgs>;

export default meta;
type Story = StoryObj<JourneyScoreArgs>;

/** Loaded through an adapter by `journey` and `customer`. */
export const Ready: Story = {
  args: { journey: 'get-help', customer: 'acme' },
  loaders: [async () => ({ adapter: scoreAdapter() })],
  render: (args, { loaded }) => renderJourneyScore({ ...args, adapter: loaded.adapter as MemoryAdapter }),
};

/**
 * The same journey with `weights` set in code: cost to serve counts five times
 * as much as satisfaction, so the composite and the biggest gap change.
 */
export const CustomWeights: Story = { args: { data: scoreJourneys.ready, weights: costFirstWeights } };

export const Loading: Story = { args: { journey: 'get-help', customer: 'acme', adapter: pendingAdapter } };

/** A journey without score components. */
export const Empty: Story = { args: { data: scoreJourneys.empty } };

export const Error: Story = { args: { journey: 'get-help', customer: 'acme', adapter: failingAdapter } };

/** Every weight 0: the score can't be computed, and the element says why instead of drawing a number. */
export const ZeroWeights: Story = { args: { data: scoreJourneys.ready, weights: zeroWeights } };

export const Dark: Story = {
  args: { data: scoreJourneys.struggling },
  globals: { theme: 'dark' },
};

/** Numbers sit in `<bdi>`; the bars fill from the right. */
export const RTL: Story = {
  args: { data: scoreJourneys.ready, locale: 'ar' },
  globals: { direction: 'rtl' },
};
