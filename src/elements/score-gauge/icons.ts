import { svg } from 'lit';

const icon = (body: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${body}</svg>`;

/** An arrow per direction of change; the words beside it say the same, so colour is never alone. */
export const changeIcon = (direction: 'up' | 'down' | 'flat') =>
  direction === 'up'
    ? icon(svg`<path d="M8 13V3M3.5 7.5 8 3l4.5 4.5"></path>`)
    : direction === 'down'
      ? icon(svg`<path d="M8 3v10M3.5 8.5 8 13l4.5-4.5"></path>`)
      : icon(svg`<path d="M3 8h10"></path>`);

export const warningIcon = icon(svg`<path d="M8 2 1.5 13.5h13L8 2Z"></path><path d="M8 6.5v3.5M8 11.75v.5"></path>`);
