import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { TouchpointQuery, WaymarkAdapter } from '../src/data/adapters/types.js';
import { generateTimeline, generateTouchpoints, touchpointAdapter } from '../fixtures/touchpoints.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';

const OPTS = { count: 12_000, from: '2025-01-01T00:00:00Z', to: '2025-07-01T00:00:00Z', seed: 9 };
const ALL = generateTouchpoints(OPTS);

/** How many of the generated touchpoints fall in [from, to] (both ends included, as the adapter's filter). */
const countIn = (from: string, to: string) => ALL.filter((tp) => {
  const t = Date.parse(tp.at);
  return t >= Date.parse(from) && t <= Date.parse(to);
}).length;

/** An adapter that records every call and answers nothing: data given inline must never reach it. */
function untouchable() {
  const calls: string[] = [];
  const adapter: WaymarkAdapter = {
    journey: async () => (calls.push('journey'), Promise.reject(new Error('not expected'))),
    touchpoints: async () => (calls.push('touchpoints'), Promise.reject(new Error('not expected'))),
  };
  return { adapter, calls };
}

const range = (el: TouchpointTimeline) => text($(el, '[part="range"]'));
const laneLabels = (el: TouchpointTimeline) => $$(el, '[part="lane-label"]').map(text);

async function mountInline(attrs: Record<string, string>, data: unknown, adapter?: WaymarkAdapter) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement('wm-touchpoint-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('locale', 'en-GB');
  Object.assign(el, { data, adapter });
  const loads: unknown[] = [];
  el.addEventListener('wm-load', (e) => loads.push(e.detail.data));
  wrap.append(el);
  await partRendered(el, el.getAttribute('view') === 'list' ? 'item' : 'plot');
  if (el.getAttribute('view') !== 'list') await until(() => range(el), 'the range line');
  return { el, loads };
}

describe('wm-touchpoint-timeline: windows without reloads', () => {
  it('re-windows inline data on from and to without a wm-load or a call to the adapter', async () => {
    const data = generateTimeline({ ...OPTS, count: 600 });
    const { adapter, calls } = untouchable();
    const { el, loads } = await mountInline({ from: '2025-01-01T00:00:00Z', to: '2025-07-01T00:00:00Z' }, data, adapter);
    await until(() => loads.length === 1, 'the first wm-load');
    expect(range(el)).to.match(/600 of 600 touchpoints in view$/);

    const windows = [
      ['2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z'],
      ['2025-02-15T00:00:00Z', '2025-05-15T00:00:00Z'],
      ['2024-12-01T00:00:00Z', '2025-02-01T00:00:00Z'],
    ] as const;
    for (const [from, to] of windows) {
      el.from = from;
      el.setAttribute('to', to);
      await el.updateComplete;
      expect(+el.visibleRange!.from).to.equal(Date.parse(from));
      expect(+el.visibleRange!.to).to.equal(Date.parse(to));
      const inView = data.items.filter((tp) => Date.parse(tp.at) >= Date.parse(from) && Date.parse(tp.at) <= Date.parse(to)).length;
      await until(() => range(el).endsWith(`${inView.toLocaleString('en-GB')} of 600 touchpoints in view`), `the range line for ${from}..${to}`);
    }
    el.removeAttribute('from');
    el.removeAttribute('to');
    await until(() => range(el).endsWith('600 of 600 touchpoints in view'), 'every touchpoint again');
    expect(loads, 'wm-load fired once, for the data').to.have.length(1);
    expect(calls).to.deep.equal([]);
  });

  it('re-filters and re-groups inline data without a wm-load or a call to the adapter', async () => {
    const data = generateTimeline({ ...OPTS, count: 600 });
    const { adapter, calls } = untouchable();
    const { el, loads } = await mountInline({}, data, adapter);
    await until(() => loads.length === 1, 'the first wm-load');
    expect(laneLabels(el)).to.deep.equal(['Web', 'App', 'Email', 'Phone', 'Chat', 'Store']);
    el.channels = 'web email';
    await el.updateComplete;
    expect(laneLabels(el)).to.deep.equal(['Web', 'Email']);
    const shown = data.items.filter((tp) => tp.channel === 'web' || tp.channel === 'email').length;
    await until(() => range(el).endsWith(`${shown} of ${shown} touchpoints in view`), 'the filtered count');
    el.groupBy = 'stage';
    await el.updateComplete;
    expect(laneLabels(el)).to.deep.equal(data.stages.filter((s) => data.items.some((tp) => tp.stageId === s.id)).map((s) => s.name));
    el.setAttribute('group-by', 'none');
    await el.updateComplete;
    expect(laneLabels(el)).to.have.length(1);
    expect(loads).to.have.length(1);
    expect(calls).to.deep.equal([]);
  });

  it('follows a channel filter in the list view without a wm-load', async () => {
    const data = generateTimeline({ ...OPTS, count: 40 });
    const { el, loads } = await mountInline({ view: 'list' }, data);
    await until(() => loads.length === 1, 'the first wm-load');
    const channelsShown = () => new Set($$(el, '[part~="item"] .meta').map((m) => text(m).split(',')[0]));
    expect(channelsShown().size).to.be.above(2);
    el.channels = 'phone';
    await el.updateComplete;
    await until(() => $$(el, '[part~="item"]').length && [...channelsShown()].join() === 'Phone', 'only phone rows');
    expect(loads).to.have.length(1);
  });
});

describe('wm-touchpoint-timeline: windows through an adapter', () => {
  /** The generated adapter, recording every query and the wm-load events. */
  async function mountAdapter(from: string, to: string) {
    const inner = touchpointAdapter(OPTS);
    const calls: TouchpointQuery[] = [];
    const adapter: WaymarkAdapter = { touchpoints: (q, o) => (calls.push(q), inner.touchpoints(q, o)) };
    const loads: { items: unknown[]; nextCursor?: string }[] = [];
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" locale="en-GB" from=${from} to=${to}
      .adapter=${adapter} @wm-load=${(e: CustomEvent) => loads.push(e.detail.data)}></wm-touchpoint-timeline>`);
    await until(() => loads.some((l) => !l.nextCursor), 'every page of the first window');
    await until(() => range(el), 'the range line');
    return { el, calls, loads };
  }

  const total = (el: TouchpointTimeline) => Number(range(el).match(/of ([\d,]+) touchpoints/)![1]!.replace(/,/g, ''));

  it('makes no call for a window inside what is loaded', async () => {
    const { el, calls, loads } = await mountAdapter('2025-02-01T00:00:00Z', '2025-04-01T00:00:00Z');
    const before = { calls: calls.length, loads: loads.length };
    expect(calls[0]).to.include({ from: '2025-02-01T00:00:00Z', to: '2025-04-01T00:00:00Z' });
    el.from = '2025-02-10T00:00:00Z';
    el.to = '2025-03-10T00:00:00Z';
    await el.updateComplete;
    expect(+el.visibleRange!.from).to.equal(Date.parse('2025-02-10T00:00:00Z'));
    expect(+el.visibleRange!.to).to.equal(Date.parse('2025-03-10T00:00:00Z'));
    const inView = countIn('2025-02-10T00:00:00Z', '2025-03-10T00:00:00Z');
    // Counts, not dates: each engine words a date range its own way.
    const line = `: ${inView.toLocaleString('en-GB')} of ${countIn('2025-02-01T00:00:00Z', '2025-04-01T00:00:00Z').toLocaleString('en-GB')} touchpoints in view`;
    await until(() => range(el).endsWith(line), 'the new range line');
    expect($(el, '[part="loading-more"]')).to.equal(null);
    expect(calls).to.have.length(before.calls);
    expect(loads).to.have.length(before.loads);
  });

  it('fetches only the missing range for a window beyond what is loaded, once', async () => {
    const { el, calls, loads } = await mountAdapter('2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z');
    expect(calls.every((q) => q.from === '2025-02-01T00:00:00Z' && q.to === '2025-03-01T00:00:00Z')).to.equal(true);
    await until(() => total(el) === countIn('2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z'), 'every touchpoint of February in the range line');

    // Later: only March is missing.
    let seen = calls.length;
    el.to = '2025-04-01T00:00:00Z';
    await el.updateComplete;
    expect(+el.visibleRange!.to).to.equal(Date.parse('2025-04-01T00:00:00Z'));
    await until(() => loads.length === 3, 'the wm-load for March');
    const march = calls.slice(seen);
    expect(march.length).to.be.above(0);
    for (const q of march) expect(q).to.include({ from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z', journey: 'j' });
    expect(march[0]!.cursor).to.equal(undefined);
    expect(loads[2]!.items).to.have.length(countIn('2025-02-01T00:00:00Z', '2025-04-01T00:00:00Z'));
    await until(() => total(el) === countIn('2025-02-01T00:00:00Z', '2025-04-01T00:00:00Z'), 'February and March, each touchpoint once');

    // Earlier and later at once: two ranges, each fetched on its own.
    seen = calls.length;
    el.from = '2025-01-15T00:00:00Z';
    el.to = '2025-04-15T00:00:00Z';
    await until(() => loads.length === 4, 'the wm-load for both ends');
    const ends = calls.slice(seen).map((q) => `${q.from}..${q.to}`);
    expect([...new Set(ends)]).to.deep.equal(['2025-01-15T00:00:00Z..2025-02-01T00:00:00Z', '2025-04-01T00:00:00Z..2025-04-15T00:00:00Z']);
    await until(() => total(el) === countIn('2025-01-15T00:00:00Z', '2025-04-15T00:00:00Z'), 'the wider window, each touchpoint once');

    // Apart from what is loaded: the gap between is not fetched.
    seen = calls.length;
    el.from = '2025-05-01T00:00:00Z';
    el.to = '2025-06-01T00:00:00Z';
    await until(() => loads.length === 5, 'the wm-load for May');
    expect([...new Set(calls.slice(seen).map((q) => `${q.from}..${q.to}`))]).to.deep.equal(['2025-05-01T00:00:00Z..2025-06-01T00:00:00Z']);
    const may = `: ${countIn('2025-05-01T00:00:00Z', '2025-06-01T00:00:00Z').toLocaleString('en-GB')} of`;
    await until(() => range(el).includes(may), 'every touchpoint of May in the range line');
    expect(+el.visibleRange!.from).to.equal(Date.parse('2025-05-01T00:00:00Z'));

    // Back inside: nothing more.
    seen = calls.length;
    el.from = '2025-02-01T00:00:00Z';
    el.to = '2025-03-01T00:00:00Z';
    await el.updateComplete;
    await until(() => range(el).includes(`: ${countIn('2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z').toLocaleString('en-GB')} of`), 'the February range line');
    expect(+el.visibleRange!.to).to.equal(Date.parse('2025-03-01T00:00:00Z'));
    expect(calls).to.have.length(seen);
    expect(loads).to.have.length(5);
    await expect(el).to.be.accessible();
  });
});
