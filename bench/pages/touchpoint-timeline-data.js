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
 * The 40 input steps, each one change a user makes on the plot, of the four
 * kinds the element takes: eight ctrl + wheel zooms in (x0.61 each, two
 * years down to about two weeks), eight steps of one mouse drag (60 px to the
 * left each), eight steps of one two-finger pinch (one finger moving out 20
 * px at a time: zooms in to 0.43), eight horizontal wheel pans of 80 px, then
 * four "-" keys (zoom out x2 about the middle) and four PageDown keys (pan by
 * half the width). `x` is a share of the plot's width.
 */
export const STEPS = [
  ...Array.from({ length: 8 }, (_, i) => ({ kind: 'wheel', ctrlKey: true, deltaY: -100, x: 0.3 + i * 0.02 })),
  ...Array.from({ length: 8 }, (_, i) => ({ kind: 'drag', x: 0.7, dx: -60 * (i + 1), down: i === 0, up: i === 7 })),
  ...Array.from({ length: 8 }, (_, i) => ({ kind: 'pinch', x: 0.5, spread: 120 + 20 * (i + 1), down: i === 0, up: i === 7 })),
  ...Array.from({ length: 8 }, () => ({ kind: 'wheel', deltaX: 80, x: 0.5 })),
  ...['-', '-', '-', '-', 'PageDown', 'PageDown', 'PageDown', 'PageDown'].map((key) => ({ kind: 'key', key })),
];

const pointer = (plot, type, init) => plot.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }));

/**
 * Dispatches step `s` on `plot` as the browser would deliver the input: wheel
 * events, pointer events (a mouse drag's move, with its press before the
 * first and its release after the last; a pinch moves its second finger
 * while the first stays), or a key press.
 */
export function input(plot, s) {
  const r = plot.getBoundingClientRect();
  const x = r.left + s.x * r.width;
  const y = r.top + r.height / 2;
  if (s.kind === 'wheel') {
    plot.dispatchEvent(new WheelEvent('wheel', {
      bubbles: true, cancelable: true, composed: true, ctrlKey: !!s.ctrlKey, deltaX: s.deltaX ?? 0, deltaY: s.deltaY ?? 0, clientX: x, clientY: y,
    }));
  } else if (s.kind === 'drag') {
    const mouse = { pointerId: 1, pointerType: 'mouse', isPrimary: true, clientY: y };
    if (s.down) pointer(plot, 'pointerdown', { ...mouse, clientX: x, buttons: 1 });
    pointer(plot, 'pointermove', { ...mouse, clientX: x + s.dx, buttons: 1 });
    if (s.up) pointer(plot, 'pointerup', { ...mouse, clientX: x + s.dx });
  } else if (s.kind === 'pinch') {
    const a = { pointerId: 11, pointerType: 'touch', isPrimary: true, clientY: y };
    const b = { pointerId: 12, pointerType: 'touch', isPrimary: false, clientY: y };
    if (s.down) {
      pointer(plot, 'pointerdown', { ...a, clientX: x - 60 });
      pointer(plot, 'pointerdown', { ...b, clientX: x + 60 });
    }
    pointer(plot, 'pointermove', { ...b, clientX: x - 60 + s.spread });
    if (s.up) {
      pointer(plot, 'pointerup', { ...b, clientX: x - 60 + s.spread });
      pointer(plot, 'pointerup', { ...a, clientX: x - 60 });
    }
  } else {
    plot.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, key: s.key }));
  }
}
