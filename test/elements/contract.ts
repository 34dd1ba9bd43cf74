import { expect } from '@open-wc/testing';
import type { WaymarkAdapter } from '../../src/data/adapters/types.js';
import { WaymarkError } from '../../src/data/errors.js';
import { $, text, until } from '../helpers/setup.js';
import { answering, deferred, failingRefresh, settle, without, type LoadMethod } from './contract-adapters.js';

export type { LoadMethod };

/** What the suite needs to know about one data element. */
export interface ElementSubject {
  tag: string;
  /** The data in words, as the error headlines name it: "journey", "metric". */
  noun: string;
  /** The adapter method the element loads with; an adapter without it is `unsupported`. */
  method: LoadMethod;
  /** Attributes every test sets (e.g. the scan's `autosave="off"`). */
  attrs?: Record<string, string>;
  /** Attributes that say what to load through an adapter, e.g. `{ journey: 'lifecycle' }`; the adapter is asked for them. */
  load: Record<string, string>;
  /** Valid data of the element's shape, also what `method` answers. Loaded, it equals `wm-load`'s `data`. */
  valid: () => unknown;
  /** Valid data the element shows as its empty state. */
  empty: () => unknown;
  /** Data that fails validation, the path the error must name, and what it must say of it. */
  invalid: { data: () => unknown; path: string; reason?: string };
  /** A selector the ready state renders (the element's content). */
  ready: string;
  /** The English words of the loading and empty states. */
  texts: { loading: string; empty: string };
  /**
   * Other methods the element asks for beside `method`, and their answers
   * (the timeline's journey, for its stage bands). The REST test's fake
   * server answers them too, as a real API would.
   */
  also?: Partial<Record<LoadMethod, () => unknown>>;
  /** Data given with no source besides `data`: attributes alone (the gauge's kind + value, the built-in scan). */
  inline?: { name: string; attrs: Record<string, string> }[];
}

type DataEl = HTMLElement & {
  data?: unknown;
  adapter?: WaymarkAdapter;
  updateComplete: Promise<boolean>;
  reload(): Promise<void>;
};

/** What the element shows at one moment. */
interface Shown {
  loading: boolean;
  ready: boolean;
  empty: boolean;
  error: boolean;
  stale: boolean;
  busy: boolean;
}

interface Heard {
  type: 'wm-load' | 'wm-error';
  event: CustomEvent;
  /** What the element showed when the event was dispatched. */
  shown: Shown;
}

const NO_SOURCE = 'No data source: set data, adapter, src or source.';

/**
 * The behaviour every data element shares (SPEC "Elements": loading, empty
 * and error states, Retry, events, aborting, stale data, no loading flash for
 * inline data), run against each element by test/elements/contract.test.ts.
 */
export function elementContract(s: ElementSubject): void {
  describe(`${s.tag} (element contract)`, () => {
    let box: HTMLElement;
    beforeEach(() => {
      box = document.createElement('div');
      document.body.append(box);
    });
    afterEach(() => box.remove());

    const shown = (el: DataEl): Shown => {
      const has = (sel: string) => !!el.shadowRoot?.querySelector(sel);
      return {
        loading: has('[part~="loading"]'),
        ready: has(s.ready),
        empty: has('[part~="empty"]'),
        error: has('[part~="error"]'),
        stale: has('[part~="stale"]'),
        busy: el.getAttribute('aria-busy') === 'true',
      };
    };

    const make = (o: { attrs?: Record<string, string>; adapter?: WaymarkAdapter; data?: unknown } = {}) => {
      const el = document.createElement(s.tag) as DataEl;
      for (const [k, v] of Object.entries({ ...s.attrs, ...o.attrs })) el.setAttribute(k, v);
      if (o.adapter) el.adapter = o.adapter;
      if (o.data !== undefined) el.data = o.data;
      return el;
    };

    /** Connects the element, recording every wm-load and wm-error with what was shown at dispatch. */
    const mount = (el: DataEl) => {
      const heard: Heard[] = [];
      for (const type of ['wm-load', 'wm-error'] as const) {
        el.addEventListener(type, (e) => heard.push({ type, event: e as CustomEvent, shown: shown(el) }));
      }
      box.append(el);
      return heard;
    };

    const heardOf = async (heard: Heard[], type: Heard['type']) => {
      await until(() => heard.some((h) => h.type === type), type);
      return heard.find((h) => h.type === type)!;
    };

    /** The element given `data` either as the `data` property or through an adapter. */
    const given = (via: 'data' | 'adapter', data: unknown) =>
      via === 'data'
        ? make({ data })
        : make({ attrs: s.load, adapter: answering(s.method, async () => structuredClone(data)).adapter });

    const expectAlert = (el: DataEl, ...says: string[]) => {
      const alert = $(el, '[part~="error"]');
      expect(alert, 'the error state').to.exist;
      expect(alert!.getAttribute('role')).to.equal('alert');
      expect(alert!.querySelector('button[part~="retry"]'), 'a Retry button in the error state').to.exist;
      for (const words of says) expect(text(alert)).to.contain(words);
      expect(shown(el)).to.include({ loading: false, ready: false, busy: false });
    };

    it('shows the loading state with aria-busy while the adapter answers, and drops both once loaded', async () => {
      const { adapter, calls, pending } = deferred(s.method);
      const el = make({ attrs: s.load, adapter });
      const heard = mount(el);
      await until(() => calls.length, `a call to ${s.method}()`);
      await el.updateComplete;
      expect(text($(el, '[part~="loading"]'))).to.equal(s.texts.loading);
      expect(shown(el)).to.deep.equal({ loading: true, ready: false, empty: false, error: false, stale: false, busy: true });
      await expect(el).to.be.accessible();
      pending[0]!.resolve(s.valid());
      await heardOf(heard, 'wm-load');
      await el.updateComplete;
      expect(shown(el)).to.include({ loading: false, ready: true, busy: false });
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });

    it('renders valid data through an adapter and fires wm-load { data } (bubbling, composed)', async () => {
      const { adapter, calls } = answering(s.method, async () => s.valid());
      const el = make({ attrs: s.load, adapter });
      const heard = mount(el);
      const { event } = await heardOf(heard, 'wm-load');
      expect(event.detail.data).to.deep.equal(s.valid());
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(shown(el)).to.deep.equal({ loading: false, ready: true, empty: false, error: false, stale: false, busy: false });
      expect(calls).to.have.length(1);
      expect(calls[0]!.ref, `what ${s.method}() was asked for`).to.include(s.load);
      expect(calls[0]!.signal, 'an abort signal').to.be.instanceOf(AbortSignal);
      await expect(el).to.be.accessible();
      expect(heard.map((h) => h.type)).to.deep.equal(['wm-load']);
    });

    for (const via of ['data', 'adapter'] as const) {
      it(`shows the empty state for empty data (via ${via})`, async () => {
        const el = given(via, s.empty());
        const heard = mount(el);
        await heardOf(heard, 'wm-load');
        await el.updateComplete;
        expect(text($(el, '[part~="empty"]'))).to.equal(s.texts.empty);
        expect(shown(el)).to.deep.equal({ loading: false, ready: false, empty: true, error: false, stale: false, busy: false });
        await expect(el).to.be.accessible();
      });
    }

    it('with no source, shows the no-source error as an alert with Retry, and fires wm-error', async () => {
      const el = make({ attrs: s.load });
      const heard = mount(el);
      const { event } = await heardOf(heard, 'wm-error');
      expect(event.detail.kind).to.equal('no-source');
      expect(event.detail.error.kind).to.equal('no-source');
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expectAlert(el, NO_SOURCE);
      await expect(el).to.be.accessible();
    });

    for (const via of ['data', 'adapter'] as const) {
      it(`shows invalid data (via ${via}) as invalid-data naming the failing path`, async () => {
        const el = given(via, s.invalid.data());
        const heard = mount(el);
        const { event } = await heardOf(heard, 'wm-error');
        expect(event.detail.kind).to.equal('invalid-data');
        await el.updateComplete;
        expectAlert(el, `The ${s.noun} data has a problem, so it can't be shown.`, `${s.invalid.path}: ${s.invalid.reason ?? ''}`);
        expect(heard.map((h) => h.type)).to.deep.equal(['wm-error']);
        await expect(el).to.be.accessible();
      });
    }

    it(`says unsupported when the adapter has no ${s.method}()`, async () => {
      const el = make({ attrs: s.load, adapter: without(s.method) });
      const heard = mount(el);
      const { event } = await heardOf(heard, 'wm-error');
      expect(event.detail.kind).to.equal('unsupported');
      await el.updateComplete;
      expectAlert(el, `This data source can't provide the ${s.noun}.`);
    });

    it('Retry after a network failure asks the adapter again and shows the data', async () => {
      const { adapter, calls } = answering(s.method, async (n) => {
        if (n === 0) throw new WaymarkError('network', 'The service did not answer.');
        return s.valid();
      });
      const el = make({ attrs: s.load, adapter });
      const heard = mount(el);
      const failed = await heardOf(heard, 'wm-error');
      expect(failed.event.detail.kind).to.equal('network');
      await el.updateComplete;
      expectAlert(el, `We couldn't load the ${s.noun}.`, 'The service did not answer.');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
      await heardOf(heard, 'wm-load');
      await el.updateComplete;
      expect(calls).to.have.length(2);
      expect(shown(el)).to.include({ ready: true, error: false, loading: false, busy: false });
    });

    it('keeps the last data, marked stale, when a refresh fails (REST cache with ETag)', async () => {
      const also = Object.fromEntries(Object.entries(s.also ?? {}).map(([m, body]) => [m, body()]));
      const { adapter, requests } = failingRefresh({ ...also, [s.method]: s.valid() });
      const el = make({ attrs: s.load, adapter });
      const heard = mount(el);
      await heardOf(heard, 'wm-load');
      await el.updateComplete;
      expect(shown(el).stale, 'stale before any refresh').to.equal(false);
      await el.reload();
      await el.updateComplete;
      const route = requests.filter((r) => r.method === s.method);
      expect(route.map((r) => r.ifNoneMatch), 'the refresh revalidates with the ETag').to.deep.equal([null, '"v1"']);
      expect(shown(el)).to.deep.equal({ loading: false, ready: true, empty: false, error: false, stale: true, busy: false });
      const notice = $(el, '[part~="stale"]')!;
      expect(text(notice)).to.contain('The server answered 503 Service Unavailable.');
      expect(notice.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('dispatches wm-load and wm-error after the render that shows the new state', async () => {
      const ok = make({ attrs: s.load, adapter: answering(s.method, async () => s.valid()).adapter });
      const loaded = await heardOf(mount(ok), 'wm-load');
      expect(loaded.shown, 'shown when wm-load is dispatched').to.include({ ready: true, loading: false, error: false, busy: false });
      const failing = make({ attrs: s.load, adapter: answering(s.method, () => Promise.reject(new TypeError('Failed to fetch'))).adapter });
      const failed = await heardOf(mount(failing), 'wm-error');
      expect(failed.event.detail.kind, 'a failed fetch is a network error').to.equal('network');
      expect(failed.shown, 'shown when wm-error is dispatched').to.include({ error: true, ready: false, loading: false, busy: false });
    });

    it('aborts the adapter call when removed while loading, never renders or fires late, and loads again when put back', async () => {
      const { adapter, calls, pending } = deferred(s.method);
      const el = make({ attrs: s.load, adapter });
      const heard = mount(el);
      await until(() => calls.length, `a call to ${s.method}()`);
      el.remove();
      expect(calls[0]!.signal!.aborted, 'the signal after removal').to.equal(true);
      // An adapter that ignores the signal and answers anyway changes nothing.
      pending[0]!.resolve(s.valid());
      await settle();
      await el.updateComplete;
      expect(heard, 'events after removal').to.deep.equal([]);
      expect(shown(el)).to.include({ ready: false, error: false });
      box.append(el);
      await until(() => calls.length === 2, `a second call to ${s.method}()`);
      pending[1]!.resolve(s.valid());
      await heardOf(heard, 'wm-load');
      await el.updateComplete;
      expect(shown(el)).to.include({ ready: true, loading: false, busy: false });
      expect(heard.map((h) => h.type)).to.deep.equal(['wm-load']);
    });

    /**
     * Records what every render of `el` showed (its `updated()` runs after
     * each render), and whether aria-busy="true" was ever set, from before
     * the element is connected.
     */
    const watchRenders = (el: DataEl) => {
      const renders: Shown[] = [];
      const target = el as unknown as { updated: (changed: unknown) => void };
      const updated = target.updated;
      target.updated = function (this: DataEl, changed: unknown) {
        renders.push(shown(el));
        return updated.call(this, changed);
      };
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((r) => records.push(...r));
      observer.observe(el, { attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
      return {
        renders,
        everBusy: () => {
          records.push(...observer.takeRecords());
          return records.some((r) => r.oldValue === 'true') || renders.some((r) => r.busy) || shown(el).busy;
        },
      };
    };

    const inline = [
      { name: 'the `data` property', make: () => make({ data: s.valid() }) },
      ...(s.inline ?? []).map((v) => ({ name: v.name, make: () => make({ attrs: v.attrs }) })),
    ];
    for (const v of inline) {
      it(`given ${v.name}, renders the content in its first render: no loading state, no aria-busy, one wm-load`, async () => {
        const el = v.make();
        const probe = watchRenders(el);
        const heard = mount(el);
        await el.updateComplete;
        expect(probe.renders.length, 'renders').to.be.above(0);
        expect(probe.renders[0], 'the first render').to.include({ ready: true, loading: false, error: false });
        await heardOf(heard, 'wm-load');
        await settle();
        await el.updateComplete;
        expect(probe.renders.filter((r) => r.loading), 'renders that showed the loading state').to.deep.equal([]);
        expect(probe.everBusy(), 'aria-busy="true" at any time').to.equal(false);
        expect(heard.map((h) => h.type)).to.deep.equal(['wm-load']);
        expect(heard[0]!.shown.ready, 'content shown at wm-load').to.equal(true);
      });
    }

    it('given invalid `data`, renders the error state in its first render', async () => {
      const el = make({ data: s.invalid.data() });
      const probe = watchRenders(el);
      const heard = mount(el);
      await el.updateComplete;
      expect(probe.renders[0], 'the first render').to.include({ error: true, loading: false, ready: false });
      expectAlert(el, `${s.invalid.path}: ${s.invalid.reason ?? ''}`);
      await heardOf(heard, 'wm-error');
      await settle();
      expect(probe.renders.filter((r) => r.loading), 'renders that showed the loading state').to.deep.equal([]);
      expect(probe.everBusy(), 'aria-busy="true" at any time').to.equal(false);
      expect(heard.map((h) => [h.type, h.event.detail.kind])).to.deep.equal([['wm-error', 'invalid-data']]);
    });
  });
}
