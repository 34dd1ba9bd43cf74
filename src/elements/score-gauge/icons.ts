import { svg } from 'lit';

// Each icon one whole template (not an <svg> around a bound shape): a bound
// shape costs a marker comment in every gauge.

/** An arrow per direction of change; the words beside it say the same, so colour is never alone. */
const CHANGE_ICONS = {
  up: svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 13V3M3.5 7.5 8 3l4.5 4.5"></path></svg>`,
  down: svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 3v10M3.5 8.5 8 13l4.5-4.5"></path></svg>`,
  flat: svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3 8h10"></path></svg>`,
};

export const changeIcon = (direction: 'up' | 'down' | 'flat') => CHANGE_ICONS[direction];

export const warningIcon = svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 2 1.5 13.5h13L8 2Z"></path><path d="M8 6.5v3.5M8 11.75v.5"></path></svg>`;
