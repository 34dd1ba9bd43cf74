import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import '../src/elements/data-source/define.js';
import '../src/elements/maturity-scan/define.js';
import {
  AUTOSAVE_MODES, SCAN_MODES, type AutosaveMode, type MaturityScan, type ScanMode,
} from '../src/elements/maturity-scan/maturity-scan.js';
import type { ScanChangeEvent, ScanCompleteEvent } from '../src/elements/maturity-scan/events.js';
import { draftKey } from '../src/elements/maturity-scan/draft.js';
import { MemoryAdapter } from '../src/data/adapters/memory.js';
import type { WaymarkAdapter } from '../src/data/adapters/types.js';
import type { WaymarkLoadEvent } from '../src/data/events.js';
import type { MaturityScanDefinition } from '../src/data/scans/schema.js';
import { journeyManagementScan } from '../src/data/scans/journey-management.js';
import { failingAdapter as failing, pendingAdapter as pending } from './adapters.js';
import { dataArgTypes, type DataArgs } from './data-args.js';

/** Every attribute and property of `<wm-maturity-scan>`, plus its event handlers. */
export interface MaturityScanArgs extends DataArgs<MaturityScanDefinition> {
  scan?: string;
  respondent?: string;
  name?: string;
  required: boolean;
  mode: ScanMode;
  autosave: AutosaveMode;
  value?: Record<string, number>;
  onWmScanChange?: (e: ScanChangeEvent) => void;
  onWmScanComplete?: (e: ScanCompleteEvent) => void;
}

/** Renders a scan from args; tests can call it with any `MaturityScanArgs`. */
export const renderMaturityScan = (a: MaturityScanArgs) =>
  html`<wm-maturity-scan
    scan=${ifDefined(a.scan)}
    respondent=${ifDefined(a.respondent)}
    name=${ifDefined(a.name)}
    ?required=${a.required}
    mode=${a.mode}
    autosave=${a.autosave}
    locale=${ifDefined(a.locale)}
    src=${ifDefined(a.src)}
    source=${ifDefined(a.source)}
    .data=${a.data}
    .adapter=${a.adapter}
    @wm-load=${a.onWmLoad}
    @wm-error=${a.onWmError}
    .value=${a.value}
    @wm-scan-change=${a.onWmScanChange}
    @wm-scan-complete=${a.onWmScanComplete}
  ></wm-maturity-scan>`;

/**
 * Answers to the built-in scan: `base` (1–5) everywhere, and other values in
 * the dimensions named, so results show strengths and gaps.
 */
export function answersFor(base: number, byDimension: Record<string, number> = {}): Record<string, number> {
  return Object.fromEntries(journeyManagementScan.questions.map((q) => [q.id, byDimension[q.dimensionId] ?? base]));
}

/** Answers that reach each level of the built-in scan (overall 5, 26, 51, 75 and 95). */
export const answersByLevel = {
  1: answersFor(1, { insights: 2 }),
  2: answersFor(2, { insights: 3, technology: 1 }),
  3: answersFor(3, { insights: 4, technology: 2 }),
  4: answersFor(4, { framework: 5, ownership: 3 }),
  5: answersFor(5, { measurement: 4 }),
} as const;

/** A custom scan for a service team: its own four-point scale and a "does not apply" option. */
export const serviceScan: MaturityScanDefinition = {
  id: 'service-desk',
  title: 'Service desk health check',
  intro: 'Six statements about how your service desk works today.',
  scale: { min: 1, max: 4, labels: ['Never', 'Sometimes', 'Often', 'Always'], notApplicable: 'Does not apply' },
  dimensions: [
    { id: 'access', name: 'Access', description: 'How easily customers reach you.' },
    { id: 'resolution', name: 'Resolution' },
    { id: 'follow-up', name: 'Follow-up' },
  ],
  questions: [
    { id: 'a1', dimensionId: 'access', text: 'Customers can reach a person within five minutes.' },
    { id: 'a2', dimensionId: 'access', text: 'Opening hours match when customers need us.', help: 'Think of the busiest hour of the week.' },
    { id: 'r1', dimensionId: 'resolution', text: 'We solve the issue in the first contact.', weight: 2 },
    { id: 'r2', dimensionId: 'resolution', text: 'Agents can see the customer\'s recent journey.' },
    { id: 'f1', dimensionId: 'follow-up', text: 'We confirm that the fix worked.' },
    { id: 'f2', dimensionId: 'follow-up', text: 'Repeat contacts are reviewed each week.' },
  ],
  levels: [
    { level: 1, name: 'Reactive', minScore: 0, summary: 'Customers chase you.', recommendations: ['Measure first-contact resolution.'] },
    { level: 2, name: 'Responsive', minScore: 40, summary: 'You answer well but rarely close the loop.', recommendations: ['Call back a sample of solved cases.'] },
    { level: 3, name: 'Proactive', minScore: 75, summary: 'You fix causes, not only cases.', recommendations: ['Share repeat-contact causes with product teams.'] },
  ],
};

export const pendingAdapter = pending('scan');

export const failingAdapter = failing('scan', 'scan');

/** Saving that never finishes: the result shows "Saving your answers…". */
export const slowSaveAdapter: WaymarkAdapter = { saveScanResponse: () => new Promise(() => {}) };

/** Saving fails the way an unreachable API does, so the scan keeps retrying. */
export const unreachableAdapter: WaymarkAdapter = {
  saveScanResponse: () => Promise.reject(new TypeError('Failed to fetch')),
};

/** A loader that forgets the draft a story's respondent left behind, so the story starts as described. */
const forget = (respondent: string, seed?: object) => async () => {
  const key = draftKey('journey-management', respondent);
  localStorage.removeItem(key);
  if (seed) localStorage.setItem(key, JSON.stringify(seed));
  return {};
};

/**
 * On load, completes the scan with the story's answers: the result view (or
 * saving state) shows. Such stories stay off the docs page, where each would
 * move focus to its result.
 */
const submitOnLoad = (e: WaymarkLoadEvent) => void (e.target as MaturityScan).submit().catch(() => {});

/** Args shared by every story: the built-in scan, paged, nothing kept between visits. */
export const baseArgs: MaturityScanArgs = { required: false, mode: 'paged', autosave: 'off' };

const meta = {
  title: 'Elements/Maturity scan',
  component: 'wm-maturity-scan',
  tags: ['autodocs'],
  excludeStories: /^[a-z]/,
  render: renderMaturityScan,
  args: baseArgs,
  argTypes: {
    mode: { control: 'inline-radio', options: [...SCAN_MODES] },
    autosave: { control: 'inline-radio', options: [...AUTOSAVE_MODES] },
    required: { control: 'boolean' },
    ...dataArgTypes('ScanDefinition'),
    value: { control: 'object', table: { type: { summary: 'Record<string, number>' } } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A journey-management maturity self-assessment: radio questions by dimension, answers kept on the device as they are given, and a result with the level, scores by dimension, strengths, gaps and where to start. With no data source it runs the built-in 20-question scan.',
      },
    },
  },
} satisfies Meta<MaturityScanArgs>;

export default meta;
type Story = StoryObj<MaturityScanArgs>;

/** The built-in scan, nothing answered yet; answers are kept on this device as they are given. */
export const Fresh: Story = {
  args: { respondent: 'story-fresh', autosave: 'local' },
  loaders: [forget('story-fresh')],
};

/** Privacy: answers kept in this tab only, until it is closed; the intro says so. */
export const AutosaveSession: Story = {
  args: { respondent: 'story-session', autosave: 'session' },
  loaders: [forget('story-session')],
};

/** Privacy: nothing stored; the intro says that leaving or reloading loses the answers. */
export const AutosaveOff: Story = { args: { respondent: 'story-off', autosave: 'off' } };

/** Half of the questions answered, every question on one page. */
export const HalfDone: Story = {
  args: { mode: 'single', value: Object.fromEntries(Object.entries(answersByLevel[3]).slice(0, 10)) },
};

/** A respondent who left on page 3 comes back: the draft kept on this device is restored there. */
export const Resumed: Story = {
  args: { respondent: 'story-resumed', autosave: 'local' },
  loaders: [
    forget('story-resumed', {
      v: 2, page: 2, state: 'draft', savedAt: Date.now(),
      response: {
        id: 'story-resumed-1', scanId: 'journey-management',
        answers: Object.fromEntries(Object.entries(answersByLevel[3]).slice(0, 8)),
        startedAt: '2026-03-02T09:00:00Z', updatedAt: '2026-03-02T09:02:00Z',
      },
    }),
  ],
};

/** `required`, and See my result pressed with questions open: they are listed and focus moves to the first. */
export const Invalid: Story = {
  tags: ['!autodocs'],
  args: { mode: 'single', required: true, value: Object.fromEntries(Object.entries(answersByLevel[3]).slice(2, 17)), onWmLoad: submitOnLoad },
};

/** Completed, while the adapter is still saving the response. */
export const Submitting: Story = {
  tags: ['!autodocs'],
  args: { value: answersByLevel[4], adapter: slowSaveAdapter, onWmLoad: submitOnLoad },
};

/** Completed while the browser is offline: the response waits on this device for the connection. */
export const Offline: Story = {
  tags: ['!autodocs'],
  args: { value: answersByLevel[4], adapter: unreachableAdapter, onWmLoad: submitOnLoad },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => void delete (navigator as { onLine?: boolean }).onLine;
  },
};

/** The server could not be reached: the scan tries again with backoff, and Try now skips the wait. */
export const Retrying: Story = {
  tags: ['!autodocs'],
  args: { value: answersByLevel[4], adapter: unreachableAdapter, onWmLoad: submitOnLoad },
};

/** Stored through an adapter (a `MemoryAdapter`; see the wm-scan-complete action). */
export const Saved: Story = {
  tags: ['!autodocs'],
  args: { value: answersByLevel[3], onWmLoad: submitOnLoad },
  loaders: [async () => ({ adapter: new MemoryAdapter() })],
  render: (args, { loaded }) => renderMaturityScan({ ...args, adapter: loaded.adapter as MemoryAdapter }),
};

export const ResultIntuitionDriven: Story = { tags: ['!autodocs'], args: { value: answersByLevel[1], onWmLoad: submitOnLoad } };
export const ResultFragmented: Story = { tags: ['!autodocs'], args: { value: answersByLevel[2], onWmLoad: submitOnLoad } };
export const ResultCoordinated: Story = { tags: ['!autodocs'], args: { value: answersByLevel[3], onWmLoad: submitOnLoad } };
export const ResultScalable: Story = { tags: ['!autodocs'], args: { value: answersByLevel[4], onWmLoad: submitOnLoad } };
export const ResultExcellence: Story = { tags: ['!autodocs'], args: { value: answersByLevel[5], onWmLoad: submitOnLoad } };

/** A team's own scan replaces the built-in one: a four-point scale, weights, help text and "does not apply". */
export const CustomDefinition: Story = { args: { scan: 'service-desk', data: serviceScan } };

export const Loading: Story = { args: { scan: 'other', adapter: pendingAdapter } };

export const Error: Story = { args: { scan: 'other', adapter: failingAdapter } };

export const Empty: Story = { args: { data: { ...serviceScan, questions: [] } } };

/** Any scan but the built-in one needs a data source. */
export const NoSource: Story = { args: { scan: 'service-desk' } };

/** Inside a plain form: its value under `name` is the JSON of answers and result (see the submit action). */
export const InAForm: Story = {
  args: { name: 'maturity', required: true, mode: 'single', value: answersByLevel[3] },
  render: (args) => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      action('submit')(Object.fromEntries(new FormData(e.target as HTMLFormElement)));
    }}
  >
    ${renderMaturityScan(args)}
    <p><button>Send the form</button> <button type="reset">Reset</button></p>
  </form>`,
};

export const Dark: Story = { tags: ['!autodocs'], args: { value: answersByLevel[4], onWmLoad: submitOnLoad }, globals: { theme: 'dark' } };

export const DarkQuestions: Story = { args: { value: answersByLevel[4] }, globals: { theme: 'dark' } };

export const RTL: Story = { args: { locale: 'ar', value: answersByLevel[2] }, globals: { direction: 'rtl' } };

export const RTLResult: Story = {
  tags: ['!autodocs'],
  args: { locale: 'ar', value: answersByLevel[2], onWmLoad: submitOnLoad },
  globals: { direction: 'rtl' },
};
