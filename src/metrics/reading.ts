import type { Band, Metric } from '../data/schema.js';
import { MetricError, finite, show } from './errors.js';
import { kindDefaults } from './kinds.js';

/** The change from the previous period to this one, from {@link change}. */
export interface Change {
  /** `value − previous`. */
  delta: number;
  /** `'flat'` when the change is below 1e-9 either way. */
  direction: 'up' | 'down' | 'flat';
  /** `delta / |previous|` (0.1 is 10 %); absent when `previous` is 0. */
  relative?: number;
}

/** Changes smaller than this are float noise, not movement. */
const FLAT = 1e-9;

/**
 * The metric's range: its own `min` and `max`, each falling back to its
 * kind's default from {@link KIND_DEFAULTS}.
 *
 * @throws {MetricError} for an unknown kind, or a range whose min is not below its max.
 */
export function metricRange(m: Pick<Metric, 'kind' | 'min' | 'max'>): { min: number; max: number } {
  const d = kindDefaults(m.kind);
  const min = finite(m.min ?? d.min, 'the range minimum');
  const max = finite(m.max ?? d.max, 'the range maximum');
  if (!(min < max)) {
    throw new MetricError(`the range runs from ${min} to ${max}; its minimum must be below its maximum`);
  }
  return { min, max };
}

/**
 * Where the metric's value sits in its range ({@link metricRange}), as 0 (at
 * min) to 100 (at max), clamped. With `higherIsBetter` false it is inverted,
 * so 100 always means best.
 *
 * @throws {MetricError} for a value that is not finite, or a bad range.
 */
export function normalise(
  m: Pick<Metric, 'kind' | 'value' | 'min' | 'max'>,
  higherIsBetter = true,
): number {
  const value = finite(m.value, 'the metric value');
  const { min, max } = metricRange(m);
  // Halved, because max − min overflows to Infinity for ranges near ±Number.MAX_VALUE.
  const t = (value / 2 - min / 2) / (max / 2 - min / 2);
  const at = Math.min(100, Math.max(0, t * 100));
  return higherIsBetter ? at : 100 - at;
}

/**
 * The band a value falls in. The rule: a band holds the values from the
 * previous band's `upTo` (inclusive) up to its own `upTo` (exclusive), so
 * `upTo: 40` means "below 40" and 40 itself belongs to the next band. The
 * first band also takes everything below it, the last everything from its
 * `upTo` up. Bands are read in ascending `upTo` order whatever order they
 * come in (the list is not changed); of bands with equal `upTo`, the first listed wins.
 *
 * @example band(40, KIND_DEFAULTS.health.bands)?.label // "Needs attention"
 * @returns undefined for an empty list or a NaN value.
 * @throws {MetricError} for a band whose `upTo` is NaN.
 */
export function band(value: number, bands: readonly Band[]): Band | undefined {
  if (bands.length === 0 || Number.isNaN(value)) return undefined;
  bands.forEach((b, i) => {
    if (Number.isNaN(b.upTo)) throw new MetricError(`band ${i} has upTo ${show(b.upTo)}; it must be a number`);
  });
  // Array.prototype.sort is stable, which is what makes "first listed wins" hold.
  const sorted = [...bands].sort((a, b) => a.upTo - b.upTo);
  return sorted.find((b) => value < b.upTo) ?? sorted[sorted.length - 1];
}

/**
 * The change from `previous` to `value`: the difference, its direction, and,
 * when `previous` is not 0, the difference relative to it.
 *
 * @example change(55, 50) // { delta: 5, direction: 'up', relative: 0.1 }
 * @returns undefined when there is no previous value.
 * @throws {MetricError} for a value or previous value that is not finite, or
 *   a difference too large to represent.
 */
export function change(value: number, previous?: number): Change | undefined {
  if (previous === undefined) return undefined;
  finite(value, 'the value');
  finite(previous, 'the previous value');
  const delta = value - previous;
  if (!Number.isFinite(delta)) {
    throw new MetricError(`the change from ${previous} to ${value} is too large to represent`);
  }
  const direction = Math.abs(delta) < FLAT ? 'flat' : delta > 0 ? 'up' : 'down';
  const result: Change = { delta, direction };
  if (previous !== 0) {
    const relative = delta / Math.abs(previous);
    // A previous value a hair above 0 can overflow the ratio; no ratio beats Infinity.
    if (Number.isFinite(relative)) result.relative = relative;
  }
  return result;
}
