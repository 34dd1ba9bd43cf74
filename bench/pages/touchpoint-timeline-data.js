// What both touchpoint-timeline pages load and do: N touchpoints (?n=, default
// 10,000) over two years across six channels, served page by page by the
// seeded generator (fixtures/touchpoints.js) as a server would: each page is
// made on request, so neither page holds a copy of the source data.
import { touchpointAdapter } from '/fixtures/touchpoints.js';

export const COUNT = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
export const FROM = '2024-01-01T00:00:00.000Z';
export const TO = '2026-01-01T00:00:00.000Z';
export const CHANNELS = ['web', 'email', 'app', 'chat', 'phone', 'store'];
/** Page size both pages ask for after the first (the element asks 1,000 first, then 5,000). */
export const PAGE = 5000;

export const source = () => touchpointAdapter({ count: COUNT, from: FROM, to: TO, channels: CHANNELS, seed: 2 });

/**
 * The 30 zoom and pan steps, each one input event on the plot: ten ctrl +
 * wheel zooms in (x0.61 each, two years down to about five days), ten
 * horizontal wheel pans of 80 px, ten zooms out. `x` is the pointer's
 * share of the plot's width.
 */
export const STEPS = [
  ...Array.from({ length: 10 }, (_, i) => ({ ctrlKey: true, deltaY: -100, x: 0.3 + i * 0.02 })),
  ...Array.from({ length: 10 }, () => ({ deltaX: 80, x: 0.5 })),
  ...Array.from({ length: 10 }, (_, i) => ({ ctrlKey: true, deltaY: 100, x: 0.6 - i * 0.02 })),
];

/** Dispatches step `s` on `plot` as a real wheel event would arrive. */
export function wheel(plot, s) {
  const r = plot.getBoundingClientRect();
  plot.dispatchEvent(new WheelEvent('wheel', {
    bubbles: true, cancelable: true, composed: true, ctrlKey: !!s.ctrlKey,
    deltaX: s.deltaX ?? 0, deltaY: s.deltaY ?? 0, clientX: r.left + s.x * r.width, clientY: r.top + r.height / 2,
  }));
}
