import { css } from 'lit';

export const styles = css`
  :host {
    --_size: 11rem;
    --_dial-size: var(--wm-score-gauge-size, var(--_size));
    --_dial-thickness: var(--wm-score-gauge-thickness);
    --_dial-track: var(--wm-score-gauge-track-color);
    --_dial-fill: var(--wm-score-gauge-fill-color);
    --_dial-needle: var(--wm-score-gauge-needle-color);
    --_dial-target: var(--wm-score-gauge-target-color);
    --_trend: var(--wm-score-gauge-trend-color, var(--_accent));
    --_bg: var(--wm-score-gauge-background, var(--_surface));
    display: inline-block;
    vertical-align: top;
  }
  :host([size='s']) {
    --_size: 7.5rem;
  }
  :host([size='l']) {
    --_size: 15rem;
  }
  .base {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    box-sizing: border-box;
    inline-size: calc(var(--_dial-size) + 2 * var(--_space));
    max-inline-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-align: center;
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  :host([size='s']) .range {
    display: none;
  }
  .reading,
  .facts {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.125rem 0.75rem;
  }
  .band-label {
    font-weight: 600;
    color: var(--_tone);
  }
  .change,
  .low-sample {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .change.better {
    color: var(--_good);
  }
  .change.worse {
    color: var(--_critical);
  }
  .change.same,
  .facts {
    color: var(--_muted);
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .low-sample {
    padding: 0.125rem 0.5rem;
    border-inline-start: 3px solid var(--_warning);
    background: var(--_surface-alt);
    text-align: start;
  }
  .trend {
    align-self: stretch;
  }
  .trend-box {
    position: relative;
    block-size: 3rem;
  }
  .trend canvas {
    /* chart.js reads the line colour from here (see src/charts/chart.ts). */
    color: var(--_trend);
    /* Until chart.js has loaded and sized it, a canvas is 300 px wide: wider than the gauge. */
    max-inline-size: 100%;
  }
  .details {
    align-self: stretch;
    text-align: start;
    color: var(--_muted);
  }
  .details summary {
    cursor: pointer;
    inline-size: fit-content;
    margin-inline: auto;
  }
  .details p {
    margin-block-start: 0.25rem;
  }
  /* High contrast: the low-sample warning in the highlighter's colours (the
     dial's own rules are in dial.styles.ts). */
  @media (forced-colors: active) {
    .low-sample {
      border: 1px solid CanvasText;
      border-inline-start-width: 3px;
      background: Mark;
      color: MarkText;
    }
  }
`;
