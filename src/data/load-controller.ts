import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { ZodMiniType } from 'zod/mini';
import { adapterContext } from './context.js';
import { WaymarkError, isAbort, throwIfAborted, validate } from './errors.js';
import { WaymarkErrorEvent, WaymarkLoadEvent } from './events.js';
import { fetchJson } from './adapters/fetch-json.js';
import { staleInfo, type StaleInfo, type WaymarkAdapter } from './adapters/types.js';
import { NO_SOURCE_MESSAGE, findAncestorSource, findSourceById } from './resolve.js';
import { msg, renderLocale, str, withLocale } from '../i18n/localize.js';
import { formatRelative } from '../elements/format.js';

/** The data properties every Waymark element shares (SPEC "Where an element gets its data"). */
export interface DataHost extends ReactiveElement {
  data?: unknown;
  adapter?: WaymarkAdapter;
  src?: string;
  source?: string;
}

export interface LoadOptions<T> {
  /** What the data is, in words: "journey", "metric" (English: names it in events and logs). */
  what: string;
  /** The same in the reader's language, for the error headline: `() => msg('journey', { id: 'data.journey' })`. */
  noun: () => string;
  schema: ZodMiniType<T>;
  /** The element's own inputs (e.g. journey, customer); a change reloads. */
  args: () => readonly unknown[];
  /** Loads through an adapter; returns undefined when the adapter lacks the method. */
  load: (adapter: WaymarkAdapter, signal: AbortSignal) => Promise<unknown> | undefined;
  /** Live updates, when the adapter offers them. */
  watch?: (adapter: WaymarkAdapter, onChange: (raw: unknown) => void) => (() => void) | undefined;
  /** Data the element can show with no source at all (inline values, built-ins). */
  fallback?: () => unknown;
  isEmpty?: (data: T) => boolean;
}

export interface StateLabels {
  loading: string;
  empty: string;
}

const HEADLINES: Record<WaymarkError['kind'], (what: string) => string> = {
  network: (w) => msg(str`We couldn't load the ${w}.`, { id: 'state.network' }),
  timeout: (w) => msg(str`Loading the ${w} took too long.`, { id: 'state.timeout' }),
  'not-found': (w) => msg(str`We couldn't find the ${w}.`, { id: 'state.not-found' }),
  'invalid-data': (w) => msg(str`The ${w} data has a problem, so it can't be shown.`, { id: 'state.invalid-data' }),
  unsupported: (w) => msg(str`This data source can't provide the ${w}.`, { id: 'state.unsupported' }),
  'no-source': () => msg('No data source: set data, adapter, src or source.', { id: 'state.no-source' }),
};

const DISCONNECTED = 'disconnected';

/**
 * Loads an element's data from the first source that applies (data, adapter,
 * src, source, ancestor `<wm-data-source>`), validates it once, and renders
 * the loading, empty, error and stale states. Built on @lit/task, which drops
 * superseded runs; this adds aborting on disconnect and live updates.
 */
export class LoadController<T> implements ReactiveController {
  readonly #host: DataHost;
  readonly #o: LoadOptions<T>;
  readonly #context: ContextConsumer<typeof adapterContext, DataHost>;
  readonly #task: Task<readonly unknown[], T>;
  #live?: T;
  #stale?: StaleInfo;
  #unwatch?: () => void;
  #watching?: WaymarkAdapter;
  #sourceListener?: AbortController;
  /** A load was cut short (or never started) because the host was not connected. */
  #interrupted = false;
  /** wm-load / wm-error wait for the render, so listeners see the new state. */
  #announce?: Event;

  constructor(host: DataHost, options: LoadOptions<T>) {
    this.#host = host;
    this.#o = options;
    this.#context = new ContextConsumer(host, { context: adapterContext, subscribe: true });
    this.#task = new Task(host, {
      task: (_args, { signal }) => this.#run(signal),
      args: () => [host.data, host.adapter, host.src, host.source, this.#context.value, ...options.args()],
    });
    host.addController(this);
  }

  /** The data shown: the latest live update, else the last load. */
  get value(): T | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? (this.#live ?? this.#task.value) : undefined;
  }

  get status(): 'loading' | 'error' | 'ready' {
    const s = this.#task.status;
    if (s === TaskStatus.COMPLETE) return 'ready';
    return s === TaskStatus.ERROR && !isAbort(this.#task.error) ? 'error' : 'loading';
  }

  get error(): WaymarkError | undefined {
    return this.status === 'error' ? (this.#task.error as WaymarkError) : undefined;
  }

  /** Loads again from the current source (the error state's Retry button). */
  reload(): Promise<void> {
    return this.#task.run();
  }

  hostConnected(): void {
    // Checked by flag, not task status: an element moved within one task is
    // reconnected while its aborted run is still pending.
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.#task.run();
    } else if (this.#watching) this.#subscribe(this.#watching);
  }

  hostDisconnected(): void {
    if (this.#task.status === TaskStatus.PENDING) this.#interrupted = true;
    this.#task.abort(new DOMException(DISCONNECTED, 'AbortError'));
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#sourceListener?.abort();
  }

  hostUpdated(): void {
    const event = this.#announce;
    this.#announce = undefined;
    if (event) this.#host.dispatchEvent(event);
  }

  hostUpdate(): void {
    if (this.status === 'loading') this.#host.setAttribute('aria-busy', 'true');
    else this.#host.removeAttribute('aria-busy');
  }

  async #run(signal: AbortSignal): Promise<T> {
    // Lit still performs an update queued before a quick removal: load on reconnect instead.
    if (!this.#host.isConnected) {
      this.#interrupted = true;
      throw new DOMException(DISCONNECTED, 'AbortError');
    }
    this.#unwatch?.();
    this.#unwatch = this.#watching = undefined;
    this.#live = this.#stale = undefined;
    this.#sourceListener?.abort();
    try {
      const { raw, adapter } = await this.#fetch(signal);
      throwIfAborted(signal);
      const data = validate(this.#o.schema, raw, this.#o.what);
      this.#stale = staleInfo(raw);
      this.#announce = new WaymarkLoadEvent(data);
      if (adapter && this.#o.watch) {
        this.#watching = adapter;
        if (this.#host.isConnected) this.#subscribe(adapter);
      }
      return data;
    } catch (e) {
      if (isAbort(e) || signal.aborted) throw e;
      const error = e instanceof WaymarkError ? e : new WaymarkError('network', (e as Error)?.message ?? String(e));
      this.#announce = new WaymarkErrorEvent(error);
      throw error;
    }
  }

  async #fetch(signal: AbortSignal): Promise<{ raw: unknown; adapter?: WaymarkAdapter }> {
    const host = this.#host;
    if (host.data !== undefined && host.data !== null) return { raw: host.data };
    if (host.adapter) return this.#viaAdapter(host.adapter, signal);
    if (host.src) return { raw: await fetchJson(new URL(host.src, document.baseURI).href, { signal }) };
    if (host.source) {
      const { adapter, source } = await findSourceById(host, host.source);
      // A named source is not our context provider: follow its changes by event.
      this.#sourceListener = new AbortController();
      source.addEventListener('wm-adapter-change', () => void this.reload(), {
        once: true,
        signal: this.#sourceListener.signal,
      });
      return this.#viaAdapter(adapter, signal);
    }
    const found = this.#context.value ? { adapter: this.#context.value } : await findAncestorSource(host);
    if (found) return this.#viaAdapter(found.adapter, signal);
    const fallback = this.#o.fallback?.();
    if (fallback !== undefined) return { raw: fallback };
    throw new WaymarkError('no-source', NO_SOURCE_MESSAGE);
  }

  async #viaAdapter(adapter: WaymarkAdapter, signal: AbortSignal) {
    const pending = this.#o.load(adapter, signal);
    if (!pending) {
      throw new WaymarkError('unsupported', `This data source can't provide the ${this.#o.what}.`);
    }
    return { raw: await pending, adapter };
  }

  #subscribe(adapter: WaymarkAdapter): void {
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
      this.#announce = new WaymarkLoadEvent(this.#live);
      this.#host.requestUpdate();
    });
  }

  /** Renders the state the element is in; `ready` draws the data. */
  render(labels: StateLabels, ready: (data: T) => unknown): unknown {
    const status = this.status;
    if (status === 'loading') {
      return html`<div part="loading" class="state" role="status">
        <span class="spinner" aria-hidden="true"></span>${labels.loading}
      </div>`;
    }
    if (status === 'error') {
      const error = this.error!;
      const headline = HEADLINES[error.kind](this.#o.noun());
      // Messages made with the English headline's words add nothing under it.
      const english = withLocale('en', () => HEADLINES[error.kind](this.#o.what));
      return html`<div part="error" class="state" role="alert">
        <p class="headline">${headline}</p>
        ${error.message !== headline && error.message !== english
          ? html`<p class="detail">${error.message}</p>`
          : nothing}
        <button type="button" part="retry" @click=${() => this.reload()}>${msg('Retry', { id: 'state.retry' })}</button>
      </div>`;
    }
    const data = this.value as T;
    if (this.#o.isEmpty?.(data)) {
      return html`<div part="empty" class="state">${labels.empty}</div>`;
    }
    return [this.#renderStale(), ready(data)];
  }

  #renderStale(): TemplateResult | typeof nothing {
    const stale = this.#stale;
    if (!stale) return nothing;
    return html`<p part="stale" class="stale" role="status">
      ${msg(str`Showing saved data from ${formatRelative(renderLocale(), stale.since)}:`, { id: 'state.stale' })}
      ${stale.error.message}
    </p>`;
  }
}
