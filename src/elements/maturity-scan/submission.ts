import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort, throwIfAborted } from '../../data/errors.js';
import type { WaymarkAdapter } from '../../data/adapters/types.js';
import type { ScanResponse, ScanResult } from '../../data/schema.js';
import type { Autosave } from './autosave.js';
import { ScanCompleteEvent } from './events.js';
import { Retrier } from './retry.js';
import type { SaveState } from './result.js';

/** The browser would not keep the response on this device (storage full or disabled). */
class DeviceRefused extends Error {
  constructor() {
    super('This browser did not let us keep them on this device.');
  }
}

/** What a submission needs from its element. */
export interface SubmissionHost extends ReactiveControllerHost, EventTarget {
  submit(): Promise<ScanResult | undefined>;
}

/**
 * Stores a completed response: through the adapter's `saveScanResponse`,
 * retried until the server confirms (the draft stays on this device until
 * then, marked as sending), or on this device when no adapter can save it.
 * One submission at a time; a response already stored is not stored again.
 * A submission cut short by disconnection resumes on reconnection.
 */
export class Submission implements ReactiveController {
  readonly #host: SubmissionHost;
  readonly #autosave: Autosave;
  readonly #saver: () => Promise<WaymarkAdapter | undefined>;
  readonly #retrier = new Retrier();
  #state: SaveState = { state: 'idle' };
  #abort?: AbortController;
  #pending?: Promise<ScanResult>;
  /** The answers version last stored; submitting it again stores nothing. */
  #stored = -1;
  #interrupted = false;

  /**
   * `saver` gives the adapter that saves (the loader's: the definition may
   * come from `data` or `src` while an adapter still saves the answers).
   */
  constructor(host: SubmissionHost, autosave: Autosave, saver: () => Promise<WaymarkAdapter | undefined>) {
    this.#host = host;
    this.#autosave = autosave;
    this.#saver = saver;
    host.addController(this);
  }

  /** Where the response stands, shown under the result. */
  get state(): SaveState {
    return this.#state;
  }

  #set(state: SaveState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }

  get busy(): boolean {
    return this.#pending !== undefined;
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    void this.#host.submit().catch(() => {});
  }

  hostDisconnected(): void {
    if (this.#pending) this.#interrupted = true;
    this.#abort?.abort();
  }

  submit(response: ScanResponse, result: ScanResult, version: number): Promise<ScanResult> {
    if (this.#stored === version) return Promise.resolve(result);
    if (this.#pending) return this.#pending;
    const abort = (this.#abort = new AbortController());
    this.#set({ state: 'saving' });
    const pending = this.#store(response, result, abort.signal).then(() => {
      this.#stored = version;
      return result;
    });
    this.#pending = pending;
    const done = () => {
      if (this.#pending === pending) this.#pending = undefined;
    };
    pending.then(done, done);
    return pending;
  }

  /** Records that `version` is stored already, on this device (a completed draft restored from it). */
  markStored(version: number): void {
    this.#stored = version;
    this.#set({ state: 'local' });
  }

  /** Ends a wait between attempts early; false when nothing is waiting. */
  wake(): boolean {
    if (!this.#pending) return false;
    this.#retrier.wake();
    return true;
  }

  /** Abandons the submission in progress (start again, a new definition or respondent). */
  cancel(): void {
    this.#abort?.abort();
    this.#pending = undefined;
    this.#stored = -1;
    this.#interrupted = false;
    this.#set({ state: 'idle' });
  }

  async #store(response: ScanResponse, result: ScanResult, signal: AbortSignal): Promise<void> {
    const autosave = this.#autosave;
    try {
      const adapter = await this.#saver();
      throwIfAborted(signal);
      if (adapter?.saveScanResponse) {
        autosave.write('sending');
        await this.#retrier.run(
          (s) => adapter.saveScanResponse!(structuredClone(response), { signal: s }),
          signal,
          (w) => this.#set(w),
        );
        autosave.clear();
        this.#set({ state: 'saved' });
      } else if (autosave.key && autosave.store) {
        if (!autosave.write('stored')) throw new DeviceRefused();
        this.#set({ state: 'local' });
      } else {
        this.#set({ state: 'idle' });
      }
    } catch (e) {
      // The element words the state in its language; an adapter's message is shown as it came.
      if (!isAbort(e)) {
        this.#set({ state: 'failed', message: (e as Error)?.message ?? String(e), onDevice: e instanceof DeviceRefused });
      }
      throw e;
    }
    this.#host.dispatchEvent(new ScanCompleteEvent(structuredClone(response), result));
  }
}
