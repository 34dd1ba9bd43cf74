import { html, nothing, type ReactiveController } from 'lit';
import { LoadController, type DataHost, type LoadState } from '../../data/load-controller.js';
import * as z from 'zod/mini';
import { WaymarkError, describeIssues, isAbort, throwIfAborted, toWaymarkError, validate } from '../../data/errors.js';
import { AfterRender, WaymarkErrorEvent, WaymarkLoadEvent } from '../../data/events.js';
import { Journey, type Stage } from '../../data/shapes/journey.js';
import type { Touchpoint } from '../../data/shapes/touchpoint.js';
import { FastTimelineData, touchpoints, type TimelineData } from '../../data/timeline.js';
import { markStale, staleInfo, type TouchpointQuery, type WaymarkAdapter } from '../../data/adapters/types.js';
import { msg, str } from '../../i18n/localize.js';
import { formatCount, pluralOf } from '../../i18n/format.js';
import { renderAlert, spinner } from '../states.js';
import { TouchpointStore } from './store.js';
import { cover, gaps, spanOf, type Span } from './spans.js';

/** The first page is small, so something shows soon; later pages are large, so there are few round trips. */
export const FIRST_PAGE = 1000;
export const PAGE = 5000;
/** Touchpoints validated at a time: about 2 ms of work in Chromium, so a yield is never far off. */
const SLICE = 1000;
/** Work between yields: half a frame, so input and paint never wait long. */
const BUDGET_MS = 8;

const Envelope = z.object({ items: z.array(z.unknown()), nextCursor: z.optional(z.string()) });

export type PageQuery = Omit<TouchpointQuery, 'cursor' | 'limit'>;

export interface PagingOptions {
  /** The query for the element's inputs, window included; undefined when `journey` is missing. */
  query: () => PageQuery | undefined;
  /** Inputs whose change reloads (journey, customer): not the window, which only fetches what is missing. */
  args: () => readonly unknown[];
  /** Called after touchpoints were added to the store. */
  changed: () => void;
  /** Called when a new load replaces the store (new data, source or query). */
  replaced: () => void;
}

/** Items [at, at + SLICE) of a page, validated; errors name the item's index in the whole page. */
function validSlice(items: unknown[], at: number): Touchpoint[] {
  const result = touchpoints(items, at, Math.min(items.length, at + SLICE));
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ ...i, path: ['items', (i.path[0] as number) + at, ...i.path.slice(1)] }));
  throw new WaymarkError('invalid-data', `The touchpoints data is not valid: ${describeIssues(issues as Parameters<typeof describeIssues>[0])}`);
}

/**
 * Lets the browser handle input and paint: an ordinary task, without the 4 ms
 * clamp of nested timers. Not scheduler.yield(), whose continuations run ahead
 * of rendering: measured, they held frames back for over 100 ms while pages
 * streamed in, so the plot filled in jumps (and WebKit has no scheduler.yield).
 */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });
}

/**
 * Yields once BUDGET_MS has passed since the last yield (the first call always
 * yields, ending the task that rendered the first page). Yielding after
 * every slice cost WebKitGTK most of its streaming time: a MessageChannel
 * round trip takes 4-8 ms there, against 0.1-1 ms in Chromium and Firefox
 * (2 cores, the browser suite's engines). From the first page in to every
 * page in, three small pages (5 touchpoints each), median of 80 mounts, two
 * runs, per slice -> on budget: WebKit 86-108 -> 18-34 ms; Chromium and
 * Firefox 2-13 ms either way (noise).
 */
function yielder(): () => Promise<void> {
  let last = -Infinity;
  return async () => {
    if (performance.now() - last < BUDGET_MS) return;
    await yieldToMain();
    last = performance.now();
  };
}

/** One range still to fetch: its next page's cursor (none before its first page); off the queue once its last page is in. */
interface Stream {
  query: PageQuery;
  cursor?: string;
  seen: Set<string>;
  /** What is still to write of the page before `cursor` (the first page's, beyond what its render shows). */
  rest?: Iterable<void>;
}

/**
 * Loads touchpoints page by page. The first page (with the journey's stages,
 * when the adapter has them) goes through `LoadController`, so source
 * resolution, validation, the states (`load`) and the first `wm-load` work
 * as in every element; later pages come from the adapter that answered it. Later pages stream into the store with
 * the same abort discipline: each waits for the previous one, yields to the
 * main thread, and stops on disconnect or reload (resuming where it stopped
 * when reconnected). A second `wm-load` with every touchpoint fires once the
 * last page is in; a failed page keeps what was loaded and offers Retry.
 *
 * The window (`from`, `to`) is not a load argument: the ranges asked for are
 * remembered (`#covered`), and a window that reaches outside them fetches
 * only the gaps, page by page into the same store, then fires `wm-load`
 * again. Data given inline or from `src` covers all time: a window change
 * there fetches and validates nothing.
 */
export class TouchpointPaging implements ReactiveController {
  /** Why a later page failed; the loaded touchpoints stay shown. */
  pageError?: WaymarkError;
  readonly #host: DataHost;
  readonly #o: PagingOptions;
  readonly #loader: LoadController<TimelineData>;
  readonly #events: AfterRender;
  #store = new TouchpointStore();
  #stages?: Stage[];
  #seen?: TimelineData;
  /** Ranges still to fetch, the one in progress first. */
  #streams: Stream[] = [];
  /** The ranges fetched or being fetched through `#adapter`: all time for data held inline or from `src`. */
  #covered: Span[] = [];
  #adapter?: WaymarkAdapter;
  /** The query of the first page shown, window included: later pages and gaps keep its journey and customer. */
  #queried?: PageQuery;
  #abort?: AbortController;
  /** The run fetching pages (`#pump`), or the last one. */
  #pumping = Promise.resolve();

  constructor(host: DataHost, o: PagingOptions) {
    this.#host = host;
    this.#o = o;
    this.#loader = new LoadController<TimelineData>(host, {
      what: 'touchpoints',
      schema: FastTimelineData,
      args: o.args,
      load: (adapter, signal) => {
        const query = o.query();
        if (!query) return Promise.reject(new WaymarkError('not-found', 'Set the journey attribute to say whose touchpoints to show.'));
        return adapter.touchpoints ? this.#first(adapter, query, signal) : undefined;
      },
      isEmpty: (d) => d.items.length === 0 && !d.nextCursor,
    });
    this.#events = new AfterRender(host);
    host.addController(this);
  }

  /** Every touchpoint loaded so far, in time order. */
  get store(): TouchpointStore {
    this.#sync();
    return this.#store;
  }

  /** The journey's stages, for the bands: from `data`, or from the adapter's `journey()`. */
  get stages(): Stage[] | undefined {
    this.#sync();
    return this.#stages;
  }

  /** The first page's load: its state is the element's. */
  get load(): LoadState<TimelineData> {
    return this.#loader;
  }

  get status(): 'loading' | 'error' | 'ready' {
    return this.#loader.status;
  }

  /** More pages are on their way. */
  get streaming(): boolean {
    return this.#streams.length > 0 && !this.pageError;
  }

  reload(): Promise<void> {
    return this.#loader.reload();
  }

  /** Fetches the rest after a failed page, from where it failed. */
  retry(): void {
    if (!this.#streams.length) return;
    this.pageError = undefined;
    this.#pump();
    this.#host.requestUpdate();
  }

  /** While later pages load, a notice; when one failed, an alert with Retry over what did load. Call it during render. */
  renderProgress(locale: string) {
    const e = this.pageError;
    const n = formatCount(locale, this.store.length);
    if (e) {
      const headline = pluralOf(locale, this.store.length) === 'one'
        ? msg(str`Only ${n} touchpoint could be loaded.`, { id: 'timeline.page-error.one' })
        : msg(str`Only ${n} touchpoints could be loaded.`, { id: 'timeline.page-error.other' });
      return renderAlert(headline, e.message, () => this.retry(), 'state page-error');
    }
    if (!this.streaming) return nothing;
    return html`<p part="loading-more" class="loading-more">${spinner}
      <span role="status">${msg('Loading more touchpoints…', { id: 'timeline.loading-more' })}</span>
      <span>${msg(str`${n} so far`, { id: 'timeline.loaded-so-far' })}</span></p>`;
  }

  hostUpdate(): void {
    this.#sync();
    this.#fill();
  }

  /** Queues the parts of the window outside what was fetched, when the data came through an adapter. */
  #fill(): void {
    const query = this.#o.query();
    if (!this.#adapter || !this.#queried || !query) return;
    const missing = gaps(this.#covered, spanOf(query.from, query.to));
    if (!missing.length) return;
    const idle = !this.#streams.length;
    for (const gap of missing) {
      this.#covered = cover(this.#covered, gap);
      this.#streams.push({ query: { ...this.#queried, from: gap.from.iso, to: gap.to.iso }, seen: new Set() });
    }
    // This update renders the notice; the pump asks for the ones after. Detached, it starts on reconnect.
    if (idle && this.#host.isConnected) this.#pump();
  }

  /**
   * Takes in a new first page (new data, source or query): a new store, and
   * the stream of later pages when the adapter has more. Runs from the getters
   * too, so a render outside an update (server rendering) shows the data.
   */
  #sync(): void {
    const value = this.#loader.value;
    if (value === this.#seen) return;
    this.#seen = value;
    this.#stop();
    this.#streams = [];
    this.pageError = undefined;
    this.#store = new TouchpointStore();
    this.#stages = value?.stages;
    this.#o.replaced();
    const adapter = this.#loader.adapter?.touchpoints ? this.#loader.adapter : undefined;
    const query = adapter && this.#queried;
    this.#adapter = query ? adapter : undefined;
    this.#covered = [query ? spanOf(query.from, query.to) : spanOf()];
    if (!value) return;
    if (query && value.nextCursor) {
      // More pages follow, so the first render shows as many touchpoints as were asked for (a server may send
      // far more): the rest of the page is written in steps, as later pages are, before the next one is fetched.
      const rest = this.#store.appending(value.items, undefined, FIRST_PAGE);
      rest.next();
      this.#streams = [{ query, cursor: value.nextCursor, seen: new Set(), rest }];
      this.#pump();
    } else this.#store.append(value.items);
    this.#o.changed();
  }

  hostConnected(): void {
    if (this.streaming && !this.#abort) this.#pump();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  async #first(adapter: WaymarkAdapter, query: PageQuery, signal: AbortSignal): Promise<unknown> {
    const journey = adapter.journey && query.journey
      ? adapter.journey({ journey: query.journey, customer: query.customer }, { signal }).catch(() => undefined)
      : undefined;
    const [page, j] = await Promise.all([adapter.touchpoints!({ ...query, limit: FIRST_PAGE }, { signal }), journey]);
    throwIfAborted(signal);
    this.#queried = query;
    // The stages only draw bands: a journey that fails its schema leaves them out rather than failing the timeline.
    const parsed = j === undefined ? undefined : Journey.safeParse(j);
    if (parsed && !parsed.success) console.warn('waymark: the journey for the stage bands is not valid; drawing none.');
    const isPage = page !== null && typeof page === 'object' && !Array.isArray(page);
    if (!isPage || !parsed?.success) return page;
    // A copy, not the page: keep its mark of a cached copy shown after a failed refresh.
    const withStages = { ...page, stages: parsed.data.stages };
    const stale = staleInfo(page);
    return stale ? markStale(withStages, stale) : withStages;
  }

  /**
   * Writes a page into the store a step at a time (`appending`), yielding
   * between steps, to the end even when told to stop (unless the store was
   * replaced): a page half in would come again, whole, when the stream resumes.
   */
  async #write(steps: Iterable<void>, breathe: () => Promise<void>, signal: AbortSignal): Promise<void> {
    const store = this.#store;
    for (const _ of steps) {
      await breathe();
      if (store !== this.#store) throwIfAborted(signal);
    }
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /**
   * Starts fetching the streams' pages, once the previous run has stopped:
   * a run that is told to stop still writes the rest of the page it is writing
   * (see `#run`), and two runs must never fetch the same page.
   */
  #pump(): void {
    this.#stop();
    const abort = (this.#abort = new AbortController());
    this.#pumping = this.#pumping.then(() => this.#run(abort));
  }

  async #run(abort: AbortController): Promise<void> {
    const { signal } = abort;
    // Stopped before it started, or the run before it took in the last page (and said so).
    if (signal.aborted || !this.#streams.length) return;
    const adapter = this.#adapter!;
    const breathe = yielder();
    let shown = this.#store.length;
    let shownAt = performance.now();
    try {
      for (let stream = this.#streams[0]; stream; stream = this.#streams[0]) {
        if (stream.rest) await this.#write(stream.rest, breathe, signal);
        stream.rest = undefined;
        const cursor = stream.cursor;
        if (cursor !== undefined && stream.seen.has(cursor)) throw new WaymarkError('invalid-data', `The touchpoint pages repeat the cursor "${cursor}".`);
        await breathe();
        throwIfAborted(signal);
        const raw = await adapter.touchpoints!({ ...stream.query, cursor, limit: PAGE }, { signal });
        throwIfAborted(signal);
        const page = validate(Envelope, raw, 'touchpoints');
        // A page is checked whole before any of it is kept, but in slices, yielding between them on budget.
        const items: Touchpoint[] = [];
        for (let at = 0; at < page.items.length; at += SLICE) {
          items.push(...validSlice(page.items, at));
          await breathe();
          throwIfAborted(signal);
        }
        if (cursor !== undefined) stream.seen.add(cursor);
        // Ranges meet at their ends, which both include: keep one copy of a touchpoint at a shared instant
        // (a scan of the store, but only for the few touchpoints exactly at an end).
        const edges = new Set(this.#covered.flatMap((c) => [c.from.t, c.to.t]));
        const store = this.#store;
        await this.#write(store.appending(items, (tp, t) => !edges.has(t) || store.indexOf(tp.id) < 0), breathe, signal);
        stream.cursor = page.nextCursor;
        if (!stream.cursor) this.#streams.shift();
        // Each update counts every touchpoint for the lanes: while pages stream in, update when the count has grown
        // by a quarter or a second has passed (about 20 updates for a million touchpoints, not 100), and after the last.
        const n = this.#store.length;
        if (!this.#streams.length || n >= shown * 1.25 || performance.now() - shownAt > 1000) {
          [shown, shownAt] = [n, performance.now()];
          this.#o.changed();
          this.#host.requestUpdate();
        }
      }
      // Every touchpoint as objects, made when first read: a million take a second and 150 MB, for a listener that may never look.
      const store = this.#store;
      let items: Touchpoint[] | undefined;
      this.#events.fire(new WaymarkLoadEvent<TimelineData>({ get items() { return (items ??= store.items()); }, stages: this.#stages }));
    } catch (e) {
      if (isAbort(e) || signal.aborted) return;
      this.pageError = toWaymarkError(e);
      this.#events.fire(new WaymarkErrorEvent(this.pageError));
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
    this.#host.requestUpdate();
  }
}
