import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearDraft, writeDraft, type Draft } from './draft.js';

/** Autosave waits this long for more changes (arrow keys change an answer per key press). */
const DELAY_MS = 250;

/**
 * Writes the host's draft to `store` (localStorage or sessionStorage) shortly
 * after each change, and at once when the page is hidden or unloads or the
 * host is removed, so a reload or a closed tab loses nothing. `key` or
 * `store` undefined turns it off.
 */
export class Autosave implements ReactiveController {
  key?: string;
  store?: Storage;
  readonly #draft: (state?: Draft['state']) => Draft | undefined;
  #timer?: ReturnType<typeof setTimeout>;

  /** `draft(state)` is what to keep: the host's draft, in the given state or the one it is in. */
  constructor(host: ReactiveControllerHost, draft: (state?: Draft['state']) => Draft | undefined) {
    this.#draft = draft;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onHide);
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onHide);
    removeEventListener('pagehide', this.flush);
    this.flush();
  }

  schedule(): void {
    if (!this.key || !this.store) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, DELAY_MS);
  }

  /** Writes a pending change now. */
  readonly flush = (): void => {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.write();
  };

  /** Writes the draft now; false when there is nothing to keep, autosave is off or the browser refused. */
  write(state?: Draft['state']): boolean {
    const draft = this.#draft(state);
    return !!this.key && !!this.store && !!draft && writeDraft(this.store, this.key, draft);
  }

  /** Drops a pending change and the stored draft. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.key && this.store) clearDraft(this.store, this.key);
  }

  readonly #onHide = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
