import { eventInit } from '../../data/events.js';
import type { Stage } from '../../data/schema.js';

/** `wm-stage-select`: the user activated a stage of a selectable tracker. */
export class StageSelectEvent extends CustomEvent<{ stage: Stage }> {
  constructor(stage: Stage) {
    super('wm-stage-select', eventInit({ stage }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-stage-select': StageSelectEvent;
  }
}
