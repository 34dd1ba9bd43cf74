// 500 mount / unmount / reattach cycles per element, through adapters that
// count what the elements leave behind: afterwards no live chart.js instance,
// no watch subscription, no request still running or started while detached,
// and a reattached element still renders (and updates) its ready state.
// Heap growth is measured outside the test runner, where GC can be forced:
// scripts/heap-check.js.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/waymark.js';
import { MemoryAdapter } from '../../src/data/adapters/memory.js';
import { liveCharts } from '../../src/charts/chart-controller.js';
import type { Metric, TouchpointPage } from '../../src/data/schema.js';
import type { JourneyRef, RequestOptions, TouchpointQuery, WaymarkAdapter } from '../../src/data/adapters/types.js';
import type { MaturityScanDefinition } from '../../src/data/scans/schema.js';
import type { StageTracker } from '../../src/elements/stage-tracker/stage-tracker.js';
import type { DataSource } from '../../src/elements/data-source/data-source.js';
import type { ScoreGauge } from '../../src/elements/score-gauge/score-gauge.js';
import type { JourneyScore } from '../../src/elements/journey-score/journey-score.js';
import type { MaturityScan } from '../../src/elements/maturity-scan/maturity-scan.js';
import type { TouchpointTimeline } from '../../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import { onboardingJourney, serviceJourney } from '../../fixtures/journeys.js';
import { generateTouchpoints } from '../../fixtures/touchpoints.js';
import { $, $$, text, until } from '../helpers/setup.js';

const CYCLES = 500;

/** Resolves after `ms`, or rejects with an AbortError when `signal` fires first. */
function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Wraps an adapter: each request waits a moment (so elements can be removed
 * mid-load) and is counted, with whether it started while the element under
 * test was detached; each watch subscription is counted until unsubscribed.
 */
function instrument(inner: WaymarkAdapter) {
  const stats = { calls: 0, inflight: 0, detachedCalls: 0, subscriptions: 0, subscribed: 0 };
  let current: Element | undefined;
  let n = 0;
  const wrap = <Q, R>(fn: (q: Q, o?: RequestOptions) => Promise<R>) => async (q: Q, o?: RequestOptions): Promise<R> => {
    stats.calls++;
    if (current && !current.isConnected) stats.detachedCalls++;
    stats.inflight++;
    try {
      await delay(n++ % 3, o?.signal);
      return await fn(q, o);
    } finally {
      stats.inflight--;
    }
  };
  const adapter: WaymarkAdapter = {};
  if (inner.journey) adapter.journey = wrap((r: JourneyRef, o) => inner.journey!(r, o));
  if (inner.metric) adapter.metric = wrap((r: Parameters<NonNullable<WaymarkAdapter['metric']>>[0], o) => inner.metric!(r, o));
  if (inner.touchpoints) adapter.touchpoints = wrap((q: TouchpointQuery, o) => inner.touchpoints!(q, o));
  if (inner.scan) adapter.scan = wrap((r: { scan: string }, o) => inner.scan!(r, o));
  if (inner.saveScanResponse) adapter.saveScanResponse = (r, o) => inner.saveScanResponse!(r, o);
  if (inner.watch) {
    adapter.watch = (topic, onChange) => {
      stats.subscriptions++;
      stats.subscribed++;
      const off = inner.watch!(topic, onChange);
      let done = false;
      return () => {
        if (!done) stats.subscriptions--;
        done = true;
        off();
      };
    };
  }
  return { adapter, stats, track: (el: Element) => (current = el) };
}

/** Waits for a `wm-load` (whose detail passes `accept`) on `el`; a wm-error fails. */
function loaded(el: Element, accept: (data: unknown) => boolean = () => true): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`<${el.localName}> did not load`)), 5000);
    function onLoad(e: Event) {
      if (accept((e as CustomEvent).detail.data)) finish();
    }
    function onError(e: Event) {
      finish(new Error(`<${el.localName}>: ${(e as CustomEvent).detail.error.message}`));
    }
    function finish(error?: Error) {
      clearTimeout(timer);
      el.removeEventListener('wm-load', onLoad);
      el.removeEventListener('wm-error', onError);
      if (error) reject(error);
      else resolve();
    }
    el.addEventListener('wm-load', onLoad);
    el.addEventListener('wm-error', onError);
  });
}

interface Kit<E extends HTMLElement> {
  stats: ReturnType<typeof instrument>['stats'];
  track: (el: Element) => void;
  create(): E;
  /** A promise for the element's ready state, created before the element is (re)connected. */
  ready(el: E): Promise<void>;
  /** Asserts the ready state; `again` after a reattachment. */
  check(el: E, again: boolean): Promise<void> | void;
  /** Exercises what stays alive while connected (live updates, a chart), then checks it. */
  live?(el: E, cycle: number): Promise<void>;
  /** A chart is expected in the ready state. */
  chart?: boolean;
}

/** Lets pending requests start and every request settle. */
async function settle(stats: Kit<HTMLElement>['stats']) {
  await new Promise((r) => setTimeout(r));
  if (stats.inflight) await until(() => stats.inflight === 0, 'requests to settle');
}

/**
 * The cycles, in four kinds: load then remove; remove mid-load; load, remove
 * and reattach (the ready state comes back without a reload); remove mid-load,
 * let the abort settle and reattach (the load resumes), then live behaviour.
 */
async function cycles<E extends HTMLElement & { updateComplete: Promise<unknown> }>(kit: Kit<E>) {
  const container = await fixture(html`<div class="host"></div>`);
  const started = performance.now();
  const counts = { cycles: 0, reattached: 0, removedMidLoad: 0, live: 0, ms: 0 };
  for (let i = 0; i < CYCLES; i++) {
    const el = kit.create();
    kit.track(el);
    const kind = i % 4;
    if (kind === 1 || kind === 3) {
      container.append(el);
      await el.updateComplete;
      el.remove();
      counts.removedMidLoad++;
      await settle(kit.stats);
      if (kind === 3) {
        const again = kit.ready(el);
        container.append(el);
        await again;
        await kit.check(el, true);
        if (kit.live) {
          await kit.live(el, i);
          counts.live++;
        }
        counts.reattached++;
        el.remove();
      }
    } else {
      const ready = kit.ready(el);
      container.append(el);
      await ready;
      await kit.check(el, false);
      if (kind === 2) {
        el.remove();
        container.append(el);
        await el.updateComplete;
        await kit.check(el, true);
        counts.reattached++;
      }
      el.remove();
    }
    await settle(kit.stats);
    await el.updateComplete;
    expect(liveCharts(), `live charts after cycle ${i}`).to.equal(0);
    expect(kit.stats.subscriptions, `watch subscriptions after cycle ${i}`).to.equal(0);
    counts.cycles++;
  }
  expect(kit.stats.detachedCalls, 'requests started while detached').to.equal(0);
  expect(container.children.length).to.equal(0);
  counts.ms = Math.round(performance.now() - started);
  return counts;
}

const scanDef: MaturityScanDefinition = {
  id: 'lifecycle-scan',
  title: 'Lifecycle scan',
  scale: { min: 1, max: 5, labels: [] },
  dimensions: ['a', 'b', 'c'].map((id) => ({ id, name: `Dimension ${id}` })),
  questions: ['a', 'b', 'c'].map((d, i) => ({ id: `q${i}`, dimensionId: d, text: `Question ${i}` })),
  levels: [1, 2, 3].map((level) => ({ level, name: `Level ${level}`, minScore: (level - 1) * 30, summary: '', recommendations: [] })),
};

const metric: Metric = {
  id: 'health', kind: 'health', label: 'Customer health', value: 62, previous: 58,
  history: [40, 48, 55, 58, 62].map((value, i) => ({ at: `2025-0${i + 1}-01T00:00:00Z`, value })),
};

describe('reliability lifecycle: 500 mount / unmount / reattach cycles per element', function () {
  this.timeout(60_000);
  const report: string[] = [];
  after(() => console.log(`lifecycle: ${report.join('; ')}`));

  it('wm-stage-tracker through a watched MemoryAdapter', async () => {
    const journey = onboardingJourney({ now: Date.parse('2025-06-01T00:00:00Z') });
    const memory = new MemoryAdapter({ journeys: [journey] });
    const { adapter, stats, track } = instrument(memory);
    const counts = await cycles<StageTracker>({
      stats, track,
      create: () => Object.assign(document.createElement('wm-stage-tracker'), { adapter, journey: journey.id, customer: journey.customer }),
      ready: (el) => loaded(el),
      check: (el) => {
        expect($$(el, 'li[part~="stage"]').length).to.equal(journey.stages.length);
        expect(stats.subscriptions, 'one subscription while connected').to.equal(1);
      },
      live: async (el, i) => {
        const update = loaded(el);
        memory.setJourney({ ...journey, name: `Onboarding, update ${i}` });
        await update;
        expect(text($(el, '.title .name'))).to.equal(`Onboarding, update ${i}`);
      },
    });
    expect(stats.subscribed).to.be.greaterThan(CYCLES / 2);
    report.push(`tracker ${JSON.stringify(counts)}, ${stats.calls} requests, ${stats.subscribed} subscriptions`);
  });

  it('wm-data-source providing a watched MemoryAdapter to a stage tracker inside it', async () => {
    const journey = onboardingJourney({ now: Date.parse('2025-06-01T00:00:00Z') });
    const memory = new MemoryAdapter({ journeys: [journey] });
    const { adapter, stats, track } = instrument(memory);
    const tracker = (el: Element) => el.querySelector('wm-stage-tracker')!;
    const counts = await cycles<DataSource>({
      stats, track,
      create: () => {
        const source = Object.assign(document.createElement('wm-data-source'), { adapter });
        source.append(Object.assign(document.createElement('wm-stage-tracker'), { journey: journey.id, customer: journey.customer }));
        return source;
      },
      // wm-load bubbles from the tracker to its source.
      ready: (el) => loaded(el),
      check: async (el) => {
        await tracker(el).updateComplete;
        expect($$(tracker(el), 'li[part~="stage"]').length).to.equal(journey.stages.length);
        expect(stats.subscriptions, 'one subscription while connected').to.equal(1);
      },
      live: async (el, i) => {
        const update = loaded(el);
        memory.setJourney({ ...journey, name: `Onboarding via source, update ${i}` });
        await update;
        expect(text($(tracker(el), '.title .name'))).to.equal(`Onboarding via source, update ${i}`);
      },
    });
    report.push(`data source ${JSON.stringify(counts)}, ${stats.calls} requests, ${stats.subscribed} subscriptions`);
  });

  it('wm-journey-score through a watched MemoryAdapter', async () => {
    const journey = serviceJourney();
    const memory = new MemoryAdapter({ journeys: [journey] });
    const { adapter, stats, track } = instrument(memory);
    const counts = await cycles<JourneyScore>({
      stats, track,
      create: () => Object.assign(document.createElement('wm-journey-score'), { adapter, journey: journey.id, customer: journey.customer }),
      ready: (el) => loaded(el),
      check: (el) => {
        expect($$(el, '[part="component"]').length).to.equal(journey.scoreComponents!.length);
        expect(stats.subscriptions, 'one subscription while connected').to.equal(1);
      },
      live: async (el, i) => {
        const update = loaded(el);
        memory.setJourney({ ...journey, name: `Get help ${i}` });
        await update;
        expect(text($(el, '[part="label"]'))).to.equal(`Get help ${i}: journey success score`);
      },
    });
    report.push(`journey score ${JSON.stringify(counts)}, ${stats.calls} requests, ${stats.subscribed} subscriptions`);
  });

  it('wm-score-gauge with its trend drawn by chart.js', async () => {
    const { adapter, stats, track } = instrument(new MemoryAdapter({ metrics: [metric] }));
    let charts = 0;
    const counts = await cycles<ScoreGauge>({
      stats, track, chart: true,
      create: () => Object.assign(document.createElement('wm-score-gauge'), { adapter, metric: metric.id, trend: true }),
      ready: (el) => loaded(el),
      check: async (el) => {
        expect($(el, '[part="gauge"][role="meter"]')!.getAttribute('aria-valuenow')).to.equal('62');
        // chart.js loads once, on the first trend; after that the chart is drawn with the render.
        await until(() => liveCharts() === 1, 'the sparkline');
        charts++;
      },
      live: async (el) => {
        el.trend = false;
        await el.updateComplete;
        expect(liveCharts(), 'trend off').to.equal(0);
        el.trend = true;
        await el.updateComplete;
        expect(liveCharts(), 'trend on').to.equal(1);
      },
    });
    expect(charts).to.be.greaterThan(CYCLES / 2);
    report.push(`gauge ${JSON.stringify(counts)}, ${stats.calls} requests, ${charts} charts drawn`);
  });

  it('wm-maturity-scan with its result radar drawn by chart.js', async () => {
    const memory = new MemoryAdapter({ scans: [scanDef] });
    const { adapter, stats, track } = instrument(memory);
    let charts = 0;
    const counts = await cycles<MaturityScan>({
      stats, track,
      create: () => Object.assign(document.createElement('wm-maturity-scan'), { scan: scanDef.id, adapter, autosave: 'off', mode: 'single' }),
      ready: (el) => loaded(el),
      check: async (el) => {
        if (el.result && $(el, '[part="result"]')) return;
        expect($$(el, 'fieldset[part~="question"]').length).to.equal(scanDef.questions.length);
      },
      live: async (el, i) => {
        el.value = { q0: 1 + (i % 5), q1: 3, q2: 5 };
        await el.submit();
        await el.updateComplete;
        expect($(el, '[part="result"]')).to.exist;
        await until(() => liveCharts() === 1, 'the radar');
        charts++;
        // Reattached on the result, the radar is drawn again; removed, it is destroyed.
        el.remove();
        expect(liveCharts()).to.equal(0);
        el.ownerDocument.querySelector('.host')!.append(el);
        await el.updateComplete;
        expect(liveCharts()).to.equal(1);
      },
    });
    expect(memory.responses.length).to.equal(counts.live);
    report.push(`scan ${JSON.stringify(counts)}, ${charts} radars drawn, ${memory.responses.length} responses saved`);
  });

  it('wm-touchpoint-timeline through a small paged adapter', async () => {
    const items = generateTouchpoints({ count: 15, seed: 3 });
    const pages: Record<string, TouchpointPage> = {
      '': { items: items.slice(0, 5), nextCursor: 'p2' },
      p2: { items: items.slice(5, 10), nextCursor: 'p3' },
      p3: { items: items.slice(10) },
    };
    const { adapter, stats, track } = instrument({ touchpoints: async (q) => structuredClone(pages[q.cursor ?? '']!) });
    const complete = (d: unknown) => (d as TouchpointPage).nextCursor === undefined;
    const shownCount = (el: Element) => $$(el, '[part~="chip"]').reduce((n, c) => n + Number(text(c.querySelector('.count'))), 0);
    const counts = await cycles<TouchpointTimeline>({
      stats, track,
      create: () => Object.assign(document.createElement('wm-touchpoint-timeline'), { adapter, journey: 'j' }),
      // Every page in: the second wm-load, without a cursor.
      ready: (el) => loaded(el, complete),
      check: async (el) => {
        expect($(el, 'canvas[part="canvas"]')).to.exist;
        expect(shownCount(el)).to.equal(items.length);
      },
      // Removed between pages, the stream stops; reattached, it resumes where it stopped.
      live: async (el) => {
        const parent = el.parentElement!;
        const firstPage = loaded(el, (d) => !complete(d));
        void el.reload();
        await firstPage;
        el.remove();
        await settle(stats);
        const rest = loaded(el, complete);
        parent.append(el);
        await rest;
        await el.updateComplete;
        expect(shownCount(el)).to.equal(items.length);
      },
    });
    report.push(`timeline ${JSON.stringify(counts)}, ${stats.calls} page requests`);
  });
});
