import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The per-element entry, not src/waymark.ts (see stage-tracker.stories.ts).
import '../src/elements/touchpoint-timeline/define.js';
import { GROUP_BYS, VIEWS, type GroupBy, type TimelineData, type TimelineView } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { TouchpointSelectEvent } from '../src/elements/touchpoint-timeline/events.js';
import type { WaymarkAdapter } from '../src/data/adapters/types.js';
import { generateTimeline, touchpointAdapter } from '../fixtures/touchpoints.js';
import { failingAdapter as failing, pendingAdapter as pending } from './adapters.js';
import { dataArgTypes, type DataArgs } from './data-args.js';

/** Every attribute and property of `<wm-touchpoint-timeline>`, plus its event handlers. */
export interface TouchpointTimelineArgs extends DataArgs<TimelineData> {
  journey?: string;
  customer?: string;
  from?: string;
  to?: string;
  groupBy: GroupBy;
  channels?: string;
  view: TimelineView;
  selected?: string;
  onWmTouchpointSelect?: (e: TouchpointSelectEvent) => void;
}

/** Renders a timeline from args; tests can call it with any `TouchpointTimelineArgs`. */
export const renderTouchpointTimeline = (a: TouchpointTimelineArgs) =>
  html`<wm-touchpoint-timeline
    journey=${ifDefined(a.journey)}
    customer=${ifDefined(a.customer)}
    from=${ifDefined(a.from)}
    to=${ifDefined(a.to)}
    group-by=${a.groupBy}
    channels=${ifDefined(a.channels)}
    view=${a.view}
    selected=${ifDefined(a.selected)}
    locale=${ifDefined(a.locale)}
    src=${ifDefined(a.src)}
    source=${ifDefined(a.source)}
    .data=${a.data}
    .adapter=${a.adapter}
    @wm-load=${a.onWmLoad}
    @wm-error=${a.onWmError}
    @wm-touchpoint-select=${a.onWmTouchpointSelect}
  ></wm-touchpoint-timeline>`;

/** One customer's quarter: 180 touchpoints, few enough that every one is drawn on its own. */
export const smallTimeline = generateTimeline({ count: 180, from: '2025-01-01T00:00:00Z', to: '2025-04-01T00:00:00Z', seed: 11 });

/** 10,000 touchpoints over two years, in memory. */
export const tenThousand = () => generateTimeline({ count: 10_000, seed: 12 });

/** 100,000 touchpoints over two years, served in cursor pages made on request, with 40 ms of latency per page. */
export const hundredThousandAdapter = () => touchpointAdapter({ count: 100_000, seed: 13, latencyMs: 40 });

/** 1,000,000 touchpoints over two years through a generating adapter: 100 pages of 10,000 by cursor, each made on request. */
export const millionAdapter = () => touchpointAdapter({ count: 1_000_000, seed: 14, pageSize: 10_000, latencyMs: 20 });

export const pendingAdapter = pending('touchpoints');

export const failingAdapter = failing('touchpoints', 'touchpoint');

export const baseArgs: TouchpointTimelineArgs = { groupBy: 'channel', view: 'timeline' };

const meta = {
  title: 'Elements/Touchpoint timeline',
  component: 'wm-touchpoint-timeline',
  tags: ['autodocs'],
  // The camelCase exports are fixtures for tests, not stories.
  excludeStories: /^[a-z]/,
  render: renderTouchpointTimeline,
  args: baseArgs,
  argTypes: {
    groupBy: { control: 'inline-radio', options: [...GROUP_BYS] },
    view: { control: 'inline-radio', options: [...VIEWS] },
    ...dataArgTypes('{ items: Touchpoint[], stages?: Stage[] }', { editable: false }),
  },
  parameters: {
    docs: {
      description: {
        component:
          'A customer’s touchpoints over time by channel or stage, coloured by sentiment, with moments of truth (stars), friction (triangles) and the emotion curve. ' +
          'Drag, pinch or ctrl/cmd + wheel to zoom and pan, or use the keys (+ and −, arrows, Home, End, Enter). The list view shows every touchpoint as text.',
      },
    },
  },
} satisfies Meta<TouchpointTimelineArgs>;

export default meta;
type Story = StoryObj<TouchpointTimelineArgs>;

export const Small: Story = { args: { data: smallTimeline } };

/** 10,000 touchpoints: where they crowd, they are drawn as bars; zoom in to tell them apart. */
export const TenThousand: Story = { loaders: [async () => ({ data: tenThousand() })], render: (a, { loaded }) => renderTouchpointTimeline({ ...a, data: loaded.data as TimelineData }) };

/** 100,000 touchpoints loaded page by page through the adapter, drawn as they arrive. */
export const HundredThousand: Story = {
  args: { journey: 'lifecycle', customer: 'acme' },
  loaders: [async () => ({ adapter: hundredThousandAdapter() })],
  render: (a, { loaded }) => renderTouchpointTimeline({ ...a, adapter: loaded.adapter as WaymarkAdapter }),
};

/** A million touchpoints streaming in through a generating adapter: the plot shows the first page and takes input while the rest arrive. */
export const Million: Story = {
  args: { journey: 'lifecycle', customer: 'acme' },
  loaders: [async () => ({ adapter: millionAdapter() })],
  render: (a, { loaded }) => renderTouchpointTimeline({ ...a, adapter: loaded.adapter as WaymarkAdapter }),
};

export const Empty: Story = { args: { data: { items: [] } } };

export const Loading: Story = { args: { journey: 'lifecycle', adapter: pendingAdapter } };

export const Error: Story = { args: { journey: 'lifecycle', adapter: failingAdapter } };

/** `channels="email phone chat"`: the chips show what is filtered out, struck through. */
export const Filtered: Story = { args: { data: smallTimeline, channels: 'email phone chat' } };

export const GroupedByStage: Story = { ...TenThousand, args: { groupBy: 'stage' } };

/** A touchpoint selected: its card under the plot. */
export const Selected: Story = { args: { data: smallTimeline, selected: smallTimeline.items[40]!.id } };

/** The accessible alternative: every touchpoint as text, grouped by day, virtualized. */
export const ListView: Story = { args: { data: smallTimeline, view: 'list' } };

export const Dark: Story = { args: { data: smallTimeline }, globals: { theme: 'dark' } };

/** The time axis is mirrored: time runs right to left. */
export const RTL: Story = { args: { data: smallTimeline, locale: 'ar-EG' }, globals: { direction: 'rtl' } };
