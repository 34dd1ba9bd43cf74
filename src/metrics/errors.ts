/**
 * Thrown by every function in `waymark/metrics` for input it cannot score:
 * no answers, an answer off the scale, a weight below zero, a range with no
 * width. The message says what was wrong in plain words, so an element can
 * show it as is. A `RangeError` because the input is of the right type but
 * outside what the function accepts.
 */
export class MetricError extends RangeError {
  override name = 'MetricError';
}

/** How a bad input reads in a message: strings quoted, so `"7"` is not mistaken for 7. */
export const show = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v) : String(v);

/** Throws unless `v` is a finite number; `what` names it in the message. */
export function finite(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new MetricError(`${what} is ${show(v)}; it must be a finite number`);
  }
  return v;
}
