import type { ZodMiniType } from 'zod/mini';
import { WaymarkError, validate } from '../errors.js';
import { JourneyMap } from '../shapes/journey-map.js';
import {
  Journey, Metric, ScanDefinition, ScanResponse, TouchpointPage,
} from '../schema.js';
import { DEFAULT_TIMEOUT_MS, fetchText, parseJson, statusError } from './fetch-json.js';
import { backoffDelay, isTransient, isTransientStatus, retryAfterMs, sleep } from './retry.js';
import { watchEvents } from './sse.js';
// The scan format the element reads: the SPEC shape plus its optional extensions, which a plain ScanDefinition check would strip.
import { MaturityScanDefinition } from '../scans/schema.js';
import {
  markStale, staleInfo,
  type JourneyRef, type MapRef, type MetricRef, type MilestoneRef, type RequestOptions, type ScanRef, type TouchpointQuery,
  type WaymarkAdapter,
} from './types.js';

export interface RestAdapterOptions {
  /** Where the API lives, e.g. `"/api"` or `"https://cx.example.com/v1"`; relative URLs resolve against `document.baseURI`. */
  baseUrl: string | URL;
  /** Sent with every `fetch` request (not with the event stream: `EventSource` cannot send headers). */
  headers?: HeadersInit;
  /** Per attempt, including reading the body; default 10 000 ms. */
  timeoutMs?: number;
  /** Extra attempts after a network error, timeout, 408, 429 or 5xx; default 2. */
  retries?: number;
  /** The `fetch` to use, e.g. one that adds auth; default the global one. */
  fetch?: typeof fetch;
  /** Opens the event stream for `watch`; default `new EventSource(url)`. Lets a polyfill add headers. */
  eventSource?: (url: string) => EventSource;
  /** First backoff delay for retries and stream reconnects, doubled each time; default 250 ms. */
  retryBaseMs?: number;
  /** Cap on any single wait, backoff or `Retry-After`; default 30 000 ms. */
  retryMaxMs?: number;
  /** How many responses to keep for revalidation and stale fallback; default 200. */
  cacheSize?: number;
  /**
   * Most event streams open at once; default 4. Browsers allow 6 HTTP/1.1
   * connections per host, so a page of live trackers with one stream each
   * would starve every other request. Watches beyond the cap poll instead.
   */
  maxStreams?: number;
  /** How often a watch beyond `maxStreams` revalidates its journey or map; default 30 000 ms. */
  pollMs?: number;
}

interface CacheEntry {
  data: unknown;
  etag?: string;
  /** When the server last confirmed this data. */
  at: Date;
}

type Query = Record<string, string | number | readonly string[] | undefined>;

interface Call<T> {
  method: 'GET' | 'PUT';
  path: string[];
  query?: Query;
  schema?: ZodMiniType<T>;
  what: string;
  body?: unknown;
}

/** A failure a later attempt (or the cache) may get around, and how long the server asked us to wait. */
interface Transient {
  error: WaymarkError;
  retryAfter?: number;
}

/** A thrown failure worth another attempt (no answer at all); not-found, invalid-data and the like are final. */
const worthRetrying = (e: unknown): e is WaymarkError => e instanceof WaymarkError && isTransient(e);

/**
 * Reads journeys, touchpoints, metrics and scans from a REST API (see the REST
 * contract in the SPEC) and saves scan responses to it.
 *
 * - `journey`, `touchpoints`, `metric`, `scan`: GET, validated against the
 *   schema (`invalid-data` names the failing path; 404 is `not-found`).
 *   Touchpoint channels are sent as repeated `channel=` parameters.
 * - `saveScanResponse`: PUT `{base}/scans/{scan}/responses/{id}`, idempotent by id.
 * - `completeMilestone`: PUT `{base}/journeys/{journey}/stages/{stage}/milestones/{milestone}`
 *   with `{ "done": … }`; the updated journey is validated.
 * - `journeyMap`: GET `{base}/journeys/{journey}/map`, cached and validated like `journey`.
 * - `watch`, `watchMap`: Server-Sent Events (`event: journey`, `event: map`) from
 *   `{base}/journeys/{journey}/events` and `…/map/events`, reconnecting with
 *   backoff; invalid events are skipped. Watches beyond `maxStreams` poll.
 *
 * Each request times out after `timeoutMs` and is retried `retries` times
 * with exponential backoff on network errors, timeouts, 408, 429 and 5xx,
 * honouring `Retry-After` (cross-origin servers must expose that header).
 * GET responses are cached by URL and revalidated with `If-None-Match`; when a
 * refresh fails for a transient reason, the cached copy is returned instead,
 * marked with `markStale` (read it with `staleInfo`). Aborting `signal` rejects
 * with an AbortError at once, even during a backoff wait.
 *
 * @example new RestAdapter({ baseUrl: '/api', headers: { authorization: `Bearer ${token}` } })
 */
export class RestAdapter implements WaymarkAdapter {
  readonly #base: string;
  readonly #headers: Headers;
  readonly #timeoutMs: number;
  readonly #retries: number;
  readonly #retryBaseMs: number;
  readonly #retryMaxMs: number;
  readonly #cacheSize: number;
  readonly #fetch?: typeof fetch;
  readonly #eventSource: (url: string) => EventSource;
  readonly #cache = new Map<string, CacheEntry>();
  readonly #maxStreams: number;
  readonly #pollMs: number;
  #streams = 0;

  constructor(o: RestAdapterOptions) {
    const origin = globalThis.document?.baseURI ?? globalThis.location?.href;
    this.#base = new URL(String(o.baseUrl), origin).href.replace(/\/+$/, '');
    this.#headers = new Headers(o.headers);
    this.#timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#retries = Math.max(0, o.retries ?? 2);
    this.#retryBaseMs = o.retryBaseMs ?? 250;
    this.#retryMaxMs = o.retryMaxMs ?? 30_000;
    this.#cacheSize = o.cacheSize ?? 200;
    this.#fetch = o.fetch;
    this.#eventSource = o.eventSource ?? ((url) => new EventSource(url));
    this.#maxStreams = o.maxStreams ?? 4;
    this.#pollMs = o.pollMs ?? 30_000;
  }

  journey(ref: JourneyRef, o?: RequestOptions): Promise<Journey> {
    return this.#call({
      method: 'GET', path: ['journeys', ref.journey], query: { customer: ref.customer },
      schema: Journey, what: 'journey',
    }, o);
  }

  touchpoints(q: TouchpointQuery, o?: RequestOptions): Promise<TouchpointPage> {
    const { journey, customer, from, to, channels, cursor, limit } = q;
    return this.#call({
      method: 'GET', path: ['journeys', journey, 'touchpoints'],
      query: { customer, from, to, channel: channels, cursor, limit },
      schema: TouchpointPage, what: 'touchpoint',
    }, o);
  }

  metric(ref: MetricRef, o?: RequestOptions): Promise<Metric> {
    return this.#call({
      method: 'GET', path: ['metrics', ref.metric],
      query: { journey: ref.journey, customer: ref.customer }, schema: Metric, what: 'metric',
    }, o);
  }

  scan(ref: ScanRef, o?: RequestOptions): Promise<ScanDefinition> {
    return this.#call({
      method: 'GET', path: ['scans', ref.scan], schema: MaturityScanDefinition, what: 'scan',
    }, o);
  }

  async saveScanResponse(r: ScanResponse, o?: RequestOptions): Promise<void> {
    const body = validate(ScanResponse, r, 'scan response');
    await this.#call({
      method: 'PUT', path: ['scans', body.scanId, 'responses', body.id], body, what: 'scan response',
    }, o);
  }

  completeMilestone(ref: MilestoneRef, o?: RequestOptions): Promise<Journey> {
    return this.#call({
      method: 'PUT', path: ['journeys', ref.journey, 'stages', ref.stage, 'milestones', ref.milestone],
      query: { customer: ref.customer }, body: { done: ref.done }, schema: Journey, what: 'journey',
    }, o);
  }

  journeyMap(ref: MapRef, o?: RequestOptions): Promise<JourneyMap> {
    return this.#call({
      method: 'GET', path: ['journeys', ref.journey, 'map'], schema: JourneyMap, what: 'journey map',
    }, o);
  }

  watch(topic: JourneyRef, onChange: (j: Journey) => void): () => void {
    return this.#watch(
      this.#url(['journeys', topic.journey, 'events'], { customer: topic.customer }),
      'journey', 'journey', Journey, (signal) => this.journey(topic, { signal }), onChange,
    );
  }

  watchMap(ref: MapRef, onChange: (m: JourneyMap) => void): () => void {
    return this.#watch(
      this.#url(['journeys', ref.journey, 'map', 'events']),
      'map', 'journey map', JourneyMap, (signal) => this.journeyMap(ref, { signal }), onChange,
    );
  }

  /** An event stream, or beyond `maxStreams` a poll of `get`. */
  #watch<T>(
    url: string, event: string, what: string, schema: ZodMiniType<T>,
    get: (signal: AbortSignal) => Promise<T>, onChange: (value: T) => void,
  ): () => void {
    if (this.#streams >= this.#maxStreams) return this.#poll(get, onChange);
    this.#streams++;
    const stop = watchEvents({
      url,
      event,
      open: this.#eventSource,
      parse: (data) => validate(schema, parseJson(data), what),
      onData: onChange,
      delay: (attempt) => backoffDelay(attempt, this.#retryBaseMs, this.#retryMaxMs),
    });
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.#streams--;
      stop();
    };
  }

  /** Revalidates every `pollMs` (ETags keep that cheap); stale fallbacks are not news. */
  #poll<T>(get: (signal: AbortSignal) => Promise<T>, onChange: (value: T) => void): () => void {
    const stopped = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const value = await get(stopped.signal);
        if (!staleInfo(value)) onChange(value);
      } catch {
        // The next tick tries again; the element keeps what it shows.
      }
      if (!stopped.signal.aborted) timer = setTimeout(tick, this.#pollMs);
    };
    timer = setTimeout(tick, this.#pollMs);
    return () => {
      stopped.abort();
      clearTimeout(timer);
    };
  }

  #url(path: string[], query: Query = {}): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
    }
    const search = String(params) ? `?${params}` : '';
    return `${this.#base}/${path.map(encodeURIComponent).join('/')}${search}`;
  }

  async #call<T>(call: Call<T>, o: RequestOptions = {}): Promise<T> {
    const url = this.#url(call.path, call.query);
    const cached = call.method === 'GET' ? this.#cache.get(url) : undefined;
    let failure: Transient | undefined;
    for (let attempt = 0; attempt <= this.#retries; attempt++) {
      if (failure) {
        const wait = failure.retryAfter ?? backoffDelay(attempt - 1, this.#retryBaseMs, this.#retryMaxMs);
        await sleep(wait, o.signal);
      }
      try {
        const result = await this.#attempt(url, call, cached, o.signal);
        if ('data' in result) return result.data;
        failure = result;
      } catch (e) {
        if (!worthRetrying(e)) throw e;
        failure = { error: e };
      }
    }
    const { error } = failure!;
    if (cached) return markStale(structuredClone(cached.data) as T & object, { error, since: cached.at });
    throw error;
  }

  /** One request: the data, a transient failure to retry, or a thrown final error. */
  async #attempt<T>(
    url: string, call: Call<T>, cached: CacheEntry | undefined, signal?: AbortSignal,
  ): Promise<{ data: T } | Transient> {
    const headers = new Headers(this.#headers);
    headers.set('accept', 'application/json');
    if (call.body !== undefined) headers.set('content-type', 'application/json');
    if (cached?.etag) headers.set('if-none-match', cached.etag);
    const { res, body } = await fetchText(url, {
      method: call.method, headers, signal, timeoutMs: this.#timeoutMs, fetch: this.#fetch,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    if (res.status === 304 && cached) {
      cached.at = new Date();
      this.#remember(url, cached);
      return { data: structuredClone(cached.data) as T };
    }
    if (isTransientStatus(res.status)) {
      return { error: statusError(res), retryAfter: retryAfterMs(res, this.#retryMaxMs) };
    }
    if (!res.ok) throw statusError(res);
    if (!call.schema) return { data: undefined as T };
    const data = validate(call.schema, parseJson(body), call.what);
    this.#remember(url, { data, etag: res.headers.get('etag') ?? undefined, at: new Date() });
    return { data: structuredClone(data) };
  }

  /** Stores an entry as the most recently used, evicting the least recently used beyond the cap. */
  #remember(url: string, entry: CacheEntry): void {
    this.#cache.delete(url);
    this.#cache.set(url, entry);
    for (const key of this.#cache.keys()) {
      if (this.#cache.size <= this.#cacheSize) break;
      this.#cache.delete(key);
    }
  }
}
