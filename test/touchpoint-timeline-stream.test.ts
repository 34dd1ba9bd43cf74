import { expect, fixture, html } from '@open-wc/testing';
import * as z from 'zod/mini';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { TouchpointQuery, WaymarkAdapter } from '../src/data/adapters/types.js';
import { Touchpoint, type TouchpointPage } from '../src/data/schema.js';
import { FastTimelineData, TimelineData, touchpoints } from '../src/data/timeline.js';
import { describeIssues } from '../src/data/errors.js';
import { generateTouchpoints, touchpointAdapter } from '../fixtures/touchpoints.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';

const OPTS = { count: 12_000, from: '2025-01-01T00:00:00Z', to: '2025-07-01T00:00:00Z', seed: 4 };

/** The generated adapter; each page waits until the test releases it (with the real page or another answer). */
function gated() {
  const inner = touchpointAdapter(OPTS);
  const calls: { q: TouchpointQuery; release: (page?: unknown) => void }[] = [];
  const adapter: WaymarkAdapter = {
    touchpoints: (q) => new Promise<TouchpointPage>((resolve) => {
      calls.push({ q, release: (page) => (page === undefined ? inner.touchpoints(q).then(resolve) : resolve(page as TouchpointPage)) });
    }),
  };
  return { adapter, calls };
}

const mount = (adapter: WaymarkAdapter) =>
  fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="lifecycle" .adapter=${adapter}></wm-touchpoint-timeline>`);
const soFar = (el: TouchpointTimeline) => text($(el, '[part="loading-more"]'));
const span = (el: TouchpointTimeline) => +el.visibleRange!.to - +el.visibleRange!.from;
const key = (el: TouchpointTimeline, k: string) =>
  $(el, '[part="plot"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true }));

/** A parse result as data or issues (two ZodErrors never compare equal: their stacks differ). */
const norm = (r: { success: boolean; data?: unknown; error?: { issues: unknown[] } }) => (r.success ? { data: r.data } : { issues: r.error!.issues });

/** Valid touchpoints with one field of row `at` set to `value` (`undefined` with `drop`: the field removed). */
function withRow(at: number, row: (tp: Record<string, unknown>) => unknown): unknown[] {
  const items: unknown[] = generateTouchpoints({ ...OPTS, count: 1500 });
  items[at] = row({ ...(items[at] as object) });
  return items;
}
const set = (k: string, v: unknown) => (tp: Record<string, unknown>) => ({ ...tp, [k]: v });
const drop = (k: string) => (tp: Record<string, unknown>) => { delete tp[k]; return tp; };

/** Rows zod turns down or copies (an extra field), one per case, for the fast path to match. */
const ROWS: [string, (tp: Record<string, unknown>) => unknown][] = [
  ['no id', drop('id')], ['empty id', set('id', '')], ['numeric id', set('id', 7)],
  ['no at', drop('at')], ['at in words', set('at', 'yesterday')], ['at not a real day', set('at', '2025-13-40')], ['at a number', set('at', 1)],
  ['empty channel', set('channel', '')], ['no title', drop('title')], ['title null', set('title', null)],
  ['stageId a number', set('stageId', 3)], ['initiator unknown', set('initiator', 'partner')],
  ['sentiment above 1', set('sentiment', 1.5)], ['sentiment NaN', set('sentiment', NaN)], ['sentiment a string', set('sentiment', '0.5')],
  ['momentOfTruth "yes"', set('momentOfTruth', 'yes')], ['friction unknown', set('friction', 'severe')],
  ['outcome a number', set('outcome', 1)], ['detail an object', set('detail', {})],
  ['an extra field', set('colour', 'red')], ['a field set to undefined', set('outcome', undefined)],
  ['null', () => null], ['a string', () => 'tp'], ['an array', () => []], ['a Map', () => new Map()],
];

describe('wm-touchpoint-timeline: fast validation', () => {
  for (const [name, row] of ROWS) {
    it(`gives what zod gives for a page with a row of ${name}`, () => {
      const items = withRow(1234, row);
      const Items = z.array(Touchpoint);
      // A slice of a page, as later pages are checked, and the whole `data` as the first page and `data` are.
      expect(norm(touchpoints(items, 1000, 1500))).to.deep.equal(norm(Items.safeParse(items.slice(1000, 1500), { reportInput: true })));
      const data = { items, nextCursor: 'c' };
      expect(norm(FastTimelineData.safeParse(data, { reportInput: true }))).to.deep.equal(norm(TimelineData.safeParse(data, { reportInput: true })));
    });
  }

  it('gives what zod gives for valid data, stages and a wrong cursor too', () => {
    const items = generateTouchpoints({ ...OPTS, count: 50 });
    for (const data of [{ items }, { items, stages: [{ id: 's', name: 'S', status: 'done' }], extra: 1 }, { items, nextCursor: 5 }, { items, stages: [{ id: 's' }] }, [], null]) {
      expect(norm(FastTimelineData.safeParse(data, { reportInput: true }))).to.deep.equal(norm(TimelineData.safeParse(data, { reportInput: true })));
    }
  });

  it('names the same path as before for invalid rows deep in a later page', async () => {
    const { adapter, calls } = gated();
    const el = await mount(adapter);
    await until(() => calls.length === 1, 'the first request');
    calls[0]!.release();
    await until(() => calls.length === 2, 'the second request');
    const items = withRow(1234, set('sentiment', 2));
    (items[1400] as Record<string, unknown>).friction = 'severe';
    calls[1]!.release({ items });
    await partRendered(el, 'error');
    // The error zod's issues give, their paths within the page.
    const issues = z.array(Touchpoint).safeParse(items.slice(1000, 2000), { reportInput: true }).error!.issues
      .map((i) => ({ ...i, path: ['items', (i.path[0] as number) + 1000, ...i.path.slice(1)] }));
    const message = `The touchpoints data is not valid: ${describeIssues(issues as never)}`;
    expect(message).to.equal('The touchpoints data is not valid: items[1234].sentiment: must be at most 1; items[1400].friction: expected one of low, medium, high');
    expect(text($(el, '[part="error"]'))).to.contain(message);
    expect(text($(el, '[part="error"]'))).to.contain('Only 1,000 touchpoints could be loaded.');
  });
});

describe('wm-touchpoint-timeline: streaming pages', () => {
  it('shows as many of a large first page as it asked for at first, then every touchpoint of every page once, in time order', async () => {
    // Pages of 7,000 whatever the limit, as a server with a fixed page size answers; 30,000 grow the columns several times.
    const set = { ...OPTS, count: 30_000, pageSize: 7000 };
    const loads: { items: number; soFar: string }[] = [];
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="lifecycle" .adapter=${touchpointAdapter(set)}
      @wm-load=${(e: CustomEvent<{ data: { items: unknown[] } }>) => {
        loads.push({ items: e.detail.data.items.length, soFar: soFar(e.target as TouchpointTimeline) });
        // Removed while the rest of the first page is written, and put back: it resumes without a touchpoint twice or missing.
        if (loads.length === 1) (e.target as Element).remove();
      }}></wm-touchpoint-timeline>`);
    await until(() => loads.length === 1, 'the first page');
    expect(loads[0]).to.deep.equal({ items: 7000, soFar: 'Loading more touchpoints… 1,000 so far' });
    await new Promise((r) => setTimeout(r, 30));
    document.body.append(el);
    await until(() => loads.length === 2, 'the last page', 15_000);
    expect(loads[1]!.items).to.equal(30_000);
    const ids = el.toCSV().trim().split('\r\n').slice(1).map((row) => row.split(',')[0]);
    expect(ids).to.deep.equal(generateTouchpoints(set).map((t) => t.id));
    await until(() => text($(el, '[part="range"]')).endsWith('30,000 of 30,000 touchpoints in view'), 'every touchpoint drawn');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('grows the count as pages stream in, takes key steps between pages, and shows a late touchpoint in full', async () => {
    const { adapter, calls } = gated();
    const el = await mount(adapter);
    await until(() => calls.length === 1, 'the first request');
    calls[0]!.release();
    await partRendered(el, 'plot');
    const counts = ['1,000', '6,000', '11,000'].map((n) => `Loading more touchpoints… ${n} so far`);
    expect(soFar(el)).to.equal(counts[0]);
    for (let page = 1; page < 3; page++) {
      await until(() => calls.length === page + 1, `request ${page + 1}`);
      // Between pages the plot still answers keys: + zooms in to half the span.
      const before = span(el);
      key(el, '+');
      await el.updateComplete;
      expect(span(el)).to.be.closeTo(before / 2, 1000);
      calls[page]!.release();
      // Pages are written in steps: a render between them (the zoom's, in WebKit, whose yields are slow) may show part of one first.
      await until(() => soFar(el) === counts[page], `the count after page ${page + 1}`);
    }
    await expect(el).to.be.accessible();
    await until(() => calls.length === 4, 'the last request');
    calls[3]!.release();
    await until(() => $(el, '[part="loading-more"]') === null, 'the last page');
    // A touchpoint of the last page, with every field: its card shows them all.
    const late = generateTouchpoints({ ...OPTS, start: 11_000 }).find((t) => t.outcome && t.friction && t.sentiment !== undefined)!;
    el.selected = late.id;
    await el.updateComplete;
    const card = $(el, '[part="detail"]')!;
    expect(text(card.querySelector('h3'))).to.equal(late.title);
    const facts = Object.fromEntries($$(el, '[part="detail"] dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts.Channel).to.equal(late.channel.replace(/^\w/, (c) => c.toUpperCase()));
    expect(facts.Stage).to.equal(late.stageId);
    expect(facts.Outcome).to.equal(late.outcome);
    expect(facts.Friction?.toLowerCase()).to.equal(late.friction);
    expect(facts.Sentiment).to.contain(Math.abs(late.sentiment!).toFixed(2));
    expect(facts['Started by']).to.equal(late.initiator === 'customer' ? 'The customer' : 'Us (the company)');
    await expect(el).to.be.accessible();
  });
});
