import type { ReactiveController } from 'lit';
import { isAbort, throwIfAborted } from '../../data/errors.js';
import { findAncestorSource, findSourceById } from '../../data/resolve.js';
import type { WaymarkAdapter } from '../../data/adapters/types.js';
import type { DataHost } from '../../data/load-controller.js';
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
export interface SubmissionHost extends DataHost {
  setSaveState(s: SaveState): void;
  submit(): Promise<ScanResult | undefined>;
}

/**
 * The adapter that saves: the `adapter` property, else the named or nearest
 * `<wm-data-source>`. The definition may come from `data` or `src` while an
 * adapter still saves the answers.
 */
async function saverOf(host: SubmissionHost): Promise<WaymarkAdapter | undefined> {
  if (host.adapter) return host.adapter;
  try {
    if (host.source) return (await findSourceById(host, host.source)).adapter;
    return (await findAncestorSource(host))?.adapter;
  } catch {
    return undefined;
  }
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
  readonly #retrier = new Retrier();
  #abort?: AbortController;
  #pending?: Promise<ScanResult>;
  /** The answers version last stored; submitting it again stores nothing. */
  #stored = -1;
  #interrupted = false;

  constructor(host: SubmissionHost, autosave: Autosave) {
    this.#host = host;
    this.#autosave = autosave;
    host.addController(this);
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
    this.#host.setSaveState({ state: 'saving' });
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

  /** Records that `version` is stored already (a completed draft restored from this device). */
  markStored(version: number): void {
    this.#stored = version;
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
  }

  async #store(response: ScanResponse, result: ScanResult, signal: AbortSignal): Promise<void> {
    const host = this.#host;
    const autosave = this.#autosave;
    try {
      const adapter = await saverOf(host);
      throwIfAborted(signal);
      if (adapter?.saveScanResponse) {
        autosave.write('sending');
        await this.#retrier.run(
          (s) => adapter.saveScanResponse!(structuredClone(response), { signal: s }),
          signal,
          (w) => host.setSaveState(w),
        );
        autosave.clear();
        host.setSaveState({ state: 'saved' });
      } else if (autosave.key) {
        if (!autosave.write('stored')) throw new DeviceRefused();
        host.setSaveState({ state: 'local' });
      } else {
        host.setSaveState({ state: 'idle' });
      }
    } catch (e) {
      // The element words the state in its language; an adapter's message is shown as it came.
      if (!isAbort(e)) {
        host.setSaveState({ state: 'failed', message: (e as Error)?.message ?? String(e), onDevice: e instanceof DeviceRefused });
      }
      throw e;
    }
    host.dispatchEvent(new ScanCompleteEvent(structuredClone(response), result));
  }
}
