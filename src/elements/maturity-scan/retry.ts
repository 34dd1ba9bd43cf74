import { isAbort } from '../../data/errors.js';
import { backoffDelay, isTransient } from '../../data/adapters/retry.js';

const BASE_MS = 1000;
const CAP_MS = 30_000;

export type Waiting = { state: 'offline' } | { state: 'retrying'; ms: number };

/**
 * Runs a save until it succeeds, fails for good or is aborted: transient
 * failures are retried with exponential backoff (1 s doubling to 30 s, with
 * jitter), and while the browser is offline it waits for the `online` event
 * instead. Adapters may retry too (RestAdapter does); this outer loop is
 * what keeps a response from being lost when all of theirs failed.
 */
export class Retrier {
  #wake?: () => void;

  /** Ends the current wait now (the "Try now" button). */
  wake(): void {
    this.#wake?.();
  }

  async run(save: (signal: AbortSignal) => Promise<void>, signal: AbortSignal, onWait: (w: Waiting) => void): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await save(signal);
      } catch (e) {
        if (isAbort(e) || signal.aborted || !isTransient(e)) throw e;
        const w: Waiting = navigator.onLine === false
          ? { state: 'offline' }
          : { state: 'retrying', ms: backoffDelay(attempt, BASE_MS, CAP_MS) };
        onWait(w);
        await this.#wait(w.state === 'retrying' ? w.ms : undefined, signal);
      }
    }
  }

  #wait(ms: number | undefined, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const end = (ok: boolean) => {
        clearTimeout(timer);
        removeEventListener('online', done);
        signal.removeEventListener('abort', abort);
        this.#wake = undefined;
        if (ok) resolve();
        else reject(new DOMException('Aborted', 'AbortError'));
      };
      const done = () => end(true);
      const abort = () => end(false);
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      addEventListener('online', done);
      signal.addEventListener('abort', abort);
      this.#wake = done;
      if (signal.aborted) abort();
    });
  }
}
