import { css } from 'lit';

// Row heights match ROW in layout.ts: the canvas draws those rows, these label them.
export const styles = css`
  :host {
    --_label: var(--wm-touchpoint-timeline-label-width, 7.5rem);
    --_list: var(--wm-touchpoint-timeline-list-height, 24rem);
    --_bg: var(--wm-touchpoint-timeline-background, var(--_surface));
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .chips,
  .zoom,
  .downloads,
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .views {
    margin-inline-start: auto;
  }
  .toolbar button,
  .close {
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .toolbar button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  .toolbar [aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* Off chips are struck through: the state is not told by colour alone. */
  .chip[aria-pressed='false'] {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .chip .count {
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
  }
  .range,
  .keys,
  .loading-more {
    margin: 0;
    color: var(--_muted);
  }
  .loading-more {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .page-error {
    padding: 0.5rem 0.75rem;
  }
  .chart {
    display: grid;
    grid-template-columns: var(--_label) minmax(0, 1fr);
  }
  .labels {
    display: flex;
    flex-direction: column;
    padding-inline-end: 0.5rem;
    border-inline-end: 1px solid var(--_border);
  }
  .label {
    display: flex;
    align-items: center;
    block-size: 36px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .label.curve {
    justify-content: space-between;
    block-size: 56px;
    color: var(--_muted);
  }
  .label.bands {
    block-size: 20px;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .scale {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    block-size: 44px;
    line-height: 1;
  }
  .plot {
    position: relative;
    min-inline-size: 0;
    /* Vertical swipes still scroll the page; horizontal drags and pinches are ours. */
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }
  .plot:focus-visible {
    outline-offset: 0;
  }
  canvas {
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .glyph {
    flex: none;
    inline-size: 16px;
    block-size: 16px;
    color: var(--_neutral);
  }
  .glyph .fill {
    fill: currentColor;
    stroke: var(--_text);
    stroke-width: 1;
  }
  .glyph .ring {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .glyph .friction {
    fill: var(--_warning);
    stroke: var(--_text);
    stroke-width: 1;
  }
  .ramp {
    inline-size: 3rem;
    block-size: 0.625rem;
    border: 1px solid var(--_text);
    background: linear-gradient(to right, var(--_critical), var(--_neutral), var(--_good));
  }
  :dir(rtl) .ramp {
    background: linear-gradient(to left, var(--_critical), var(--_neutral), var(--_good));
  }
  .curve-key {
    inline-size: 1.5rem;
    block-size: 0;
    border-block-start: 2px solid var(--_text);
  }
  .swatches {
    display: none;
  }
  .swatch.text { color: var(--_text); }
  .swatch.muted { color: var(--_muted); }
  .swatch.surface { color: var(--_bg); }
  .swatch.surface-alt { color: var(--_surface-alt); }
  .swatch.border { color: var(--_border); }
  .swatch.accent { color: var(--_accent); }
  .swatch.good { color: var(--_good); }
  .swatch.warning { color: var(--_warning); }
  .swatch.critical { color: var(--_critical); }
  .swatch.neutral { color: var(--_neutral); }
  /* High contrast would force every swatch to CanvasText, and the canvas
     (which reads them) would fill its stage bands with it, hiding every mark.
     Map the tokens to system colours instead. Sentiment cannot be a colour
     any more (it stays in words: the list, the canvas's text alternative, the
     detail), so marks are CanvasText, told apart by shape: a filled dot, a
     ring, a star, a triangle for friction; selection is Highlight. */
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
    .swatch.text,
    .swatch.good,
    .swatch.critical,
    .swatch.neutral { color: CanvasText; }
    .swatch.muted,
    .swatch.border { color: GrayText; }
    .swatch.surface,
    .swatch.surface-alt { color: Canvas; }
    .swatch.accent { color: Highlight; }
    .swatch.warning { color: Mark; }
    .glyph .fill {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .glyph .ring {
      fill: Canvas;
      stroke: CanvasText;
    }
    .glyph .friction {
      fill: Mark;
      stroke: CanvasText;
    }
    .legend li:has(.ramp) {
      display: none;
    }
    .toolbar [aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .toolbar button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
  /* Print: the plot alone (drawn over the whole from–to range, see plot.ts),
     lane names wrapped rather than cut, and none of the controls. */
  @media print {
    .toolbar,
    .keys,
    .close,
    .loading-more {
      display: none;
    }
    .label {
      overflow: visible;
      white-space: normal;
      line-height: 1.1;
    }
    canvas {
      inline-size: 100% !important;
      block-size: auto !important;
    }
    .chart,
    .legend {
      break-inside: avoid;
    }
  }
`;
