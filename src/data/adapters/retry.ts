// Retrying: which failures are worth another try, and how long to wait first.
// Used by the REST adapter and the maturity scan's submit, never by an element
// that only loads, so none of it rides in an element's first load.
import { WaymarkError } from '../errors.js';

/** HTTP statuses worth trying again: 408, 429 and 5xx. */
export const isTransientStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/**
 * Whether a request may work if tried again: no answer from the server, a
 * timeout, or a transient status (`fetch`'s TypeError included). Other
 * failures (400, 404, invalid data, a bug in a custom adapter) are final.
 */
export function isTransient(e: unknown): boolean {
  if (e instanceof WaymarkError) {
    const s = e.status;
    return e.kind === 'timeout' || (e.kind === 'network' && (s === undefined || isTransientStatus(s)));
  }
  return e instanceof TypeError;
}

/** Waits `ms`, rejecting with an AbortError as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const onAbort = () => {
      clearTimeout(id);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    const id = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Exponential backoff for the `attempt`-th retry (0-based), capped, with
 * jitter between half and the full delay so that many clients failing
 * together do not retry in lockstep.
 */
export function backoffDelay(attempt: number, baseMs: number, capMs: number): number {
  const full = Math.min(capMs, baseMs * 2 ** attempt);
  return full / 2 + Math.random() * (full / 2);
}

/** The wait a `Retry-After` header asks for (seconds or an HTTP date), capped; undefined when absent or unreadable. */
export function retryAfterMs(res: Response, capMs: number): number | undefined {
  const value = res.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.min(capMs, Math.max(0, ms));
}
