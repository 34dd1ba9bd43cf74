import { eventInit } from '../../data/events.js';
import type { Stage } from '../../data/schema.js';
import type { MilestoneChangeEvent } from './milestone-event.js';

/** `wm-stage-select`: the user activated a stage of a selectable tracker. */
export class StageSelectEvent extends CustomEvent<{ stage: Stage }> {
  constructor(stage: Stage) {
    super('wm-stage-select', eventInit({ stage }));
  }
}

// In a module of its own, imported only by the actionable rows' lazy module,
// so a read-only tracker does not carry it.
export { MilestoneChangeEvent } from './milestone-event.js';

declare global {
  interface HTMLElementEventMap {
    'wm-stage-select': StageSelectEvent;
    'wm-milestone-change': MilestoneChangeEvent;
  }
}
