import type { Metric, ScoreComponent } from '../data/schema.js';
import { MetricError, finite, show } from './errors.js';
import { kindDefaults } from './kinds.js';
import { normalise } from './reading.js';

/** One input to {@link healthScore}. */
export interface HealthComponent {
  /** The component's score, 0–100. */
  value: number;
  /** Its weight, 0 or more. Default 1. */
  weight?: number;
  /** A name for error messages, e.g. "usage". */
  name?: string;
}

/** One component's part in a {@link JourneyScoreResult}. */
export interface JourneyScorePart {
  metric: Metric;
  /** The weight used: from `weights` when it names this metric, else the component's. */
  weight: number;
  /** `weight / total weight`, 0–1. */
  share: number;
  /** The metric's value as 0–100, where 100 is best (see {@link normalise}). */
  normalised: number;
  /** `normalised × share`: the points this part adds to the score. */
  contribution: number;
}

/** The result of {@link journeyScore}. */
export interface JourneyScoreResult {
  /** The sum of the contributions, 0–100. */
  score: number;
  /** One per component, in the order given. */
  parts: JourneyScorePart[];
  /**
   * The part that costs the score most: the largest `(100 − normalised) × share`,
   * the first on a tie. Absent when no part costs anything.
   */
  worst?: JourneyScorePart;
}

const JOURNEY_NEEDS = 'Journey score needs at least one component with a weight above 0';

const clamp100 = (v: number) => Math.min(100, Math.max(0, v));

/**
 * Turns weights into shares of their total. The weights are first divided by
 * the largest, because summing weights near Number.MAX_VALUE would overflow
 * to Infinity and make every share 0.
 */
function shares(weights: readonly number[]): number[] | undefined {
  const largest = Math.max(0, ...weights);
  if (largest === 0) return undefined;
  const scaled = weights.map((w) => w / largest);
  const total = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / total);
}

function checkWeight(w: unknown, what: string): number {
  if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
    throw new MetricError(`${what} has weight ${show(w)}; weights must be finite numbers of 0 or more`);
  }
  return w;
}

/**
 * Customer health score: the weighted mean, 0–100, of component scores that
 * are each 0–100 (usage, support, sentiment, payment, …). A weight defaults
 * to 1; weights need not add up to anything.
 *
 * @example healthScore([{ value: 80, weight: 3 }, { value: 40 }]) // 70
 * @throws {MetricError} for no components, a value outside 0–100, a negative
 *   or non-finite weight, or weights that are all 0.
 */
export function healthScore(components: readonly HealthComponent[]): number {
  if (!Array.isArray(components) || components.length === 0) {
    throw new MetricError('Health score needs at least one component');
  }
  const named = (c: HealthComponent, i: number) =>
    c.name ? `component ${i} (${show(c.name)})` : `component ${i}`;
  const weights = components.map((c, i) => {
    const value = finite(c.value, `${named(c, i)} value`);
    if (value < 0 || value > 100) {
      throw new MetricError(`${named(c, i)} has value ${value}; health components are scored from 0 to 100`);
    }
    return checkWeight(c.weight ?? 1, named(c, i));
  });
  const s = shares(weights);
  if (!s) throw new MetricError('Health score needs at least one component with a weight above 0');
  return clamp100(components.reduce((sum, c, i) => sum + c.value * s[i]!, 0));
}

/**
 * Journey success score: a weighted composite of a journey's outcome metrics.
 * Each metric is placed on 0–100 within its range, where 100 is best
 * ({@link normalise}, turned round when the component's `higherIsBetter` is
 * false; it defaults to its kind's {@link KindDefaults.higherIsBetter}). Each
 * part adds `normalised × share`, where share is its weight over the total, so
 * weights need not add up to 1. `weights`, keyed by metric id, overrides the
 * components' own weights.
 *
 * @example journeyScore(journey.scoreComponents ?? [], { 'csat-q3': 2 }).worst?.metric.label
 * @throws {MetricError} for no components, weights that are all 0, a negative
 *   or non-finite weight, or a metric that cannot be normalised.
 */
export function journeyScore(
  components: readonly ScoreComponent[],
  weights?: Readonly<Record<string, number>>,
): JourneyScoreResult {
  if (!Array.isArray(components) || components.length === 0) throw new MetricError(JOURNEY_NEEDS);
  const used = components.map((c, i) => {
    const id = c.metric.id;
    // hasOwn, so a metric id like "constructor" never picks up Object.prototype.
    const override = weights && Object.hasOwn(weights, id) ? weights[id] : undefined;
    return checkWeight(override ?? c.weight, `component ${i} (metric ${show(id)})`);
  });
  const s = shares(used);
  if (!s) throw new MetricError(JOURNEY_NEEDS);
  const parts = components.map((c, i): JourneyScorePart => {
    const higherIsBetter = c.higherIsBetter ?? kindDefaults(c.metric.kind).higherIsBetter;
    const normalised = normalise(c.metric, higherIsBetter);
    const share = s[i]!;
    return { metric: c.metric, weight: used[i]!, share, normalised, contribution: normalised * share };
  });
  let worst: JourneyScorePart | undefined;
  let most = 0;
  for (const p of parts) {
    const shortfall = (100 - p.normalised) * p.share;
    if (shortfall > most) {
      most = shortfall;
      worst = p;
    }
  }
  // Shares sum to 1 only up to float rounding; keep the score inside 0–100.
  const score = clamp100(parts.reduce((sum, p) => sum + p.contribution, 0));
  return worst ? { score, parts, worst } : { score, parts };
}
