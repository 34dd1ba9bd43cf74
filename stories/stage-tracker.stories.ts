import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The per-element entries, not src/waymark.ts: package.json `sideEffects` omits
// src/waymark.ts, so bundlers drop it and nothing would be defined.
import '../src/elements/data-source/define.js';
import '../src/elements/stage-tracker/define.js';
import { ORIENTATIONS, VARIANTS, type Orientation, type Variant } from '../src/elements/stage-tracker/stage-tracker.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import type { JourneyRef, WaymarkAdapter } from '../src/data/adapters/types.js';
import { WaymarkError } from '../src/data/errors.js';
import type { MilestoneChangeEvent, StageSelectEvent } from '../src/elements/stage-tracker/events.js';
import type { Journey } from '../src/data/schema.js';
import { lifecycleJourney, onboardingJourney } from '../fixtures/journeys.js';
import { failingAdapter as failing, pendingAdapter as pending } from './adapters.js';
import { dataArgTypes, type DataArgs } from './data-args.js';

/** The fixed "now" of every story, so days in stage and due dates never drift. */
export const NOW = Date.UTC(2025, 5, 2, 9, 0);

/** Every attribute and property of `<wm-stage-tracker>`, plus its event handlers. */
export interface StageTrackerArgs extends DataArgs<Journey> {
  journey?: string;
  customer?: string;
  orientation: Orientation;
  variant: Variant;
  selectable: boolean;
  selected?: string;
  actionable: boolean;
  now: number;
  onWmStageSelect?: (e: StageSelectEvent) => void;
  onWmMilestoneChange?: (e: MilestoneChangeEvent) => void;
}

/** Renders a tracker from args; tests can call it with any `StageTrackerArgs`. */
export const renderStageTracker = (a: StageTrackerArgs) =>
  html`<wm-stage-tracker
    journey=${ifDefined(a.journey)}
    customer=${ifDefined(a.customer)}
    orientation=${a.orientation}
    variant=${a.variant}
    ?selectable=${a.selectable}
    selected=${ifDefined(a.selected)}
    ?actionable=${a.actionable}
    locale=${ifDefined(a.locale)}
    src=${ifDefined(a.src)}
    source=${ifDefined(a.source)}
    .data=${a.data}
    .adapter=${a.adapter}
    @wm-load=${a.onWmLoad}
    @wm-error=${a.onWmError}
    .now=${a.now}
    @wm-stage-select=${a.onWmStageSelect}
    @wm-milestone-change=${a.onWmMilestoneChange}
  ></wm-stage-tracker>`;

/** Sample journeys, all computed against `NOW`. */
export const journeys = {
  ready: lifecycleJourney({ now: NOW, current: 3, progress: 0.55, daysInStage: 40 }),
  atRisk: lifecycleJourney({ now: NOW, daysInStage: 110 }),
  blocked: lifecycleJourney({ now: NOW, current: 2, progress: 0.8, daysInStage: 25, blocked: true }),
  onboarding: onboardingJourney({ now: NOW, done: 3 }),
  empty: { id: 'empty', name: 'New journey', stages: [] } satisfies Journey,
};

export const pendingAdapter = pending('journey');

export const failingAdapter = failing('journey', 'journey');

/** A `MemoryAdapter` holding the lifecycle journey with one onboarding milestone done. */
export const liveAdapter = () =>
  new MemoryAdapter({ journeys: [lifecycleJourney({ now: NOW, current: 3, progress: 0.25, daysInStage: 30, milestonesDone: 1 })] });

/**
 * Marks the current stage's next milestone done and publishes the journey with
 * `setJourney`; once all are done, the stage completes and the next begins.
 */
export async function completeNextMilestone(adapter: MemoryAdapter, ref: JourneyRef, now = NOW): Promise<Journey> {
  const journey = await adapter.journey(ref);
  const i = journey.stages.findIndex((s) => s.status === 'current');
  const stage = journey.stages[i];
  if (!stage) return journey;
  const at = new Date(now).toISOString();
  const milestones = stage.milestones ?? [];
  const next = milestones.find((m) => !m.done);
  if (next) Object.assign(next, { done: true, completedAt: at });
  const done = milestones.filter((m) => m.done).length;
  stage.progress = milestones.length ? done / milestones.length : 1;
  const following = journey.stages[i + 1];
  if (done === milestones.length && following) {
    Object.assign(stage, { status: 'done', completedAt: at, progress: 1 });
    Object.assign(following, { status: 'current', startedAt: at, progress: 0 });
  }
  adapter.setJourney(journey);
  return journey;
}

/** Args shared by every story: a horizontal, full tracker at `NOW`. */
export const baseArgs: StageTrackerArgs = {
  orientation: 'horizontal',
  variant: 'full',
  selectable: false,
  actionable: false,
  now: NOW,
};

const meta = {
  title: 'Elements/Stage tracker',
  component: 'wm-stage-tracker',
  tags: ['autodocs'],
  // The camelCase exports and NOW are fixtures for tests, not stories.
  excludeStories: /^(?:NOW$|[a-z])/,
  render: renderStageTracker,
  args: baseArgs,
  argTypes: {
    orientation: { control: 'inline-radio', options: [...ORIENTATIONS] },
    variant: { control: 'inline-radio', options: [...VARIANTS] },
    selectable: { control: 'boolean' },
    actionable: { control: 'boolean' },
    now: { control: 'date' },
    ...dataArgTypes('Journey'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Shows one journey: each stage with its status in words and icon, progress, time in stage against its window, milestones and the next step.',
      },
    },
  },
} satisfies Meta<StageTrackerArgs>;

export default meta;
type Story = StoryObj<StageTrackerArgs>;

export const Ready: Story = { args: { data: journeys.ready } };

export const Loading: Story = { args: { journey: 'lifecycle', adapter: pendingAdapter } };

export const Empty: Story = { args: { data: journeys.empty } };

export const Error: Story = { args: { journey: 'lifecycle', adapter: failingAdapter } };

/** No data, adapter, src, source or enclosing `<wm-data-source>`. */
export const NoSource: Story = { args: { journey: 'lifecycle' } };

/** The current stage has run 110 days, past its 90-day window. */
export const AtRisk: Story = { args: { data: journeys.atRisk } };

export const Blocked: Story = { args: { data: journeys.blocked } };

export const Compact: Story = { args: { data: journeys.ready, variant: 'compact' } };

export const Vertical: Story = { args: { data: journeys.ready, orientation: 'vertical' } };

/** Arrow keys move between stages; Enter or a click fires `wm-stage-select` (see Actions). */
export const Selectable: Story = {
  args: {
    data: journeys.ready,
    selectable: true,
    selected: 'purchase',
  },
};

/** The customer-portal view: a four-step onboarding checklist. */
export const CustomerOnboarding: Story = { args: { data: journeys.onboarding } };

/** A `MemoryAdapter` pushes each change to the tracker through `watch`. */
export const LiveUpdates: Story = {
  args: { journey: 'lifecycle', customer: 'acme' },
  loaders: [async () => ({ adapter: liveAdapter() })],
  render: (args, { loaded }) => {
    const adapter = loaded.adapter as MemoryAdapter;
    const ref = { journey: args.journey ?? 'lifecycle', customer: args.customer };
    return html`${renderStageTracker({ ...args, adapter })}
      <p>
        <button type="button" @click=${() => completeNextMilestone(adapter, ref)}>Complete the next milestone</button>
      </p>`;
  },
};

export const RTL: Story = {
  args: { data: journeys.ready },
  globals: { direction: 'rtl' },
};

export const Dark: Story = {
  args: { data: journeys.ready },
  globals: { theme: 'dark' },
};

/**
 * The customer's own onboarding journey with its milestones, for the
 * actionable stories: `complete` answers each save. Each story names its own
 * customer, so the changes it keeps on the device stay apart.
 */
const portalAdapter = (customer: string, complete: WaymarkAdapter['completeMilestone']): WaymarkAdapter => ({
  journey: async () => onboardingJourney({ now: NOW, done: 2, customer }),
  completeMilestone: complete,
});

/** A change to "Connect your CRM" kept on the device, as one made before a reload. */
const keptChange = (customer: string) => {
  const key = `waymark.milestone:${JSON.stringify(['onboarding', customer, 'connect', 'connect-1'])}`;
  localStorage.setItem(key, 'true');
  return () => localStorage.removeItem(key);
};

/**
 * `actionable`: the customer ticks off their own milestones (checkboxes);
 * the company's say who handles them. Each change fires `wm-milestone-change`
 * (see Actions) and is saved through the adapter's `completeMilestone`.
 */
export const Actionable: Story = {
  args: { journey: 'onboarding', customer: 'northwind', actionable: true },
  loaders: [async () => ({ adapter: new MemoryAdapter({ journeys: [onboardingJourney({ now: NOW, done: 2 })] }) })],
  render: (args, { loaded }) => renderStageTracker({ ...args, adapter: loaded.adapter as MemoryAdapter }),
};

/** A change shown at once while the adapter saves it ("Saving…"). */
export const ActionableSaving: Story = {
  args: {
    journey: 'onboarding',
    customer: 'northwind-saving',
    actionable: true,
    adapter: portalAdapter('northwind-saving', () => new Promise(() => {})),
  },
  beforeEach: () => keptChange('northwind-saving'),
};

/** The save failed: the change is put back, and its row says why, with Retry. */
export const ActionableFailed: Story = {
  args: {
    journey: 'onboarding',
    customer: 'northwind-failed',
    actionable: true,
    adapter: portalAdapter('northwind-failed', () =>
      Promise.reject(new WaymarkError('network', 'The journey service did not answer (HTTP 503).', 503)),
    ),
  },
  beforeEach: () => keptChange('northwind-failed'),
};

/** Offline: the change is kept on the device and saved once the page is back online. */
export const ActionableOfflineQueued: Story = {
  args: {
    journey: 'onboarding',
    customer: 'northwind-offline',
    actionable: true,
    adapter: portalAdapter('northwind-offline', () => new Promise(() => {})),
  },
  beforeEach: () => {
    const forget = keptChange('northwind-offline');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      forget();
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
};
