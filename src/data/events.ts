import type { ErrorKind, WaymarkError } from './errors.js';
import type { Stage } from './schema.js';

const init = <T>(detail: T) => ({ detail, bubbles: true, composed: true });

/** `wm-load`: data loaded and validated (also after each live update). */
export class WaymarkLoadEvent<T = unknown> extends CustomEvent<{ data: T }> {
  constructor(data: T) {
    super('wm-load', init({ data }));
  }
}

/** `wm-error`: loading failed; `kind` says why. */
export class WaymarkErrorEvent extends CustomEvent<{ error: WaymarkError; kind: ErrorKind }> {
  constructor(error: WaymarkError) {
    super('wm-error', init({ error, kind: error.kind }));
  }
}

/** `wm-stage-select`: the user activated a stage of a selectable tracker. */
export class StageSelectEvent extends CustomEvent<{ stage: Stage }> {
  constructor(stage: Stage) {
    super('wm-stage-select', init({ stage }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-load': WaymarkLoadEvent;
    'wm-error': WaymarkErrorEvent;
    'wm-stage-select': StageSelectEvent;
  }
}
