import { WaymarkError, throwIfAborted } from '../errors.js';

export interface FetchOptions {
  signal?: AbortSignal;
  /** Give up after this long; default 10 s. */
  timeoutMs?: number;
  method?: string;
  headers?: HeadersInit;
  body?: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * `fetch` with a timeout, mapping failures to SPEC error kinds: `timeout`,
 * `network` (no answer), and leaving status handling to the caller. An abort
 * from `signal` is rethrown as an AbortError, never as a Waymark error.
 */
export async function fetchWithTimeout(url: string, o: FetchOptions = {}): Promise<Response> {
  throwIfAborted(o.signal);
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeoutMs);
  const signal = o.signal ? AbortSignal.any([o.signal, timer.signal]) : timer.signal;
  try {
    return await fetch(url, { method: o.method, headers: o.headers, body: o.body, signal });
  } catch (e) {
    throwIfAborted(o.signal);
    if (timer.signal.aborted) {
      throw new WaymarkError('timeout', `The server did not answer within ${timeoutMs / 1000} s.`);
    }
    throw new WaymarkError('network', `Could not reach the server (${(e as Error).message}).`);
  } finally {
    clearTimeout(id);
  }
}

/** Maps a non-2xx response to a Waymark error. */
export function statusError(res: Response): WaymarkError {
  if (res.status === 404 || res.status === 410) {
    return new WaymarkError('not-found', `Nothing was found at ${res.url || 'this address'}.`, 404);
  }
  return new WaymarkError('network', `The server answered ${res.status} ${res.statusText}.`.replace(' .', '.'), res.status);
}

/** Reads a response body as JSON; malformed JSON is `invalid-data`. */
export async function readJson<T>(res: Response): Promise<T> {
  const body = await res.text();
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new WaymarkError('invalid-data', 'The server sent a response that is not valid JSON.');
  }
}

/** GETs a JSON document once: no retries, no cache. */
export async function fetchJson<T>(url: string, o: FetchOptions = {}): Promise<T> {
  const res = await fetchWithTimeout(url, { ...o, headers: { accept: 'application/json', ...o.headers } });
  if (!res.ok) throw statusError(res);
  return readJson<T>(res);
}
