import { css } from 'lit';

/**
 * Global tokens (`--wm-*`) read into private `--_*` names, shared host rules
 * and the loading / empty / error / stale states every element renders.
 * Colours use light-dark(): the scheme follows prefers-color-scheme unless an
 * ancestor sets data-wm-theme (mirrored in the host's `theme` attribute).
 */
export const hostStyles = css`
  :host {
    --_font: var(--wm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--wm-color-text, light-dark(#1d2530, #e8ebef));
    --_muted: var(--wm-color-text-muted, light-dark(#4f5b69, #aab4c0));
    --_surface: var(--wm-color-surface, light-dark(#ffffff, #15181c));
    --_surface-alt: var(--wm-color-surface-alt, light-dark(#f2f4f7, #23272e));
    --_border: var(--wm-color-border, light-dark(#cfd5dc, #3b424b));
    --_accent: var(--wm-color-accent, light-dark(#1f55c9, #84aaff));
    --_on-accent: var(--wm-color-on-accent, light-dark(#ffffff, #0d1420));
    --_good: var(--wm-color-good, light-dark(#1b7337, #63d28e));
    --_warning: var(--wm-color-warning, light-dark(#8f5300, #f4bd5a));
    --_critical: var(--wm-color-critical, light-dark(#b3261e, #ff8f86));
    --_neutral: var(--wm-color-neutral, light-dark(#5f6b78, #9aa6b3));
    --_radius: var(--wm-radius, 0.5rem);
    --_space: var(--wm-space, 1rem);
    --_focus: var(--wm-focus-ring, 2px solid var(--_accent));
    --_duration: var(--wm-duration, 200ms);
    color-scheme: light dark;
    display: block;
    font-family: var(--_font);
    font-size: var(--wm-font-size, 0.875rem);
    line-height: 1.4;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The theme attribute mirrors the nearest data-wm-theme (see DataElement). */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  [part~='error'] {
    color: var(--_text);
    border-color: var(--_critical);
  }
  [part~='error'] p {
    margin: 0;
    flex-basis: 100%;
  }
  [part~='error'] .headline {
    font-weight: 600;
  }
  button {
    font: inherit;
    color: inherit;
  }
  /* WCAG 2.5.8: a target is at least 24 CSS px high (px: a small root font must not shrink it). */
  button,
  summary {
    min-block-size: 24px;
  }
  [part~='retry'] {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    /* One turn per four durations (800 ms by default): --wm-duration: 0s stops it. */
    animation: wm-spin calc(var(--_duration) * 4) linear infinite;
  }
  @keyframes wm-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .stale {
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.5rem;
    border-inline-start: 3px solid var(--_warning);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  /* High contrast replaces every colour with the user's palette and drops
     shadows: the spinner would become a uniform ring that turns unseen, so it
     gets a gap, and focus rings are drawn whatever --wm-focus-ring says. */
  @media (forced-colors: active) {
    .spinner {
      border-color: CanvasText;
      border-block-start-color: Canvas;
    }
    [part~='error'] {
      border-width: 2px;
    }
    :focus-visible {
      outline: 2px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
