import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/touchpoint-timeline/define.js';
import type { TouchpointTimeline } from '../src/elements/touchpoint-timeline/touchpoint-timeline.js';
import type { TouchpointQuery, WaymarkAdapter } from '../src/data/adapters/types.js';
import type { TouchpointPage } from '../src/data/schema.js';
import { generateStages, touchpointAdapter } from '../fixtures/touchpoints.js';
import { $, $$, partRendered, text, until } from './helpers/setup.js';

const OPTS = { count: 12_000, from: '2025-01-01T00:00:00Z', to: '2025-07-01T00:00:00Z', seed: 9 };

interface Call {
  q: TouchpointQuery;
  signal?: AbortSignal;
  release: (page?: unknown) => void;
  fail: (e: unknown) => void;
}

/** The generated adapter, but each page waits until the test releases it (with the real page or another answer). */
function gated(o = OPTS) {
  const inner = touchpointAdapter(o);
  const calls: Call[] = [];
  const adapter: WaymarkAdapter = {
    journey: inner.journey,
    touchpoints: (q, ro) =>
      new Promise<TouchpointPage>((resolve, reject) => {
        ro?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
        calls.push({
          q, signal: ro?.signal, fail: reject,
          release: (page) => (page === undefined ? inner.touchpoints(q).then(resolve) : resolve(page as TouchpointPage)),
        });
      }),
  };
  return { adapter, calls };
}

const mount = (adapter: WaymarkAdapter, attrs = '') =>
  fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="lifecycle" customer="acme" .adapter=${adapter} data-x=${attrs}></wm-touchpoint-timeline>`);

describe('wm-touchpoint-timeline: paging', () => {
  it('shows the first page at once, streams the rest, and fires wm-load for each', async () => {
    const { adapter, calls } = gated();
    const el = await mount(adapter);
    const loads: { items: unknown[]; nextCursor?: string }[] = [];
    el.addEventListener('wm-load', (e) => loads.push(e.detail.data as never));
    await until(() => calls.length === 1, 'the first request');
    expect(calls[0]!.q).to.include({ journey: 'lifecycle', customer: 'acme', limit: 1000 });
    expect(calls[0]!.q.cursor).to.equal(undefined);
    calls[0]!.release();
    await partRendered(el, 'plot');
    expect(loads).to.have.length(1);
    expect(loads[0]!.items).to.have.length(1000);
    expect(loads[0]!.nextCursor).to.be.a('string');
    expect(text($(el, '[part="loading-more"]'))).to.match(/^Loading more touchpoints… 1,000 so far$/);
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    await expect(el).to.be.accessible();
    for (let page = 1; page <= 3; page++) {
      await until(() => calls.length === page + 1, `request ${page + 1}`);
      expect(calls[page]!.q).to.include({ limit: 5000, cursor: page === 1 ? loads[0]!.nextCursor : calls[page]!.q.cursor });
      calls[page]!.release();
    }
    await until(() => loads.length === 2, 'the second wm-load');
    expect(loads[1]!.items).to.have.length(12_000);
    expect(loads[1]!.nextCursor).to.equal(undefined);
    await el.updateComplete;
    expect($(el, '[part="loading-more"]')).to.equal(null);
    expect($(el, '[part="base"]')!.hasAttribute('aria-busy')).to.equal(false);
    await until(() => text($(el, '[part="range"]')).endsWith('12,000 of 12,000 touchpoints in view'), 'the full count');
  });

  it('stops fetching when removed and resumes where it stopped when put back', async () => {
    const { adapter, calls } = gated();
    const el = await mount(adapter);
    await until(() => calls.length === 1, 'the first request');
    calls[0]!.release();
    await until(() => calls.length === 2, 'the second request');
    const parent = el.parentElement!;
    el.remove();
    expect(calls[1]!.signal!.aborted).to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).to.have.length(2);
    parent.append(el);
    await until(() => calls.length === 3, 'the resumed request');
    expect(calls[2]!.q.cursor).to.equal(calls[1]!.q.cursor);
    for (let i = 2; i < 5; i++) {
      await until(() => calls.length > i, `request ${i + 1}`);
      calls[i]!.release();
    }
    await until(() => /12,000 of 12,000/.test(text($(el, '[part="range"]'))), 'every touchpoint');
  });

  it('keeps what loaded when a later page fails, and Retry continues from there', async () => {
    const { adapter, calls } = gated();
    const el = await mount(adapter);
    await until(() => calls.length === 1, 'the first request');
    calls[0]!.release();
    await until(() => calls.length === 2, 'the second request');
    calls[1]!.release();
    await until(() => calls.length === 3, 'the third request');
    const failed = oneEvent(el, 'wm-error');
    calls[2]!.fail(new Error('The server answered 503.'));
    expect((await failed).detail.kind).to.equal('network');
    await el.updateComplete;
    const alert = $(el, '[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Only 6,000 touchpoints could be loaded.');
    expect(text(alert)).to.contain('The server answered 503.');
    expect($(el, '[part="plot"]')).to.exist;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="error"] [part="retry"]')!.click();
    await until(() => calls.length === 4, 'the retried request');
    expect(calls[3]!.q.cursor).to.equal(calls[2]!.q.cursor);
    calls[3]!.release();
    await until(() => calls.length === 5, 'the last request');
    calls[4]!.release();
    await until(() => /12,000 of 12,000/.test(text($(el, '[part="range"]'))), 'every touchpoint');
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('names the failing field of an invalid later page, and stops on a cursor that repeats', async () => {
    const { adapter, calls } = gated();
    const el = await mount(adapter);
    await until(() => calls.length === 1, 'the first request');
    calls[0]!.release();
    await until(() => calls.length === 2, 'the second request');
    calls[1]!.release({ items: [{ id: 'x', at: 'yesterday', channel: 'web', title: 'Bad' }] });
    await partRendered(el, 'error');
    expect(text($(el, '[part="error"]'))).to.contain('items[0].at: expected an ISO 8601 date-time');

    const loop = gated();
    const again = await mount(loop.adapter);
    await until(() => loop.calls.length === 1, 'the first request');
    loop.calls[0]!.release({ items: [], nextCursor: 'same' });
    await until(() => loop.calls.length === 2, 'the second request');
    loop.calls[1]!.release({ items: [], nextCursor: 'same' });
    await partRendered(again, 'error');
    expect(text($(again, '[part="error"]'))).to.contain('repeat the cursor "same"');
  });

  it('passes from and to to the adapter, and redraws a narrower window from what is loaded', async () => {
    const adapter = touchpointAdapter(OPTS);
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" from="2025-02-01T00:00:00Z" to="2025-03-01T00:00:00Z" .adapter=${adapter}></wm-touchpoint-timeline>`);
    await partRendered(el, 'plot');
    expect(adapter.calls[0]).to.include({ from: '2025-02-01T00:00:00Z', to: '2025-03-01T00:00:00Z' });
    expect(+el.visibleRange!.from).to.equal(Date.parse('2025-02-01T00:00:00Z'));
    expect(+el.visibleRange!.to).to.equal(Date.parse('2025-03-01T00:00:00Z'));
    await until(() => !$(el, '[part="loading-more"]'), 'every page');
    const calls = adapter.calls.length;
    el.from = '2025-02-15T00:00:00Z';
    await el.updateComplete;
    expect(+el.visibleRange!.from).to.equal(Date.parse('2025-02-15T00:00:00Z'));
    expect(adapter.calls).to.have.length(calls);
  });

  it('takes stage names from the journey, and draws without them when the journey is invalid', async () => {
    const good = touchpointAdapter({ ...OPTS, count: 500 });
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" group-by="stage" .adapter=${good}></wm-touchpoint-timeline>`);
    await partRendered(el, 'lane-label');
    expect($$(el, '[part="lane-label"]').map(text)).to.deep.equal(generateStages(OPTS).map((s) => s.name));
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const bad = { ...touchpointAdapter({ ...OPTS, count: 500 }), journey: async () => ({ id: 'j', stages: 'none' }) };
      const el2 = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" group-by="stage" .adapter=${bad}></wm-touchpoint-timeline>`);
      await partRendered(el2, 'lane-label');
      expect($$(el2, '[part="lane-label"]').map(text)).to.include('onboarding');
    } finally {
      console.warn = warn;
    }
    expect(warnings.join()).to.contain('journey for the stage bands is not valid');
  });

  it('puts pages that arrive out of time order back in order', async () => {
    const inner = touchpointAdapter({ ...OPTS, count: 30 });
    const pages: TouchpointPage[] = [];
    let p = await inner.touchpoints({ journey: 'j', limit: 10 });
    pages.push(p);
    while (p.nextCursor) pages.push((p = await inner.touchpoints({ journey: 'j', cursor: p.nextCursor, limit: 10 })));
    // The newest page first, then the oldest, then the middle one.
    const order = [2, 0, 1].map((i) => pages[i]!);
    const adapter: WaymarkAdapter = {
      touchpoints: async (q) => ({ items: order[Number(q.cursor ?? 0)]!.items, ...(Number(q.cursor ?? 0) < 2 ? { nextCursor: String(Number(q.cursor ?? 0) + 1) } : {}) }),
    };
    let loads = 0;
    const el = await fixture<TouchpointTimeline>(html`<wm-touchpoint-timeline journey="j" view="list" .adapter=${adapter} @wm-load=${() => loads++}></wm-touchpoint-timeline>`);
    await until(() => loads === 2, 'every page');
    await el.updateComplete;
    const data = pages.flatMap((x) => x.items);
    await until(() => $$(el, '[part~="item"] .title').length > 0, 'rows');
    expect(text($$(el, '[part~="item"] .title')[0]!)).to.equal(data[0]!.title);
    expect(text($$(el, '[part~="item"] .time')[0]!)).to.equal(
      new Date(data[0]!.at).toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' }),
    );
  });
});

describe('wm-touchpoint-timeline: leaks', () => {
  it('leaves no fetch, frame, observer or listener behind over 40 mount and unmount cycles', async () => {
    const observers = new Set<ResizeObserver>();
    const { observe, disconnect } = ResizeObserver.prototype;
    ResizeObserver.prototype.observe = function (this: ResizeObserver, ...a) {
      observers.add(this);
      return observe.apply(this, a);
    };
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      observers.delete(this);
      return disconnect.call(this);
    };
    let schemeListeners = 0;
    const { addEventListener: add, removeEventListener: remove } = MediaQueryList.prototype;
    MediaQueryList.prototype.addEventListener = function (this: MediaQueryList, ...a: Parameters<typeof add>) {
      if (a[0] === 'change') schemeListeners++;
      return add.apply(this, a);
    };
    MediaQueryList.prototype.removeEventListener = function (this: MediaQueryList, ...a: Parameters<typeof remove>) {
      if (a[0] === 'change') schemeListeners--;
      return remove.apply(this, a);
    };
    let draws = 0;
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...a) {
      draws++;
      return clear.apply(this, a);
    };
    const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const baseline = observers.size;
    const pending = new Set<AbortSignal | undefined>();
    let calls = 0;
    try {
      for (let i = 0; i < 40; i++) {
        const inner = touchpointAdapter({ ...OPTS, count: 20_000, seed: i });
        const adapter: WaymarkAdapter = {
          touchpoints: (q, o) => {
            calls++;
            pending.add(o?.signal);
            return inner.touchpoints(q, o).finally(() => pending.delete(o?.signal));
          },
        };
        const el = document.createElement('wm-touchpoint-timeline');
        Object.assign(el, { journey: 'j', adapter, view: i % 4 === 3 ? 'list' : 'timeline' });
        host.append(el);
        // Some cycles unmount mid-stream, others once the first page is drawn.
        await until(() => calls > 0 && (i % 2 ? $(el, '[part="plot"], [part="list"]') : true), `cycle ${i}`);
        el.remove();
        expect([...pending].every((s) => s?.aborted), `every open request of cycle ${i} aborted`).to.equal(true);
      }
      const before = { calls, draws };
      await new Promise((r) => setTimeout(r, 150));
      expect(calls, 'no request after removal').to.equal(before.calls);
      expect(draws, 'no drawing after removal').to.equal(before.draws);
      expect(observers.size, 'resize observers disconnected').to.equal(baseline);
      expect(schemeListeners, 'colour-scheme listeners removed').to.equal(0);
    } finally {
      Object.assign(ResizeObserver.prototype, { observe, disconnect });
      Object.assign(MediaQueryList.prototype, { addEventListener: add, removeEventListener: remove });
      CanvasRenderingContext2D.prototype.clearRect = clear;
    }
  });
});
