import { css } from 'lit';

export const styles = css`
  :host {
    --_marker: var(--wm-stage-tracker-marker-size, 1.75rem);
    --_line: var(--wm-stage-tracker-connector-width, 2px);
    --_done: var(--wm-stage-tracker-done-color, var(--_good));
    --_current: var(--wm-stage-tracker-current-color, var(--_accent));
    --_risk: var(--wm-stage-tracker-risk-color, var(--_critical));
    --_bg: var(--wm-stage-tracker-background, var(--_surface));
  }
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
  }
  .name {
    font-weight: 600;
  }
  .summary,
  .status,
  .timing,
  .when,
  .pct {
    color: var(--_muted);
  }
  ol {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stage {
    position: relative;
    flex: 1 1 0;
    min-inline-size: 0;
  }
  .cell {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0 0.25rem;
    text-align: center;
  }
  .stage-button {
    border: 0;
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .stage-button:hover .label {
    text-decoration: underline;
  }
  .selected .label,
  [aria-pressed='true'] .label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  /* Not in compact trackers, where the words are .sr-only. */
  .base:not(.compact) .text {
    display: flex;
    flex-direction: column;
    align-items: inherit;
    gap: 0.125rem;
    inline-size: 100%;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .label {
    font-weight: 600;
  }
  .marker {
    position: relative;
    z-index: 1;
    display: grid;
    flex: none;
    place-items: center;
    box-sizing: border-box;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_muted);
  }
  .marker svg {
    inline-size: 75%;
    block-size: 75%;
  }
  .done .marker {
    border-color: var(--_done);
    background: var(--_done);
    color: var(--_bg);
  }
  .current .marker {
    border-color: var(--_current);
    color: var(--_current);
  }
  .blocked .marker,
  .at-risk .marker {
    border-color: var(--_risk);
    color: var(--_risk);
  }
  .skipped .marker {
    border-style: dashed;
  }
  .skipped .label {
    text-decoration: line-through;
  }
  .connector {
    position: absolute;
    inset-block-start: calc(var(--_marker) / 2 - var(--_line) / 2);
    inset-inline-start: calc(50% + var(--_marker) / 2);
    inline-size: calc(100% - var(--_marker));
    block-size: var(--_line);
    background: var(--_border);
  }
  .done .connector {
    background: var(--_done);
  }
  .stage:last-child .connector {
    display: none;
  }
  .risk {
    color: var(--_risk);
    font-weight: 600;
  }
  .progress-row {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    inline-size: 100%;
    max-inline-size: 10rem;
  }
  .progress {
    flex: 1;
    block-size: 0.375rem;
    overflow: hidden;
    border-radius: 999px;
    background: var(--_surface-alt);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  /* An SVG rect, not a styled span: its width is an attribute, so a strict
     CSP (no style attributes) still draws the bar on first render. */
  .fill {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    fill: var(--_current);
  }
  :dir(rtl) .fill {
    transform: scaleX(-1);
  }
  .at-risk .fill,
  .blocked .fill {
    fill: var(--_risk);
  }

  .vertical ol {
    flex-direction: column;
  }
  .vertical .cell {
    flex-direction: row;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 0 0 1rem;
    text-align: start;
  }
  .vertical .text {
    align-items: flex-start;
    padding-block-start: 0.2rem;
  }
  .vertical .connector {
    inset-block-start: var(--_marker);
    inset-inline-start: calc(var(--_marker) / 2 - var(--_line) / 2);
    inline-size: var(--_line);
    block-size: calc(100% - var(--_marker));
  }

  .compact {
    --_marker: var(--wm-stage-tracker-marker-size, 1.25rem);
  }
  .compact-detail {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0.25rem;
  }
  .compact .title {
    margin-block-end: 0.5rem;
  }

  .milestones {
    margin-block-start: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .milestones-title,
  summary {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    margin-block-start: 0.5rem;
  }
  .checklist {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .milestone {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.375rem;
    padding-block: 0.125rem;
  }
  .milestone svg {
    flex: none;
    align-self: center;
    color: var(--_muted);
  }
  .milestone.done svg {
    color: var(--_done);
  }
  .milestone.overdue .when {
    color: var(--_risk);
  }
  .next-step {
    margin: 1rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_current);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_surface-alt);
  }
  .compact .next-step {
    margin-block-start: 0.5rem;
  }
  /* Windows High Contrast drops backgrounds and shadows: draw lines and
     bars with system colours so the connectors and the progress track stay. */
  @media (forced-colors: active) {
    .connector,
    .done .connector {
      background: CanvasText;
    }
    .progress {
      border: 1px solid CanvasText;
    }
    .fill,
    .at-risk .fill,
    .blocked .fill {
      fill: Highlight;
    }
  }
  @media print {
    .milestone,
    .other-milestones {
      break-inside: avoid;
    }
  }
`;
