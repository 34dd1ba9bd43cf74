import { css } from 'lit';

/** The result view: level, score, save status, radar chart, table, strengths, gaps and advice. */
export const resultStyles = css`
  .result-title {
    margin-block-start: 0.5rem;
    font-size: 1.125em;
  }
  .level {
    margin: 0.5rem 0 0;
    font-size: 1.25em;
  }
  .level-name {
    color: var(--_accent);
  }
  .score {
    margin-block-start: 0.25rem;
    font-weight: 600;
  }
  .save-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .save-status p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .save-status.saved,
  .save-status.local {
    border-color: var(--_good);
  }
  .save-status.retrying,
  .save-status.offline {
    border-color: var(--_warning);
  }
  .save-status.failed {
    border-color: var(--_critical);
  }
  .dimensions {
    display: grid;
    /* One column below 20rem: on a 320 px screen the track would be wider than the scan. */
    grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr));
    gap: 1rem;
    align-items: center;
    margin-block: 1rem;
  }
  /* chart.js draws the series in the canvas's colour and labels and grid in the box's (src/charts/chart.ts). */
  .chart {
    position: relative;
    block-size: var(--_chart-height);
    min-inline-size: 0;
    color: var(--_text);
  }
  .chart canvas {
    color: var(--_accent);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  h4 {
    margin-block-start: 1rem;
  }
  h5 {
    margin-block-start: 0.75rem;
    font-size: 1em;
  }
  ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  [part~='restart'] {
    margin-block-start: 1.25rem;
  }
`;
