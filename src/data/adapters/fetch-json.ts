import { WaymarkError, throwIfAborted } from '../errors.js';

export interface FetchOptions {
  signal?: AbortSignal;
  /** Give up after this long; default 10 s. */
  timeoutMs?: number;
  method?: string;
  headers?: HeadersInit;
  body?: string;
  /** The `fetch` to use; default the global one. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Runs `work` with a signal that fires on `o.signal` or after the timeout,
 * mapping failures to SPEC error kinds: `timeout`, `network` (no answer). An
 * abort from `o.signal` is rethrown as an AbortError, never as a Waymark error.
 */
async function withTimeout<T>(o: FetchOptions, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  throwIfAborted(o.signal);
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeoutMs);
  const signal = o.signal ? AbortSignal.any([o.signal, timer.signal]) : timer.signal;
  try {
    return await work(signal);
  } catch (e) {
    throwIfAborted(o.signal);
    if (timer.signal.aborted) {
      throw new WaymarkError('timeout', `The server did not answer within ${timeoutMs / 1000} s.`);
    }
    if (e instanceof WaymarkError) throw e;
    throw new WaymarkError('network', `Could not reach the server (${(e as Error).message}).`);
  } finally {
    clearTimeout(id);
  }
}

const request = (url: string, o: FetchOptions, signal: AbortSignal) =>
  (o.fetch ?? globalThis.fetch)(url, { method: o.method, headers: o.headers, body: o.body, signal });

/**
 * `fetch` with a timeout on the response headers, leaving status handling to
 * the caller. Failures map as in `withTimeout`.
 */
export function fetchWithTimeout(url: string, o: FetchOptions = {}): Promise<Response> {
  return withTimeout(o, (signal) => request(url, o, signal));
}

/**
 * Like `fetchWithTimeout`, but the timeout also covers reading the body, so a
 * server that stalls mid-body times out too.
 */
export function fetchText(url: string, o: FetchOptions = {}): Promise<{ res: Response; body: string }> {
  return withTimeout(o, async (signal) => {
    const res = await request(url, o, signal);
    return { res, body: await res.text() };
  });
}

/** Maps a non-2xx response to a Waymark error. */
export function statusError(res: Response): WaymarkError {
  if (res.status === 404 || res.status === 410) {
    return new WaymarkError('not-found', `Nothing was found at ${res.url || 'this address'}.`, 404);
  }
  return new WaymarkError('network', `The server answered ${res.status} ${res.statusText}.`.replace(' .', '.'), res.status);
}

/** Parses a response body as JSON; malformed JSON is `invalid-data`. */
export function parseJson<T>(body: string): T {
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new WaymarkError('invalid-data', 'The server sent a response that is not valid JSON.');
  }
}

/** Reads a response body as JSON; malformed JSON is `invalid-data`. */
export async function readJson<T>(res: Response): Promise<T> {
  return parseJson<T>(await res.text());
}

/** GETs a JSON document once: no retries, no cache. */
export async function fetchJson<T>(url: string, o: FetchOptions = {}): Promise<T> {
  const { res, body } = await fetchText(url, { ...o, headers: { accept: 'application/json', ...o.headers } });
  if (!res.ok) throw statusError(res);
  return parseJson<T>(body);
}
