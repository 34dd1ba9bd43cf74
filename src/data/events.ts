import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ErrorKind, WaymarkError } from './errors.js';

/** The init of every Waymark event: it carries `detail`, bubbles and leaves shadow roots. */
export const eventInit = <T>(detail: T): CustomEventInit<T> => ({ detail, bubbles: true, composed: true });

/** `wm-load`: data loaded and validated (also after each live update). */
export class WaymarkLoadEvent<T = unknown> extends CustomEvent<{ data: T }> {
  constructor(data: T) {
    super('wm-load', eventInit({ data }));
  }
}

/** `wm-error`: loading failed; `kind` says why. */
export class WaymarkErrorEvent extends CustomEvent<{ error: WaymarkError; kind: ErrorKind }> {
  constructor(error: WaymarkError) {
    super('wm-error', eventInit({ error, kind: error.kind }));
  }
}

/**
 * Dispatches events after the host's next render, so a listener finds the
 * element already showing what the event announces (the data for `wm-load`,
 * the alert for `wm-error`).
 */
export class AfterRender implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  #queue: Event[] = [];

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.#host = host;
    host.addController(this);
  }

  /** Queues `event` for the end of the next update, and asks for one. */
  fire(event: Event): void {
    this.#queue.push(event);
    this.#host.requestUpdate();
  }

  /** Drops what is queued (the host was disconnected, or a newer state replaced it). */
  clear(): void {
    this.#queue = [];
  }

  hostUpdated(): void {
    const queue = this.#queue;
    this.#queue = [];
    for (const event of queue) this.#host.dispatchEvent(event);
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-load': WaymarkLoadEvent;
    'wm-error': WaymarkErrorEvent;
  }
}
