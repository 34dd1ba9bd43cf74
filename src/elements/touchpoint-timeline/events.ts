import { eventInit } from '../../data/events.js';
import type { Touchpoint } from '../../data/schema.js';

/** `wm-touchpoint-select`: the user selected a touchpoint (click, tap, Enter or Space). */
export class TouchpointSelectEvent extends CustomEvent<{ touchpoint: Touchpoint }> {
  constructor(touchpoint: Touchpoint) {
    super('wm-touchpoint-select', eventInit({ touchpoint }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-touchpoint-select': TouchpointSelectEvent;
  }
}
