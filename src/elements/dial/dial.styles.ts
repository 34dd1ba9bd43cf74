import { css } from 'lit';

/**
 * The dial's styles. An element that draws a dial adopts them and maps its
 * own tokens to the dial's private properties on its host: `--_dial-size`,
 * `--_dial-thickness`, `--_dial-track`, `--_dial-fill`, `--_dial-needle`,
 * `--_dial-target`. One left unset, or set to an unset token, takes the
 * default here. The tone classes also colour the element's text in the tone
 * of a band (`--_tone`).
 */
export const dialStyles = css`
  .gauge {
    inline-size: var(--_dial-size, 11rem);
    max-inline-size: 100%;
  }
  .dial {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .dial :is(.track, .fill, .band) {
    fill: none;
  }
  .dial :is(.track, .fill) {
    stroke-width: var(--_dial-thickness, 14px);
  }
  .dial .track {
    stroke: var(--_dial-track, var(--_surface-alt));
  }
  .dial .band {
    stroke: var(--_tone);
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
  .dial .fill {
    stroke: var(--_dial-fill, var(--_tone));
  }
  .dial .needle {
    stroke: var(--_dial-needle, var(--_text));
    stroke-width: 4px;
    stroke-linecap: round;
    /* The needle sweeps (a Web Animation) about the dial's centre (CX, CY in model.ts). */
    transform-box: view-box;
    transform-origin: 100px 100px;
  }
  .dial .target {
    stroke: var(--_dial-target, var(--_text));
    stroke-width: 2.5px;
    stroke-dasharray: 4 2.5;
  }
  .dial .value {
    /* Its font-size is an attribute, set by the length of the text. */
    fill: currentColor;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .dial .unit {
    fill: var(--_muted);
    font-size: 14px;
  }
  .dial .range {
    fill: var(--_muted);
    font-size: 13px;
  }
  /* High contrast forces text colours but not SVG fill and stroke, so the dial
     would keep its theme colours (a track as pale as the page, bands in
     colours the user's palette lacks). Draw it in system colours instead; the
     bands lose their tones, so a dash pattern per tone keeps their edges. */
  @media (forced-colors: active) {
    .dial .track {
      stroke: GrayText;
    }
    .dial .fill {
      stroke: Highlight;
    }
    .dial .band {
      stroke: CanvasText;
    }
    .dial .band.tone-critical {
      stroke-dasharray: 3 3;
    }
    .dial .band.tone-warning {
      stroke-dasharray: 9 3;
    }
    .dial .band.tone-neutral {
      stroke-dasharray: 1 4;
    }
    .dial :is(.needle, .target) {
      stroke: CanvasText;
    }
    .dial :is(.value, .unit, .range) {
      fill: CanvasText;
    }
  }
`;
