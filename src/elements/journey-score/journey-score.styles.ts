import { css } from 'lit';

export const styles = css`
  :host {
    --_dial-size: var(--wm-journey-score-size);
    --_dial-thickness: var(--wm-journey-score-thickness);
    --_dial-track: var(--wm-journey-score-track-color);
    --_dial-fill: var(--wm-journey-score-fill-color);
    --_dial-needle: var(--wm-journey-score-needle-color);
    /* The composite has no target, so no token for one: the dial's own default. */
    --_dial-target: var(--_text);
    --_bar: var(--wm-journey-score-bar-color, var(--_accent));
    --_worst: var(--wm-journey-score-worst-color, var(--_warning));
  }
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    margin-block: 0.5rem;
  }
  .summary-text {
    flex: 1 1 14rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .band-label {
    align-self: flex-start;
    font-weight: 600;
    color: var(--_tone);
  }
  .worst {
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_worst);
    background: var(--_surface-alt);
  }
  .components {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) auto minmax(6rem, 2fr);
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .component {
    display: contents;
  }
  .name {
    font-weight: 600;
  }
  .value {
    text-align: end;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    align-self: center;
    inline-size: 100%;
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  :dir(rtl) .bar {
    transform: scaleX(-1);
  }
  .bar-fill {
    fill: var(--_bar);
  }
  .breakdown {
    grid-column: 1 / -1;
    margin-block-end: 0.5rem;
    color: var(--_muted);
  }
  /* High contrast drops the bar's background and inset shadow and leaves SVG
     fills alone: outline the track and fill the bar with a system colour. */
  @media (forced-colors: active) {
    .bar {
      box-sizing: border-box;
      border: 1px solid CanvasText;
    }
    .bar-fill {
      fill: Highlight;
    }
  }
`;
