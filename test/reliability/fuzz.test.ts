// 1,000 random payloads per data element, valid and invalid mixed, through one
// element per suite: nothing escapes as an uncaught error or rejection, a valid
// payload renders the ready (or documented empty) state, an invalid one the
// error state naming the failing field as the schema reports it.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/waymark.js';
import { Journey, Metric } from '../../src/data/schema.js';
import { MaturityScanDefinition } from '../../src/data/scans/schema.js';
import { TimelineData } from '../../src/elements/touchpoint-timeline/data.js';
import { formatPath } from '../../src/data/errors.js';
import { change, journeyScore, metricRange } from '../../src/metrics/index.js';
import { $, $$, text } from '../helpers/setup.js';
import { watchUncaught } from '../helpers/invalid-fuzz.js';
import { journey, metric, mixed, scan, scoredJourney, timeline } from './arbitraries.js';

const RUNS = 1000;

/** The index of a component whose metric has a range the metric functions reject (an invalid journey score), or -1. */
const unreadableComponent = (x: unknown) => {
  const v = Journey.safeParse(x);
  if (!v.success || !v.data.scoreComponents?.length) return -1;
  return v.data.scoreComponents.findIndex((c) => {
    try {
      metricRange(c.metric);
      return false;
    } catch {
      return true;
    }
  });
};

type Verdict<T> = { ok: true; data: T } | { ok: false; path: string };

interface Safe<T> {
  safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[] }[] } };
}

function verdict<T>(schema: Safe<T>, x: unknown): Verdict<T> {
  const r = schema.safeParse(x);
  return r.success ? { ok: true, data: r.data } : { ok: false, path: formatPath(r.error.issues[0]!.path) };
}

interface DataEl extends HTMLElement {
  data?: unknown;
  reload(): Promise<void>;
  updateComplete: Promise<unknown>;
}

/** Resolves with the first wm-load or wm-error after now. */
function settled(el: Element, payload: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Event('timeout')), 3000);
    function done(e: Event) {
      clearTimeout(timer);
      el.removeEventListener('wm-load', done);
      el.removeEventListener('wm-error', done);
      if (e.type === 'timeout') reject(new Error(`neither wm-load nor wm-error for ${JSON.stringify(payload)}`));
      else resolve(e.type);
    }
    el.addEventListener('wm-load', done);
    el.addEventListener('wm-error', done);
  });
}

function expectError(el: Element, what: string, path: string, payload: unknown) {
  const alert = $(el, '[part="error"][role="alert"]');
  expect(alert, `no error state for ${JSON.stringify(payload)}`).to.exist;
  const words = text(alert);
  expect(words).to.contain(`The ${what} data has a problem`);
  expect(words, JSON.stringify(payload)).to.contain(`${path}: `);
  expect(!!$(el, '[part="retry"]'), 'Retry button').to.equal(true);
}

interface Suite<T> {
  tag: string;
  what: string;
  seed: number;
  arb: fc.Arbitrary<unknown>;
  attrs?: Record<string, string>;
  judge: (x: unknown) => Verdict<T>;
  ready: (el: DataEl, data: T, payload: unknown) => void;
  set?: (el: DataEl, x: unknown, run: number) => void;
}

function fuzz<T>(name: string, s: Suite<T>) {
  it(`${name}: ${RUNS} random payloads, valid and invalid`, async function () {
    this.timeout(60_000);
    const div = await fixture(html`<div></div>`);
    const el = document.createElement(s.tag) as DataEl;
    for (const [k, v] of Object.entries(s.attrs ?? {})) el.setAttribute(k, v);
    // Its first state (no source, or the built-in scan) settles before the payloads start.
    const first = settled(el, 'no data');
    div.append(el);
    await first;
    const watch = watchUncaught();
    let valid = 0;
    let invalid = 0;
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(s.arb.filter((x) => x !== null && x !== undefined), async (x) => {
          const event = settled(el, x);
          // The same primitive (or constant) again is no change to Lit: load it again by hand.
          if (Object.is(el.data, x)) void el.reload();
          else if (s.set) s.set(el, x, run);
          else el.data = x;
          run++;
          const type = await event;
          await el.updateComplete;
          const v = s.judge(x);
          if (v.ok) {
            valid++;
            expect(type, JSON.stringify(x)).to.equal('wm-load');
            s.ready(el, v.data, x);
          } else {
            invalid++;
            expect(type, JSON.stringify(x)).to.equal('wm-error');
            expectError(el, s.what, v.path, x);
          }
        }),
        { numRuns: RUNS, seed: s.seed, includeErrorInReport: true },
      );
    } finally {
      watch.stop();
      el.remove();
    }
    expect(watch.uncaught).to.deep.equal([]);
    // A real mix: neither side starved.
    expect(valid, 'valid payloads').to.be.greaterThan(RUNS * 0.2);
    expect(invalid, 'invalid payloads').to.be.greaterThan(RUNS * 0.3);
  });
}

const noAlert = (el: Element, payload: unknown) =>
  expect(text($(el, '[role="alert"]')), `alert for valid ${JSON.stringify(payload)}`).to.equal('');

describe('reliability fuzz: every data element', () => {
  fuzz<Journey>('wm-stage-tracker (Journey)', {
    tag: 'wm-stage-tracker',
    what: 'journey',
    seed: 7_001,
    arb: mixed(journey),
    judge: (x) => verdict(Journey as Safe<Journey>, x),
    ready: (el, j, x) => {
      noAlert(el, x);
      if (!j.stages.length) {
        expect($(el, '[part="empty"]'), JSON.stringify(x)).to.exist;
        return;
      }
      expect($$(el, 'li[part~="stage"]').length, JSON.stringify(x)).to.equal(j.stages.length);
      const current = $$(el, '[aria-current="step"]').length;
      expect(current).to.equal(j.stages.filter((s) => s.status === 'current').length);
      for (const bar of $$(el, '[role="progressbar"]')) expect(Number(bar.getAttribute('aria-valuenow'))).to.be.within(0, 100);
    },
  });

  /** The gauge's own rule: the schema, then a range and a change the metric functions can read. */
  const judgeMetric = (x: unknown): Verdict<Metric> => {
    const v = verdict(Metric as Safe<Metric>, x);
    if (!v.ok) return v;
    try {
      metricRange(v.data);
    } catch {
      return { ok: false, path: 'max' };
    }
    try {
      change(v.data.value, v.data.previous);
    } catch {
      return { ok: false, path: 'previous' };
    }
    return v;
  };

  fuzz<Metric>('wm-score-gauge (Metric)', {
    tag: 'wm-score-gauge',
    what: 'metric',
    seed: 7_002,
    attrs: { trend: '' },
    arb: mixed(metric),
    judge: judgeMetric,
    ready: (el, m, x) => {
      noAlert(el, x);
      if (m.sampleSize === 0) {
        expect($(el, '[part="empty"]'), JSON.stringify(x)).to.exist;
        return;
      }
      const meter = $(el, '[part="gauge"][role="meter"]');
      expect(meter, JSON.stringify(x)).to.exist;
      const { min, max } = metricRange(m);
      const now = Number(meter!.getAttribute('aria-valuenow'));
      expect(now).to.be.within(min, max);
      expect(meter!.getAttribute('aria-valuetext')).to.not.equal('');
      expect(!!$(el, '[part~="trend"]'), 'trend shown').to.equal((m.history?.length ?? 0) >= 2);
    },
  });

  fuzz<Journey>('wm-journey-score (Journey with scoreComponents)', {
    tag: 'wm-journey-score',
    what: 'journey',
    seed: 7_003,
    arb: mixed(scoredJourney),
    judge: (x) => {
      const i = unreadableComponent(x);
      return i >= 0 ? { ok: false, path: `scoreComponents[${i}].metric.max` } : verdict(Journey as Safe<Journey>, x);
    },
    ready: (el, j, x) => {
      const components = j.scoreComponents ?? [];
      if (!components.length) {
        noAlert(el, x);
        expect($(el, '[part="empty"]'), JSON.stringify(x)).to.exist;
        return;
      }
      let computed = true;
      try {
        journeyScore(components);
      } catch (e) {
        computed = false;
        // Documented: weights that are all zero cannot make a score, and the element says so.
        expect((e as Error).message, `valid journey that cannot be scored: ${JSON.stringify(x)}`).to.contain('weight above 0');
        expect(text($(el, '[part="error"][role="alert"]'))).to.contain("can't be computed");
      }
      if (!computed) return;
      noAlert(el, x);
      expect($$(el, '[part="component"]').length, JSON.stringify(x)).to.equal(components.length);
      const now = Number($(el, '[part="gauge"][role="meter"]')!.getAttribute('aria-valuenow'));
      expect(now).to.be.within(0, 100);
    },
  });

  fuzz<MaturityScanDefinition>('wm-maturity-scan (ScanDefinition via definition / data)', {
    tag: 'wm-maturity-scan',
    what: 'scan',
    seed: 7_004,
    attrs: { autosave: 'off', mode: 'single' },
    arb: mixed(scan),
    judge: (x) => verdict(MaturityScanDefinition as Safe<MaturityScanDefinition>, x),
    // The element documents both: `definition` is the same as `data`.
    set: (el, x, run) => {
      if (run % 2) (el as unknown as { definition: unknown }).definition = x;
      else el.data = x;
    },
    ready: (el, d, x) => {
      noAlert(el, x);
      if (!d.questions.length) {
        expect($(el, '[part="empty"]'), JSON.stringify(x)).to.exist;
        return;
      }
      expect($$(el, 'fieldset[part~="question"]').length, JSON.stringify(x)).to.equal(d.questions.length);
      const points = d.scale.max - d.scale.min + 1 + (d.scale.notApplicable === undefined ? 0 : 1);
      expect($$(el, 'input[type="radio"]').length).to.equal(points * d.questions.length);
    },
  });

  fuzz<TimelineData>('wm-touchpoint-timeline ({ items, stages? })', {
    tag: 'wm-touchpoint-timeline',
    what: 'touchpoints',
    seed: 7_005,
    arb: mixed(timeline),
    judge: (x) => verdict(TimelineData as Safe<TimelineData>, x),
    ready: (el, d, x) => {
      noAlert(el, x);
      if (!d.items.length) {
        expect($(el, '[part="empty"]'), JSON.stringify(x)).to.exist;
        return;
      }
      expect($(el, 'canvas[part="canvas"]'), JSON.stringify(x)).to.exist;
      expect($$(el, '[part~="chip"]').length).to.equal(new Set(d.items.map((t) => t.channel)).size);
    },
  });
});
