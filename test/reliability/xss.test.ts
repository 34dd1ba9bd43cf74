// Every classic XSS payload in every string field of every data shape each
// element renders: nothing runs, no handler attribute, javascript: URL or
// script element appears in the shadow roots, and each payload shows as text
// where its field is shown. Payloads rotate through the fields, so one render
// carries many payloads and every payload visits every field.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/waymark.js';
import type { Journey, JourneyMap, Metric, Stage, Touchpoint } from '../../src/data/schema.js';
import type { MaturityScanDefinition } from '../../src/data/scans/schema.js';
import type { StageTracker } from '../../src/elements/stage-tracker/stage-tracker.js';
import type { ScoreGauge } from '../../src/elements/score-gauge/score-gauge.js';
import type { JourneyScore } from '../../src/elements/journey-score/journey-score.js';
import type { MaturityScan } from '../../src/elements/maturity-scan/maturity-scan.js';
import type { TouchpointTimeline } from '../../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { JourneyMapElement } from '../../src/elements/journey-map/journey-map.js';
import { scanHighlights } from '../../src/metrics/scan.js';
import { $$, until } from '../helpers/setup.js';
import { PAYLOADS } from './xss-payloads.js';

declare global {
  interface Window {
    __xss?: boolean;
  }
}

const N = PAYLOADS.length;

/** Where a field is shown: some element matching `sel` (or the `index`th) holds `text`. */
type Shown = [sel: string, text: string, index?: number];

/** Payload for slot `i` in rotation `k`: over N rotations every slot sees every payload. */
const picker = (k: number) => {
  let slot = 0;
  return () => PAYLOADS[(slot++ + k) % N]!;
};

const FORBIDDEN = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'img', 'image', 'video', 'audio', 'source',
  'math', 'mtext', 'mglyph', 'maction', 'a', 'form', 'base', 'meta', 'link', 'marquee', 'foreignobject', 'animate',
  'set', 'use', 'template', 'noscript', 'keygen', 'isindex', 'body', 'x',
]);
const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background']);
const DANGEROUS_ATTRS = new Set(['srcdoc', 'autofocus', 'contenteditable', 'formaction']);

function elementsIn(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const e of root.querySelectorAll('*')) {
    out.push(e);
    if (e.shadowRoot) out.push(...elementsIn(e.shadowRoot));
  }
  return out;
}

/** No markup came from the data: no forbidden element, no handler attribute, no script URL. */
function expectInert(el: Element) {
  const problems: string[] = [];
  for (const e of elementsIn(el.shadowRoot!)) {
    if (FORBIDDEN.has(e.localName.toLowerCase())) problems.push(`<${e.localName}> element`);
    for (const a of e.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} attribute on <${e.localName}>`);
      if (DANGEROUS_ATTRS.has(name)) problems.push(`${name} attribute on <${e.localName}>`);
      if (URL_ATTRS.has(name) && /^(?:javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))) {
        problems.push(`${name}="${a.value}" on <${e.localName}>`);
      }
    }
  }
  expect(problems.join('; '), `markup from data in <${el.localName}>`).to.equal('');
  expect(el.shadowRoot!.querySelectorAll('script').length).to.equal(0);
}

function expectShown(el: Element, shown: Shown[]) {
  const missing: string[] = [];
  for (const [sel, payload, index] of shown) {
    const candidates = $$(el, sel);
    const pool = index === undefined ? candidates : candidates.slice(index, index + 1);
    if (!pool.some((c) => (c.textContent ?? '').includes(payload))) missing.push(`${sel}${index === undefined ? '' : `[${index}]`}: ${payload}`);
  }
  expect(missing.join('; '), `payloads not shown as text in <${el.localName}>`).to.equal('');
}

/** Sets `data` and waits for the element's wm-load (a wm-error fails with its message). */
function load(el: HTMLElement & { data?: unknown }, data: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`<${el.localName}> did not load`)), 5000);
    const done = (e: Event) => {
      clearTimeout(timer);
      el.removeEventListener('wm-load', done);
      el.removeEventListener('wm-error', done);
      if (e.type === 'wm-load') resolve();
      else reject(new Error(`<${el.localName}>: ${(e as CustomEvent).detail.error.message}`));
    };
    el.addEventListener('wm-load', done);
    el.addEventListener('wm-error', done);
    el.data = data;
  });
}

const tick = () => new Promise((r) => setTimeout(r));

let scriptsBefore = 0;
let alertBefore: typeof window.alert;
let injected = 0;

/** Runs N rotations of `render`, checking after each that nothing ran and the payloads show as text. */
async function rotate(els: HTMLElement[], render: (next: () => string, k: number) => Promise<Shown[]>) {
  for (let k = 0; k < N; k++) {
    let used = 0;
    const base = picker(k);
    const shown = await render(() => (used++, base()), k);
    injected += used;
    const waited = aTimeout(50);
    await tick();
    expect(window.__xss, `a payload ran (rotation ${k})`).to.equal(false);
    for (const el of els) expectInert(el);
    expectShown(els[0]!, shown);
    await waited;
    expect(window.__xss, `a payload ran within 50 ms (rotation ${k})`).to.equal(false);
  }
}

describe('reliability XSS: payloads in every string field stay text', function () {
  this.timeout(60_000);

  before(() => {
    expect(N).to.be.at.least(50);
    expect(new Set(PAYLOADS).size).to.equal(N);
    window.__xss = false;
    alertBefore = window.alert;
    window.alert = () => {
      window.__xss = true;
    };
    scriptsBefore = document.querySelectorAll('script').length;
  });

  after(() => {
    window.alert = alertBefore;
    expect(document.querySelectorAll('script').length, 'script elements in the document').to.equal(scriptsBefore);
    expect(window.__xss).to.equal(false);
    console.log(`XSS: ${N} payloads, ${injected} payload-field injections`);
  });

  it('the checks catch markup that did get through', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    // Parsed but inert: scripts inserted this way never run, and nothing here is clicked.
    host.shadowRoot!.append(document.createRange().createContextualFragment(
      '<a href=" java\tscript:void 0" onclick="void 0">x</a><script>void 0</script>',
    ));
    for (const found of [/<a> element/, /onclick attribute on <a>/, /href=" java.+script:void 0" on <a>/, /<script> element/]) {
      expect(() => expectInert(host)).to.throw(found);
    }
    expect(() => expectShown(host, [['a', 'missing']])).to.throw(/a: missing/);
  });

  it('wm-stage-tracker: journey, stage, next step and milestone text', async () => {
    const el = await fixture<StageTracker>(html`<wm-stage-tracker selectable></wm-stage-tracker>`);
    const statuses: Stage['status'][] = ['done', 'done', 'current', 'upcoming', 'blocked', 'skipped'];
    await rotate([el], async (next) => {
      const journey: Journey = {
        id: next(), name: next(), customer: next(), persona: next(), segment: next(),
        stages: statuses.map((status, i) => ({
          id: `${next()}#${i}`, name: next(), description: next(), status, nextStep: next(),
          milestones: [0, 1].map((m) => ({ id: next(), name: next(), done: m === 0 })),
        })),
      };
      el.selected = journey.stages[3]!.id;
      await load(el, journey);
      // Other stages' checklists are made when their disclosures open.
      for (const d of $$(el, 'details.other-milestones')) (d as HTMLDetailsElement).open = true;
      await until(() => $$(el, 'details.other-milestones').every((d) => d.querySelector('.milestone-name')), 'the opened milestone lists');
      return [
        ['.title .name', journey.name],
        ...journey.stages.map((s, i): Shown => ['[part="label"]', s.name, i]),
        ['[part="next-step"]', journey.stages[2]!.nextStep!],
        ...journey.stages.flatMap((s) => s.milestones!.map((m): Shown => ['.milestone-name', m.name])),
      ];
    });
  });

  it('wm-score-gauge: label, unit, band labels (loaded and inline), with the trend drawn', async () => {
    const wrap = await fixture(html`<div>
      <wm-score-gauge trend></wm-score-gauge><wm-score-gauge kind="health" value="55"></wm-score-gauge>
    </div>`);
    const [el, inline] = [...wrap.children] as ScoreGauge[];
    await rotate([el!, inline!], async (next) => {
      const metric: Metric = {
        id: next(), kind: 'score', label: next(), value: 50, min: 0, max: 100, previous: 40, target: 60, unit: next(),
        bands: [
          { upTo: 30, tone: 'critical', label: next() },
          { upTo: 70, tone: 'warning', label: next() },
          { upTo: 100, tone: 'good', label: next() },
        ],
        history: [30, 40, 50].map((value, i) => ({ at: `2025-0${i + 1}-01T00:00:00Z`, value })),
        sampleSize: 212,
      };
      const label = next();
      const inlineLoaded = new Promise((r) => inline!.addEventListener('wm-load', r, { once: true }));
      inline!.setAttribute('label', label);
      await Promise.all([load(el!, metric), inlineLoaded]);
      expectShown(inline!, [['[part="label"]', label]]);
      return [
        ['[part="label"]', metric.label],
        ['[part="unit"]', metric.unit!],
        ['[part="band-label"]', metric.bands![1]!.label!],
        ['[part="trend"] caption', metric.label],
      ];
    });
  });

  it('wm-journey-score: journey name, component labels and units, the biggest gap', async () => {
    const el = await fixture<JourneyScore>(html`<wm-journey-score></wm-journey-score>`);
    await rotate([el], async (next) => {
      const journey: Journey = {
        id: next(), name: next(), customer: next(), persona: next(), segment: next(),
        stages: [{ id: next(), name: next(), description: next(), status: 'current', nextStep: next() }],
        scoreComponents: [20, 50, 70, 90].map((value, i) => ({
          metric: {
            id: `${next()}#${i}`, kind: 'score' as const, label: next(), value, unit: next(),
            bands: [{ upTo: 50, tone: 'critical' as const, label: next() }],
          },
          weight: 1 + i,
        })),
      };
      await load(el, journey);
      const components = journey.scoreComponents!;
      return [
        ['[part="label"]', journey.name],
        ...components.map((c, i): Shown => ['[part="component"] .name', c.metric.label, i]),
        ...components.map((c, i): Shown => ['[part="component"] .value', c.metric.unit!, i]),
        ['[part="worst"] strong', el.score!.worst!.metric.label],
      ];
    });
  });

  it('wm-maturity-scan: scan, scale, dimension, question and level text, questions and result', async () => {
    const keys = new Set(Object.keys(localStorage));
    const el = await fixture<MaturityScan>(html`<wm-maturity-scan mode="single" autosave="off"></wm-maturity-scan>`);
    try {
      await rotate([el], async (next, k) => {
        const dimensions = [0, 1, 2].map((i) => ({
          id: `${next()}#d${i}`, name: next(), description: next(),
          recommendations: Object.fromEntries([1, 2, 3, 4, 5].map((l) => [String(l), [next()]])),
        }));
        const def: MaturityScanDefinition = {
          id: `${next()}#scan${k}`, title: next(), intro: next(),
          scale: { min: 1, max: 4, labels: [next(), next(), next(), next()], notApplicable: next() },
          dimensions,
          questions: [0, 1, 2, 3, 4, 5].map((i) => ({ id: `${next()}#q${i}`, dimensionId: dimensions[i % 3]!.id, text: next(), help: next() })),
          levels: [1, 2, 3, 4, 5].map((level) => ({
            level, name: next(), minScore: (level - 1) * 20, summary: next(), recommendations: [next(), next()],
          })),
        };
        el.respondent = next();
        await load(el, def);
        expectShown(el, [
          ['[part="title"]', def.title],
          ['.intro', def.intro!],
          ...def.scale.labels.map((l): Shown => ['[part="option"] .label', l]),
          ['[part="option"] .label', def.scale.notApplicable!],
          ...dimensions.map((d, i): Shown => ['.page-title', d.name, i]),
          ...dimensions.map((d, i): Shown => ['.description', d.description, i]),
          ...def.questions.map((q): Shown => ['[part="question-text"]', q.text]),
          ...def.questions.map((q): Shown => ['.help', q.help!]),
        ]);
        expectInert(el);
        // Answer every question, spread over the scale, and show the result.
        el.value = Object.fromEntries(def.questions.map((q, i) => [q.id, 1 + ((i + k) % 4)]));
        await el.submit();
        await el.updateComplete;
        const result = el.result!;
        const level = def.levels.find((l) => l.level === result.level)!;
        const byId = new Map(dimensions.map((d) => [d.id, d]));
        const levels = new Map(result.byDimension.map((d) => [d.dimensionId, d.level]));
        return [
          ['.level-name', level.name],
          ['[part="summary"]', level.summary],
          ...level.recommendations.map((r): Shown => ['[part="recommendations"] li', r]),
          ...dimensions.map((d): Shown => ['th[scope="row"]', d.name]),
          ...scanHighlights(result).gaps.flatMap((id): Shown[] => [
            ['[part="gaps"] li', byId.get(id)!.name],
            ['[part="recommendations"] h5', byId.get(id)!.name],
            ['[part="recommendations"] li', byId.get(id)!.recommendations[String(levels.get(id))]![0]!],
          ]),
        ];
      });
    } finally {
      el.remove();
      for (const key of Object.keys(localStorage)) if (!keys.has(key)) localStorage.removeItem(key);
    }
  });

  it('wm-touchpoint-timeline: titles, details, outcomes, channels and stage names, in the timeline, list and card', async () => {
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline></wm-touchpoint-timeline>`);
    await rotate([el], async (next, k) => {
      const stages: Stage[] = (['done', 'current', 'upcoming'] as const).map((status, i) => ({
        id: `${next()}#s${i}`, name: next(), description: next(), status, nextStep: next(),
      }));
      const items: Touchpoint[] = [0, 1, 2, 3].map((i) => ({
        id: `${next()}#t${i}`, at: `2025-03-0${1 + (i >> 1)}T1${i}:00:00Z`, channel: next(), title: next(),
        stageId: stages[i % 3]!.id, initiator: i % 2 ? 'customer' : 'company', sentiment: 0.5 - i / 4,
        momentOfTruth: i === 0, friction: 'high', outcome: next(), detail: next(),
      }));
      const list = k % 2 === 1;
      el.view = list ? 'list' : 'timeline';
      el.groupBy = list ? 'channel' : 'stage';
      el.selected = items[0]!.id;
      await load(el, { items, stages });
      if (list) await until(() => $$(el, '.list .title').length === items.length, 'the list rows');
      const first = items[0]!;
      return [
        ...items.map((t): Shown => ['[part~="chip"]', t.channel]),
        ['.detail-title', first.title],
        ['.detail-text', first.detail!],
        ['.detail dd', first.outcome!],
        ['.detail dd', first.channel],
        ['.detail dd', stages[0]!.name],
        ...(list
          ? items.flatMap((t, i): Shown[] => [['.list .title', t.title], ['.list .meta', t.channel], ['.list .meta', stages[i % 3]!.name]])
          : stages.map((s): Shown => ['[part="lane-label"]', s.name])),
      ];
    });
  });

  it('wm-journey-map: map, persona, stage, step, lane, series, note, channel and metric text, links never made links, by steps and by stages', async () => {
    const el = await fixture<JourneyMapElement>(html`<wm-journey-map selectable></wm-journey-map>`);
    await rotate([el], async (next, k) => {
      const stages = [0, 1].map((i) => ({ id: `${next()}#s${i}`, name: next(), description: next() }));
      const steps = [0, 1, 2].map((i) => ({ id: `${next()}#p${i}`, stageId: stages[i >> 1]!.id, name: next(), description: next() }));
      const series = [0, 1].map((i) => ({ id: `${next()}#e${i}`, name: next() }));
      const columns = steps.map((s) => s.id);
      const metric = (i: number): Metric => ({
        id: `${next()}#m${i}`, kind: 'score', label: next(), value: 40 + i * 20, previous: 50, unit: next(),
        bands: [{ upTo: 50, tone: 'critical', label: next() }, { upTo: 100, tone: 'good', label: next() }],
      });
      const map: JourneyMap = {
        id: next(), name: next(), description: next(), persona: { name: next(), summary: next() },
        stages, steps,
        lanes: [
          { id: `${next()}#l0`, label: next(), kind: 'notes', cells: columns.map((column, i) => ({
            column, notes: [{ text: next(), tone: (['pain', 'gain', 'idea'] as const)[i], link: next() }],
          })) },
          { id: `${next()}#l1`, label: next(), kind: 'emotion', series, cells: columns.map((column, i) => ({
            column, emotion: { [series[0]!.id]: i / 2 - 0.5, [series[1]!.id]: 0.5 },
          })) },
          { id: `${next()}#l2`, label: next(), kind: 'channels', cells: columns.map((column, i) => ({ column, channels: [{ channel: next(), count: i }] })) },
          { id: `${next()}#l3`, label: next(), kind: 'metrics', cells: columns.map((column, i) => ({ column, metrics: [metric(i)] })) },
          { id: `${next()}#l4`, label: next(), kind: 'funnel', cells: columns.map((column, i) => ({ column, reached: 100 - i * 30 })) },
        ],
      };
      el.columns = k % 2 ? 'stages' : 'steps';
      await load(el, map);
      const [notes, , channels, metrics] = map.lanes;
      return [
        ['.title .name', map.name],
        ['.title .description', map.description!],
        ['.title .persona', map.persona!.name],
        ['.title .persona', map.persona!.summary!],
        ...stages.map((s): Shown => ['thead th', s.name]),
        ...(k % 2 ? [] : steps.map((s): Shown => ['th[part~="column"]', s.name])),
        ...map.lanes.map((l): Shown => ['.lane-label', l.label]),
        ...series.map((s): Shown => ['.legend li', s.name]),
        ...series.map((s): Shown => ['tr.emotion td', s.name]),
        ...notes!.cells.flatMap((c) => c.notes!.map((n): Shown => ['[part~="note"]', n.text])),
        ...channels!.cells.map((c): Shown => ['[part~="channel"]', c.channels![0]!.channel]),
        ...metrics!.cells.flatMap((c): Shown[] => [['[part~="metric"]', c.metrics![0]!.label], ['[part~="metric"]', c.metrics![0]!.unit!]]),
        ['tr.funnel', '100 reached'],
      ];
    });
  });
});
