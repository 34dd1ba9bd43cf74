import { eventInit } from '../../data/events.js';

/** `wm-cell-select`: the user activated a cell of a selectable map; `lane` and `column` are ids. */
export class CellSelectEvent extends CustomEvent<{ lane: string; column: string }> {
  constructor(lane: string, column: string) {
    super('wm-cell-select', eventInit({ lane, column }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-cell-select': CellSelectEvent;
  }
}
