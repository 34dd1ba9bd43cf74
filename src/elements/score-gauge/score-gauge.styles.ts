import { css } from 'lit';

export const styles = css`
  :host {
    --_thickness: var(--wm-score-gauge-thickness, 14px);
    --_track: var(--wm-score-gauge-track-color, var(--_surface-alt));
    --_needle: var(--wm-score-gauge-needle-color, var(--_text));
    --_target: var(--wm-score-gauge-target-color, var(--_text));
    --_trend: var(--wm-score-gauge-trend-color, var(--_accent));
    --_bg: var(--wm-score-gauge-background, var(--_surface));
    --_size: 11rem;
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
    inline-size: calc(var(--wm-score-gauge-size, var(--_size)) + 2 * var(--_space));
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
  .gauge {
    inline-size: var(--wm-score-gauge-size, var(--_size));
    max-inline-size: 100%;
  }
  .dial {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .track,
  .fill,
  .band {
    fill: none;
  }
  .track {
    stroke: var(--_track);
    stroke-width: var(--_thickness);
  }
  .fill {
    stroke-width: var(--_thickness);
  }
  .band {
    stroke-width: 5px;
  }
  .tone-critical {
    --_tone: var(--_critical);
  }
  .tone-warning {
    --_tone: var(--_warning);
  }
  .tone-good {
    --_tone: var(--_good);
  }
  .tone-neutral {
    --_tone: var(--_neutral);
  }
  .band {
    stroke: var(--_tone);
  }
  .fill {
    stroke: var(--wm-score-gauge-fill-color, var(--_tone));
  }
  .needle {
    stroke: var(--_needle);
    stroke-width: 4px;
    stroke-linecap: round;
    /* The needle sweeps (a Web Animation) around the dial's centre. */
    transform-box: view-box;
    transform-origin: 100px 100px;
  }
  .target {
    stroke: var(--_target);
    stroke-width: 2.5px;
    stroke-dasharray: 4 2.5;
  }
  .value {
    /* Its font-size is an attribute, set by the length of the text. */
    fill: currentColor;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    fill: var(--_muted);
    font-size: 14px;
  }
  .range {
    fill: var(--_muted);
    font-size: 13px;
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
  /* High contrast forces text colours but not SVG fill and stroke, so the dial
     would keep its theme colours (a track as pale as the page, bands in
     colours the user's palette lacks). Draw it in system colours instead; the
     bands lose their tones, so a dash pattern per tone keeps their edges. */
  @media (forced-colors: active) {
    .track {
      stroke: GrayText;
    }
    .fill {
      stroke: Highlight;
    }
    .band {
      stroke: CanvasText;
    }
    .band.tone-critical {
      stroke-dasharray: 3 3;
    }
    .band.tone-warning {
      stroke-dasharray: 9 3;
    }
    .band.tone-neutral {
      stroke-dasharray: 1 4;
    }
    .needle,
    .target {
      stroke: CanvasText;
    }
    .value,
    .unit,
    .range {
      fill: CanvasText;
    }
    .low-sample {
      border: 1px solid CanvasText;
      border-inline-start-width: 3px;
      background: Mark;
      color: MarkText;
    }
  }
`;
