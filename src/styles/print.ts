import { css } from 'lit';

/**
 * Print rules every element shares (after `hostStyles`): the light theme whatever
 * `data-wm-theme` says, backgrounds printed (markers, bars and swatches are
 * backgrounds, which browsers drop by default), and no interactive chrome:
 * focus rings, Retry, spinners, disclosure markers. Closed disclosures are
 * opened for the print by `watchPrint`.
 */
export const printStyles = css`
  @media print {
    /* Paper is white: the neutrals are the light theme's even where the page
       set dark --wm-color-* values (light text would vanish on paper). The
       accent and status colours stay the page's. */
    :host {
      --_text: #1d2530;
      --_muted: #4f5b69;
      --_surface: #fff;
      --_surface-alt: #f2f4f7;
      --_border: #cfd5dc;
      color-scheme: light !important;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    :focus-visible {
      outline: none !important;
    }
    [part~='retry'],
    .spinner {
      display: none !important;
    }
    summary {
      list-style: none;
      cursor: auto;
    }
    summary::-webkit-details-marker {
      display: none;
    }
  }
`;

/**
 * Calls `fn(true)` when the page starts printing and `fn(false)` when it is
 * done. Browsers differ in what they fire: Firefox and WebKit fire
 * `beforeprint` before laying the page out for print; Chromium's print
 * preview and its print emulation switch the `print` media query, with the
 * print layout already in force (so a canvas can measure the page width).
 * Both may come, so `fn` is called again with the same value: it must be
 * idempotent.
 */
export function watchPrint(fn: (on: boolean) => void): void {
  const mq = matchMedia('print');
  mq.addEventListener('change', () => fn(mq.matches));
  addEventListener('beforeprint', () => fn(true));
  addEventListener('afterprint', () => fn(false));
}
