/**
 * `waymark/metrics`: pure functions for customer scores. They know nothing of
 * elements and throw a MetricError, never return NaN or Infinity, for input
 * they cannot score.
 */
export { MetricError } from './errors.js';
export { nps, csat, ces, type CsatOptions, type CesOptions } from './scores.js';
export { KIND_DEFAULTS, type KindDefaults } from './kinds.js';
export { metricRange, normalise, band, change, type Change } from './reading.js';
export {
  healthScore,
  journeyScore,
  type HealthComponent,
  type JourneyScorePart,
  type JourneyScoreResult,
} from './composite.js';
export { scanResult, scanProgress, scanHighlights, levelFor, notApplicableValue, type ScoredScan, type ScanAnswers, type ScanProgress, type ScanHighlights } from './scan.js';
