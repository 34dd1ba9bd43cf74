// Shared by the small-screen suites (target size, 320 px reflow): each
// element rendered in its main states with representative inline data, and
// walks through open shadow roots.
import { fixture, html } from '@open-wc/testing';
import '../../src/waymark.js';
import { journeyManagementScan } from '../../src/data/scans/journey-management.js';
import { WaymarkError } from '../../src/data/errors.js';
import { lifecycleJourney, serviceJourney } from '../../fixtures/journeys.js';
import { demoMetrics } from '../../fixtures/demo-metrics.js';
import { generateTimeline } from '../../fixtures/touchpoints.js';
import { $, $$, partRendered, until } from './setup.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');

type El = HTMLElement & { updateComplete: Promise<unknown>; [key: string]: unknown };

export interface Scene {
  name: string;
  /** The scene has nothing to activate (so finding no targets is right). */
  static?: boolean;
  /** Renders the scene into `box` and resolves once it is on screen. */
  render(box: HTMLElement): Promise<El>;
}

function make(tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}): El {
  const el = document.createElement(tag) as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  return el;
}

async function mount(box: HTMLElement, el: El, part: string): Promise<El> {
  box.append(el);
  await partRendered(el, part);
  return el;
}

const all = (value: number) => Object.fromEntries(journeyManagementScan.questions.map((q) => [q.id, value]));
const button = (el: Element, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent?.trim() === label);

/** A failing adapter: every element's error state, with its Retry button. */
const failing = { journey: () => Promise.reject(new WaymarkError('network', 'offline')) };

/** The elements in the states a user meets them in. */
export const SCENES: Scene[] = [
  { name: 'stage tracker', render: (b) => mount(b, make('wm-stage-tracker', { selectable: '' }, { data: lifecycleJourney({ now: NOW }), now: new Date(NOW) }), 'stage') },
  { name: 'stage tracker, vertical', render: (b) => mount(b, make('wm-stage-tracker', { selectable: '', orientation: 'vertical' }, { data: lifecycleJourney({ now: NOW }), now: new Date(NOW) }), 'stage') },
  { name: 'stage tracker, compact', render: (b) => mount(b, make('wm-stage-tracker', { selectable: '', variant: 'compact' }, { data: lifecycleJourney({ now: NOW }), now: new Date(NOW) }), 'stage') },
  {
    name: 'stage tracker, error',
    render: (b) => mount(b, make('wm-stage-tracker', { journey: 'lifecycle' }, { adapter: failing }), 'error'),
  },
  { name: 'score gauge', render: (b) => mount(b, make('wm-score-gauge', { trend: '' }, { data: demoMetrics(NOW)[0] }), 'gauge') },
  {
    name: 'score gauge, details open',
    render: async (b) => {
      const el = await mount(b, make('wm-score-gauge', { size: 's' }, { data: demoMetrics(NOW)[0] }), 'gauge');
      el.shadowRoot!.querySelector('details')!.open = true;
      return el;
    },
  },
  { name: 'journey score', static: true, render: (b) => mount(b, make('wm-journey-score', {}, { data: serviceJourney() }), 'components') },
  { name: 'maturity scan, paged', render: (b) => mount(b, make('wm-maturity-scan', { autosave: 'off' }), 'question') },
  {
    name: 'maturity scan, unanswered listed',
    render: async (b) => {
      const el = await mount(b, make('wm-maturity-scan', { autosave: 'off', mode: 'single', required: '' }), 'question');
      el.value = { ...all(3), 'framework-shared': undefined as unknown as number };
      await el.updateComplete;
      button(el, 'See my result')!.click();
      await until(() => el.shadowRoot!.querySelector('button.link'), 'the unanswered list');
      return el;
    },
  },
  {
    name: 'maturity scan, result',
    render: async (b) => {
      const el = await mount(b, make('wm-maturity-scan', { autosave: 'off' }), 'question');
      el.value = all(4);
      await (el.submit as () => Promise<unknown>)();
      await partRendered(el, 'restart');
      return el;
    },
  },
  {
    name: 'touchpoint timeline',
    render: async (b) => {
      const el = await mount(b, make('wm-touchpoint-timeline', {}, { data: timelineData() }), 'plot');
      await until(() => $(el, '[part="range"]')?.textContent?.trim(), 'the range line');
      return el;
    },
  },
  {
    name: 'touchpoint timeline, list with a touchpoint selected',
    render: async (b) => {
      const data = timelineData();
      const el = await mount(b, make('wm-touchpoint-timeline', { view: 'list', selected: data.items[3]!.id }, { data }), 'item');
      await partRendered(el, 'detail');
      return el;
    },
  },
];

const timelineData = () => generateTimeline({ count: 60, from: '2025-03-01T00:00:00Z', to: '2025-03-31T00:00:00Z', seed: 3, now: NOW });

/** Every element under `root`, through open shadow roots. */
export function* deep(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

export async function renderIn(box: HTMLElement, scene: Scene): Promise<El> {
  const el = await scene.render(box);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

export const scenesFixture = () => fixture<HTMLDivElement>(html`<div></div>`);
