import { css } from 'lit';

/** The list view's rows and the selected touchpoint's card. */
export const listStyles = css`
  .list {
    block-size: var(--_list);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .day {
    inline-size: 100%;
    padding: 0.5rem 0.75rem 0.25rem;
    box-sizing: border-box;
    background: var(--_surface-alt);
  }
  .day-title {
    margin: 0;
    font-size: 0.875rem;
  }
  .day-count {
    font-weight: 400;
    color: var(--_muted);
  }
  .row {
    inline-size: 100%;
  }
  .item {
    display: grid;
    grid-template-columns: 16px 4.5rem minmax(0, 1fr);
    align-items: center;
    gap: 0.125rem 0.5rem;
    inline-size: 100%;
    padding: 0.375rem 0.75rem;
    border: 0;
    border-block-end: 1px solid var(--_border);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .item:hover .title,
  .item[aria-pressed='true'] .title {
    text-decoration: underline;
  }
  .item[aria-pressed='true'] {
    padding-inline-start: calc(0.75rem - 4px);
    border-inline-start: 4px solid var(--_accent);
  }
  .item:focus-visible {
    outline-offset: -2px;
  }
  .item .meta,
  .item .badge {
    grid-column: 3;
  }
  .time,
  .meta {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    justify-self: start;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.75rem;
  }
  .badge .glyph {
    inline-size: 12px;
    block-size: 12px;
  }
  .s-neg2 .glyph {
    color: var(--_critical);
  }
  .s-neg1 .glyph {
    color: color-mix(in srgb, var(--_critical) 60%, var(--_neutral));
  }
  .s-pos1 .glyph {
    color: color-mix(in srgb, var(--_good) 60%, var(--_neutral));
  }
  .s-pos2 .glyph {
    color: var(--_good);
  }
  .s-none .glyph {
    color: var(--_surface-alt);
  }
  .detail {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }
  .detail-title {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.125rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .detail-text {
    margin: 0.5rem 0 0;
  }
  /* High contrast forces borders to one colour: keep the selected row's bar
     in the selection colour. (The glyphs' colours are in the element's styles.) */
  @media (forced-colors: active) {
    .item[aria-pressed='true'] {
      border-inline-start-color: Highlight;
    }
  }
  @media print {
    .list {
      block-size: auto;
      border: 0;
    }
    .day {
      break-after: avoid;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
