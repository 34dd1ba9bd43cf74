import { css } from 'lit';

export const styles = css`
  :host {
    --_max: var(--wm-maturity-scan-max-width, 48rem);
    --_chosen: var(--wm-maturity-scan-option-color, var(--_accent));
    --_bg: var(--wm-maturity-scan-background, var(--_surface));
    --_chart-height: var(--wm-maturity-scan-chart-height, 18rem);
    container-type: inline-size;
    max-inline-size: var(--_max);
  }
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  h2,
  h3,
  h4,
  h5 {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: 1.25em;
  }
  p {
    margin: 0.5rem 0;
  }
  .intro,
  .autosave,
  .step,
  .description,
  .help,
  .count,
  .partial,
  .n,
  .missing-text {
    color: var(--_muted);
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .progress-row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0.75rem 0 1rem;
  }
  .progress {
    flex: 1;
    block-size: 0.5rem;
    overflow: hidden;
    border-radius: 999px;
    background: var(--_surface-alt);
  }
  /* An SVG rect, not a styled span: its width is an attribute, so a strict
     CSP (no style attributes) still draws the bar on first render. */
  .fill {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    fill: var(--_accent);
  }
  :dir(rtl) .fill {
    transform: scaleX(-1);
  }
  .step {
    margin: 0;
    font-size: 0.875em;
  }
  .page + .page {
    margin-block-start: 1.5rem;
  }
  .page-title {
    font-size: 1.125em;
  }
  /* Headings take focus on page changes for screen readers; a ring there would look like a control. */
  [tabindex='-1']:focus {
    outline: none;
  }
  .question {
    margin: 1rem 0 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .question[aria-invalid='true'] {
    border-color: var(--_critical);
    border-inline-start-width: 4px;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .options {
    display: grid;
    grid-auto-columns: minmax(0, 1fr);
    grid-auto-flow: column;
    gap: 0.375rem;
    margin-block-start: 0.5rem;
  }
  .option {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    padding: 0.5rem 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    cursor: pointer;
    transition-property: background-color, border-color, box-shadow;
    transition-duration: var(--_duration);
  }
  .option:hover {
    background: var(--_surface-alt);
  }
  .option:has(:checked) {
    border-color: var(--_chosen);
    box-shadow: inset 0 0 0 1px var(--_chosen);
    background: var(--_surface-alt);
  }
  .option.na {
    border-style: dashed;
  }
  input {
    margin: 0;
    accent-color: var(--_chosen);
  }
  fieldset:disabled .option {
    cursor: default;
    opacity: 0.6;
  }
  /* Narrow containers: one option per row, the radio before its label. */
  @container (max-width: 30rem) {
    .options {
      grid-auto-flow: row;
    }
    .option {
      flex-direction: row;
      text-align: start;
    }
  }
  .question-error {
    margin: 0.5rem 0 0;
    color: var(--_critical);
    font-weight: 600;
  }
  .validation {
    margin-block-start: 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_critical);
    border-radius: var(--_radius);
  }
  .validation ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .nav {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  .primary,
  .secondary {
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  /* High contrast forces borders to one colour and drops backgrounds and
     shadows, which is all that marks the chosen option: give it the system
     selection colours, ring the option whose radio has focus (its own ring
     would vanish on Highlight), and draw the progress bar with a border.
     No fade: its text swaps to HighlightText at once, and over a background
     still on its way to Highlight it would be unreadable for a moment. */
  @media (forced-colors: active) {
    .option {
      transition: none;
    }
    .option:has(:checked) {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .option:has(:focus-visible) {
      outline: 2px solid CanvasText;
      outline-offset: 2px;
    }
    fieldset:disabled .option,
    button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    .progress {
      border: 1px solid CanvasText;
    }
    .fill {
      fill: Highlight;
    }
    .link {
      color: LinkText;
    }
  }
  /* Print: the questions with their answers, or the result, without the
     buttons (Back, Next and the result's Retry, Download and Start again are
     .nav or .secondary). */
  @media print {
    .nav,
    .secondary {
      display: none;
    }
    .question,
    .dimensions {
      break-inside: avoid;
    }
  }
`;
