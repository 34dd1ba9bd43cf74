import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The per-element entry, not src/waymark.ts (see stage-tracker.stories.ts).
import '../src/elements/journey-map/define.js';
import { COLUMN_MODES, type ColumnMode } from '../src/elements/journey-map/journey-map.js';
import type { CellSelectEvent } from '../src/elements/journey-map/events.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import type { JourneyMap } from '../src/data/schema.js';
import { DEMO_MAP_JOURNEY, advanceMap, demoMap } from '../fixtures/demo-map.js';
import { failingAdapter as failing, pendingAdapter as pending } from './adapters.js';
import { dataArgTypes, type DataArgs } from './data-args.js';
import { emptyMap, invalidMap, lanesOf, localMap, onboardingMap, payMap, wideMap } from './journey-map-data.js';

/** The fixed "now" of every story, so `updatedAt` never drifts. */
export const NOW = Date.UTC(2026, 5, 1, 9, 0);

/** Every attribute and property of `<wm-journey-map>`, plus its event handlers. */
export interface JourneyMapArgs extends DataArgs<JourneyMap> {
  journey?: string;
  columns?: ColumnMode;
  lanes?: string;
  selectable: boolean;
  onWmCellSelect?: (e: CellSelectEvent) => void;
}

/** Renders a map from args; tests can call it with any `JourneyMapArgs`. */
export const renderJourneyMap = (a: JourneyMapArgs) =>
  html`<wm-journey-map
    journey=${ifDefined(a.journey)}
    columns=${ifDefined(a.columns)}
    lanes=${ifDefined(a.lanes)}
    ?selectable=${a.selectable}
    locale=${ifDefined(a.locale)}
    src=${ifDefined(a.src)}
    source=${ifDefined(a.source)}
    .data=${a.data}
    .adapter=${a.adapter}
    @wm-load=${a.onWmLoad}
    @wm-error=${a.onWmError}
    @wm-cell-select=${a.onWmCellSelect}
  ></wm-journey-map>`;

export const pendingAdapter = pending('journeyMap');

export const failingAdapter = failing('journeyMap', 'journey map');

/** A `MemoryAdapter` holding the demo's "get help" map as it stands at `NOW`. */
export const liveAdapter = () => new MemoryAdapter({ maps: { [DEMO_MAP_JOURNEY]: demoMap(NOW) } });

/**
 * Moves customers one tick along the map in `adapter` (as the sample API's
 * `POST /demo/map-advance` does) and publishes it with `setMap`.
 */
export async function moveCustomersAlong(adapter: MemoryAdapter, tick: number): Promise<JourneyMap> {
  const map = advanceMap(await adapter.journeyMap({ journey: DEMO_MAP_JOURNEY }), tick, NOW + tick * 60_000);
  adapter.setMap(DEMO_MAP_JOURNEY, map);
  return map;
}

/** The demo map with its emotion lane as one series (today's), no target. */
export function todayOnly(): JourneyMap {
  const map = demoMap(NOW);
  const lane = map.lanes.find((l) => l.kind === 'emotion')!;
  delete lane.series;
  lane.cells = lane.cells.map((c) => ({ column: c.column, emotion: (c.emotion as Record<string, number>)['today']! }));
  return map;
}

export const baseArgs: JourneyMapArgs = { selectable: false };

const meta = {
  title: 'Elements/Journey map',
  component: 'wm-journey-map',
  tags: ['autodocs'],
  // The camelCase exports and NOW are fixtures for tests, not stories.
  excludeStories: /^(?:NOW$|[a-z])/,
  render: renderJourneyMap,
  args: baseArgs,
  argTypes: {
    columns: { control: 'inline-radio', options: [...COLUMN_MODES] },
    lanes: { control: 'text' },
    selectable: { control: 'boolean' },
    ...dataArgTypes('JourneyMap', { editable: false }),
  },
  parameters: {
    docs: {
      description: {
        component:
          'One journey as a map: stages and their steps as columns, lanes of notes (with pain, gain and idea tones), emotion curves, channels, metrics and a funnel as rows. A real table: every cell is announced with its lane and column.',
      },
    },
  },
} satisfies Meta<JourneyMapArgs>;

export default meta;
type Story = StoryObj<JourneyMapArgs>;

/** "Get help" from the demo: five stages, twelve steps, ten lanes. */
export const Ready: Story = { args: { data: demoMap(NOW) } };

/** Notes lanes: what the customer does and thinks, pains, what works, ideas (with a backlog link) and backstage owners. */
export const NotesLanes: Story = { args: { data: lanesOf('doing thinking pains gains ideas backstage') } };

/** One emotion lane on the -2..+2 scale: a curve across the steps, each point also in words. */
export const EmotionLane: Story = { args: { data: todayOnly(), lanes: 'feeling' } };

/** The channels of each step with the number of customers who used them. */
export const ChannelsLane: Story = { args: { data: lanesOf('channels') } };

/** Metrics per step with their band in words and colour, and the change against the previous period. */
export const MetricsLane: Story = { args: { data: lanesOf('metrics') } };

/** Customers reaching each step: conversion and drop-off in words, the biggest drop-off marked. */
export const FunnelLane: Story = { args: { data: demoMap(NOW), lanes: 'funnel' } };

/** Two personas on one emotion lane: the admin who sets the tool up and the team member who has to use it. */
export const TwoPersonas: Story = { args: { data: lanesOf('feeling pains funnel') } };

/** Current and future state as two series of one emotion lane, with the pains today and the planned changes. */
export const CurrentVsFuture: Story = { args: { data: payMap() } };

/** Columns by stage: the steps folded into their stage. */
export const ByStage: Story = { args: { data: onboardingMap(), columns: 'stages' } };

/** Arrow keys, Home/End and Ctrl+Home/End move between cells; Enter or a click fires `wm-cell-select` (see Actions). */
export const Selectable: Story = { args: { data: onboardingMap(), selectable: true } };

/** 40 steps over 8 stages: the map scrolls sideways inside the element, the lane headers stay in view. */
export const FortySteps: Story = { args: { data: wideMap() } };

export const Loading: Story = { args: { journey: DEMO_MAP_JOURNEY, adapter: pendingAdapter } };

export const Empty: Story = { args: { data: emptyMap() } };

export const Error: Story = { args: { journey: DEMO_MAP_JOURNEY, adapter: failingAdapter } };

/** A cell names a step ("renewal") the map does not have: the error names the path. */
export const InvalidData: Story = { args: { data: invalidMap() } };

/** A `MemoryAdapter` pushes each change to the map through `watchMap`: the funnel and metrics move. */
export const LiveUpdates: Story = {
  args: { journey: DEMO_MAP_JOURNEY, lanes: 'feeling metrics funnel' },
  loaders: [async () => ({ adapter: liveAdapter() })],
  render: (args, { loaded }) => {
    const adapter = loaded.adapter as MemoryAdapter;
    let tick = 0;
    return html`${renderJourneyMap({ ...args, adapter })}
      <p>
        <button type="button" @click=${() => moveCustomersAlong(adapter, ++tick)}>Move customers along</button>
      </p>`;
  },
};

export const RTL: Story = {
  args: { data: onboardingMap() },
  globals: { direction: 'rtl' },
};

export const Dark: Story = {
  args: { data: onboardingMap() },
  globals: { theme: 'dark' },
};

/** The element's words and numbers in German, with content written in German. */
export const German: Story = {
  args: { data: localMap('de') },
  globals: { locale: 'de' },
};

/** The element's words and numbers in Dutch, with content written in Dutch. */
export const Dutch: Story = {
  args: { data: localMap('nl') },
  globals: { locale: 'nl' },
};
