import { css } from 'lit';

export const styles = css`
  :host {
    --_col: var(--wm-journey-map-column-width, 9rem);
    --_lane: var(--wm-journey-map-lane-width, 8rem);
    --_curve: var(--wm-journey-map-curve-height, 4rem);
    --_pain: var(--wm-journey-map-pain-color, var(--_critical));
    --_gain: var(--wm-journey-map-gain-color, var(--_good));
    --_idea: var(--wm-journey-map-idea-color, var(--_accent));
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* Beside the title, at the end of the line. */
  .toolbar {
    float: inline-end;
    margin-inline-start: 0.5rem;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .downloads button {
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .title p {
    margin: 0 0 0.25rem;
  }
  .name {
    font-weight: 600;
    font-size: 1.1em;
  }
  .description,
  .persona {
    color: var(--_muted);
  }
  .scroller {
    overflow-x: auto;
    margin-block-start: 0.5rem;
  }
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.375rem 0.5rem;
    vertical-align: top;
    text-align: start;
    min-inline-size: var(--_col);
  }
  thead th {
    background: var(--_surface-alt);
    font-weight: 600;
  }
  [part~='stage'] {
    text-align: center;
  }
  .column-name,
  .column-description {
    display: block;
  }
  .column-description {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .corner,
  .lane-header {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: var(--_lane);
    min-inline-size: var(--_lane);
    background: var(--_surface-alt);
  }
  .lane-header {
    font-weight: 600;
  }
  .stage-start {
    border-inline-start-width: 3px;
  }
  [part~='selected'] {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  :host([selectable]) td {
    cursor: pointer;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .notes li + li,
  .metrics li + li {
    margin-block-start: 0.375rem;
  }
  .tone {
    display: inline-flex;
    align-items: center;
    gap: 0.2rem;
    margin-inline-end: 0.25rem;
    font-weight: 600;
    font-size: 0.85em;
  }
  .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  /* A tone's colour (--_tone, set per tone and band) on its note's
     edge and label, and on a metric's band swatch; ideas have a dashed edge. */
  .note.pain { --_tone: var(--_pain); }
  .note.gain { --_tone: var(--_gain); }
  .note.idea { --_tone: var(--_idea); }
  .metric.good { --_tone: var(--_good); }
  .metric.warning { --_tone: var(--_warning); }
  .metric.critical { --_tone: var(--_critical); }
  .note.pain,
  .note.gain,
  .note.idea {
    border-inline-start: 3px solid var(--_tone);
    padding-inline-start: 0.375rem;
  }
  .note.idea {
    border-inline-start-style: dashed;
  }
  .tone {
    color: var(--_tone);
  }
  a {
    color: var(--_accent);
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .metric span {
    display: block;
  }
  .metric-value {
    font-weight: 600;
    font-size: 1.1em;
  }
  .band,
  .change,
  .biggest-drop {
    display: flex !important;
    align-items: center;
    gap: 0.25rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_tone, var(--_neutral));
  }
  .change {
    color: var(--_muted);
    font-size: 0.9em;
  }
  tr.emotion td {
    padding-inline: 0;
  }
  .curve {
    display: block;
    inline-size: 100%;
    block-size: var(--_curve);
    overflow: visible;
  }
  .curve:dir(rtl) {
    transform: scaleX(-1);
  }
  .curve path,
  .sample path {
    fill: none;
    stroke-width: 2.5;
    vector-effect: non-scaling-stroke;
  }
  .curve .zero {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .curve .point {
    stroke-width: 9;
    stroke-linecap: round;
  }
  /* Series colours (each also has its own dash pattern). */
  .s0 { stroke: var(--_accent); }
  .s1 { stroke: var(--_warning); }
  .s2 { stroke: var(--_good); }
  .s3 { stroke: var(--_critical); }
  .s4 { stroke: var(--_neutral); }
  .legend {
    margin-block-start: 0.25rem;
    font-weight: 400;
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .funnel > span {
    display: block;
  }
  .reached {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .flow {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    background: var(--_surface-alt);
    margin-block-end: 0.25rem;
  }
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }
  .bar rect {
    fill: var(--_accent);
  }
  /* No more specific than the forced-colours rule below, which must win. */
  .biggest rect {
    fill: var(--_critical);
  }
  .biggest-drop {
    color: var(--_critical);
    font-weight: 600;
    font-size: 0.9em;
  }
  .funnel.biggest {
    outline: 2px dashed var(--_critical);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .curve path,
    .sample path,
    .icon {
      stroke: CanvasText;
    }
    .curve .zero {
      stroke: GrayText;
    }
    .bar {
      border: 1px solid CanvasText;
    }
    .bar rect,
    .swatch {
      fill: CanvasText;
      background: CanvasText;
    }
    .funnel.biggest {
      outline-color: CanvasText;
    }
    /* A double line: the selected cell stays told apart from the focus ring (2px solid). */
    [part~='selected'] {
      outline: 5px double Highlight;
      outline-offset: -5px;
    }
    .corner,
    .lane-header {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
    .base {
      border: none;
      padding: 0;
    }
    .scroller {
      overflow: visible;
    }
    .corner,
    .lane-header {
      position: static;
    }
    /* One table per stage (see renderTable): kept whole on a page. */
    table {
      break-inside: avoid;
      margin-block-end: 1rem;
    }
  }
`;
