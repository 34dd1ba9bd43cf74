import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { ZodMiniType } from 'zod/mini';
import { adapterContext } from './context.js';
import { WaymarkError, isAbort, plainError, throwIfAborted, toWaymarkError, validate } from './errors.js';
import { AfterRender, WaymarkErrorEvent, WaymarkLoadEvent } from './events.js';
import { staleInfo, type StaleInfo, type WaymarkAdapter } from './adapters/types.js';
import { NO_SOURCE_MESSAGE, ancestorSource, findAncestorSource, findSourceById } from './resolve.js';

/** The data properties every Waymark element shares (SPEC "Where an element gets its data"). */
export interface DataHost extends ReactiveElement {
  data?: unknown;
  adapter?: WaymarkAdapter;
  src?: string;
  source?: string;
}

export interface LoadOptions<T> {
  /** What the data is, in English words: "journey", "metric" (names it in error messages and logs). */
  what: string;
  schema: ZodMiniType<T>;
  /** The element's own inputs (e.g. journey, customer); a change reloads. */
  args: () => readonly unknown[];
  /** Loads through an adapter; returns undefined when the adapter lacks the method. */
  load: (adapter: WaymarkAdapter, signal: AbortSignal) => Promise<unknown> | undefined;
  /** Live updates, when the adapter offers them. */
  watch?: (adapter: WaymarkAdapter, onChange: (raw: unknown) => void) => (() => void) | undefined;
  /**
   * Data the element holds itself (the gauge's inline attributes, the built-in
   * scan), or undefined. Like `data`, it is shown in the first render, with no
   * loading state: it is asked for whenever the inputs change. `sourced` says
   * whether a source applies (an adapter, `src`, `source` or an enclosing
   * `<wm-data-source>`): data held only for want of one gives way to it.
   */
  inline?: (sourced: boolean) => unknown;
  isEmpty?: (data: T) => boolean;
}

export type LoadStatus = 'loading' | 'error' | 'ready';

/** The state of a load, all an element needs to render it (see `src/elements/states.ts`). */
export interface LoadState<T> {
  readonly status: LoadStatus;
  readonly value: T | undefined;
  readonly error: WaymarkError | undefined;
  readonly stale: StaleInfo | undefined;
  /** Ready, and the data is empty by the element's rule. */
  readonly empty: boolean;
  reload(): Promise<void>;
}

const DISCONNECTED = 'disconnected';

type Inline<T> = { value: T; error?: undefined } | { value?: undefined; error: WaymarkError };

const sameArgs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * Loads an element's data from the first source that applies (data, adapter,
 * src, source, ancestor `<wm-data-source>`), validates it once, and exposes
 * the state: status, value, error, stale, and the adapter that answered.
 * Rendering the states is the element layer's job.
 *
 * Data the element already holds (`data`, or `inline`) is validated
 * synchronously, in the update it arrives in, so the first render shows it
 * (and server rendering can). Everything else loads in a @lit/task, which
 * drops superseded runs; this adds aborting on disconnect and live updates.
 */
export class LoadController<T> implements ReactiveController, LoadState<T> {
  readonly #host: DataHost;
  readonly #o: LoadOptions<T>;
  readonly #context: ContextConsumer<typeof adapterContext, DataHost>;
  readonly #task: Task<readonly unknown[], T>;
  readonly #events: AfterRender;
  /** The inputs last resolved, and what they gave when the data is held inline. */
  #args?: readonly unknown[];
  #inline?: Inline<T>;
  /** The inputs changed to ones that load: the task runs in the next update. */
  #pending = false;
  #live?: T;
  #stale?: StaleInfo;
  #answered?: WaymarkAdapter;
  #unwatch?: () => void;
  #sourceListener?: AbortController;
  /** A load was cut short (or never started) because the host was not connected. */
  #interrupted = false;
  /** `wm-load` or `wm-error` for the run that just ended, fired after the render that shows it. */
  #settled?: Event;

  constructor(host: DataHost, options: LoadOptions<T>) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
    this.#events = new AfterRender(host);
    this.#context = new ContextConsumer(host, { context: adapterContext, subscribe: true });
    this.#task = new Task(host, {
      task: (_args, { signal }) => this.#run(signal),
      args: () => this.#inputs(),
      autoRun: false,
    });
  }

  /** The data shown: held inline, else the latest live update, else the last load. */
  get value(): T | undefined {
    this.#resolve();
    if (this.#inline) return this.#inline.value;
    return this.#pending || this.#task.status !== TaskStatus.COMPLETE ? undefined : (this.#live ?? this.#task.value);
  }

  get status(): LoadStatus {
    this.#resolve();
    if (this.#inline) return this.#inline.error ? 'error' : 'ready';
    const s = this.#task.status;
    if (this.#pending) return 'loading';
    if (s === TaskStatus.COMPLETE) return 'ready';
    return s === TaskStatus.ERROR && !isAbort(this.#task.error) ? 'error' : 'loading';
  }

  get error(): WaymarkError | undefined {
    return this.status === 'error' ? (this.#inline?.error ?? (this.#task.error as WaymarkError)) : undefined;
  }

  /** Why the data shown is an older copy (a refresh failed), or undefined when it is current. */
  get stale(): StaleInfo | undefined {
    return this.status === 'ready' && !this.#inline ? this.#stale : undefined;
  }

  get empty(): boolean {
    const value = this.value;
    return value !== undefined && !!this.#o.isEmpty?.(value);
  }

  /** The adapter the data shown came from; undefined for data held inline or fetched from `src`. */
  get adapter(): WaymarkAdapter | undefined {
    return this.status === 'ready' && !this.#inline ? this.#answered : undefined;
  }

  /**
   * The adapter that would answer the element now, by the SPEC's order
   * (`adapter`, `source`, an enclosing `<wm-data-source>`), whatever gave
   * the data shown: a scan whose definition is inline still saves through it.
   */
  async findAdapter(): Promise<WaymarkAdapter | undefined> {
    try {
      return (await this.#findAdapter())?.adapter;
    } catch {
      return undefined;
    }
  }

  /** Loads again from the current source (the error state's Retry button). */
  reload(): Promise<void> {
    if (this.#inline) {
      this.#args = undefined;
      this.#host.requestUpdate();
      return this.#host.updateComplete.then(() => undefined);
    }
    return this.#task.run();
  }

  hostConnected(): void {
    // Checked by flag, not task status: an element moved within one task is
    // reconnected while its aborted run is still pending.
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.#task.run();
    } else if (this.#answered && this.#watchable) this.#subscribe(this.#answered);
  }

  hostDisconnected(): void {
    if (this.#task.status === TaskStatus.PENDING) this.#interrupted = true;
    this.#task.abort(new DOMException(DISCONNECTED, 'AbortError'));
    this.#events.clear();
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#sourceListener?.abort();
  }

  hostUpdate(): void {
    this.#resolve();
    if (this.#pending) {
      this.#pending = false;
      void this.#task.run();
    }
    if (this.#settled && this.#task.status !== TaskStatus.PENDING) {
      this.#events.fire(this.#settled);
      this.#settled = undefined;
    }
    if (this.status === 'loading') this.#host.setAttribute('aria-busy', 'true');
    else this.#host.removeAttribute('aria-busy');
  }

  #inputs(): readonly unknown[] {
    const h = this.#host;
    return [h.data, h.adapter, h.src, h.source, this.#context.value, ...this.#o.args()];
  }

  /** Whether the shown data may follow live updates (it came through an adapter that offers them). */
  get #watchable(): boolean {
    return !!this.#o.watch && this.#task.status === TaskStatus.COMPLETE;
  }

  /**
   * Takes in the inputs when they changed: data held inline is validated now
   * and announced after the render; anything else is marked to load in the
   * next update. Runs from the getters too, so a render outside an update
   * (server rendering) sees inline data.
   */
  #resolve(): void {
    const args = this.#inputs();
    if (this.#args && sameArgs(args, this.#args)) return;
    this.#args = args;
    const h = this.#host;
    const raw = h.data ?? this.#o.inline?.(!!(h.adapter || h.src || h.source || this.#context.value || ancestorSource(h)));
    if (raw === undefined) {
      this.#inline = undefined;
      this.#pending = true;
      return;
    }
    this.#pending = false;
    this.#settled = undefined;
    this.#stop();
    this.#task.abort();
    try {
      this.#inline = { value: validate(this.#o.schema, raw, this.#o.what) };
      this.#events.fire(new WaymarkLoadEvent(this.#inline.value));
    } catch (e) {
      this.#inline = { error: toWaymarkError(e) };
      this.#events.fire(new WaymarkErrorEvent(this.#inline.error!));
    }
  }

  /** Ends what the last load left running: live updates, a named source's listener, the stale mark. */
  #stop(): void {
    this.#unwatch?.();
    this.#unwatch = this.#answered = this.#live = this.#stale = undefined;
    this.#sourceListener?.abort();
  }

  async #run(signal: AbortSignal): Promise<T> {
    // Lit still performs an update queued before a quick removal: load on reconnect instead.
    if (!this.#host.isConnected) {
      this.#interrupted = true;
      throw new DOMException(DISCONNECTED, 'AbortError');
    }
    this.#stop();
    try {
      const { raw, adapter } = await this.#fetch(signal);
      throwIfAborted(signal);
      const data = validate(this.#o.schema, raw, this.#o.what);
      this.#stale = staleInfo(raw);
      this.#answered = adapter;
      this.#settled = new WaymarkLoadEvent(data);
      if (adapter && this.#o.watch && this.#host.isConnected) this.#subscribe(adapter);
      return data;
    } catch (e) {
      if (isAbort(e) || signal.aborted) throw e;
      const error = toWaymarkError(e);
      this.#settled = new WaymarkErrorEvent(error);
      throw error;
    }
  }

  async #fetch(signal: AbortSignal): Promise<{ raw: unknown; adapter?: WaymarkAdapter }> {
    const host = this.#host;
    if (host.adapter) return this.#viaAdapter(host.adapter, signal);
    if (host.src) {
      // The fetch code is a module of its own, loaded with the first `src`:
      // most pages give data, an adapter or a source, and need none of it.
      const { fetchJson } = await import('./adapters/fetch-json.js');
      return { raw: await fetchJson(new URL(host.src, document.baseURI).href, { signal }) };
    }
    const found = await this.#findAdapter(true);
    // Finding a source may wait (for a named source to be defined): no request once the host is gone.
    throwIfAborted(signal);
    if (found) return this.#viaAdapter(found.adapter, signal);
    throw plainError('no-source', NO_SOURCE_MESSAGE);
  }

  /** The adapter property, else the named source, else the enclosing one; `follow` reloads when a named source changes. */
  async #findAdapter(follow = false): Promise<{ adapter: WaymarkAdapter } | undefined> {
    const host = this.#host;
    if (host.adapter) return { adapter: host.adapter };
    if (host.source) {
      const { adapter, source } = await findSourceById(host, host.source);
      if (follow) {
        // A named source is not our context provider: follow its changes by event.
        this.#sourceListener = new AbortController();
        source.addEventListener('wm-adapter-change', () => void this.reload(), {
          once: true,
          signal: this.#sourceListener.signal,
        });
      }
      return { adapter };
    }
    return this.#context.value ? { adapter: this.#context.value } : findAncestorSource(host);
  }

  async #viaAdapter(adapter: WaymarkAdapter, signal: AbortSignal) {
    const pending = this.#o.load(adapter, signal);
    if (!pending) throw plainError('unsupported', `This data source can't provide the ${this.#o.what}.`);
    return { raw: await pending, adapter };
  }

  #subscribe(adapter: WaymarkAdapter): void {
    this.#unwatch?.();
    this.#unwatch = this.#o.watch?.(adapter, (raw) => {
      let next: T;
      try {
        next = validate(this.#o.schema, raw, this.#o.what);
      } catch (e) {
        console.warn(`waymark: ignored a live ${this.#o.what} update.`, (e as Error).message);
        return;
      }
      // Streams often open by repeating what we just loaded: not a change.
      if (!this.#stale && JSON.stringify(next) === JSON.stringify(this.value)) return;
      this.#live = next;
      this.#stale = undefined;
      this.#events.fire(new WaymarkLoadEvent(next));
    });
  }
}
