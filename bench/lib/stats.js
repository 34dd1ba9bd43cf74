// Summary statistics of run times (ms).

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `{ samples, median, min, max }` of a list of times. */
export function summarize(samples) {
  return { samples, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/**
 * A against B: the ratio of the medians (the headline figure) and the median
 * of the per-pair ratios (A_i / B_i of runs made back to back), which cancels
 * slow drifts of the machine.
 */
export function compare(a, b) {
  const paired = a.map((x, i) => x / b[i]);
  return { ratio: median(a) / median(b), pairedRatios: paired, pairedMedian: median(paired) };
}

/** The p-th percentile (nearest rank: the smallest sample with at least p% of samples at or below it). */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** P(X ≤ k) for X ~ Binomial(n, ½). */
function binomialHalfCdf(n, k) {
  let term = 2 ** -n; // P(X = 0)
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return sum;
}

/**
 * Distribution-free confidence bounds of the median of `xs`, from order
 * statistics (the sign test's interval): the k-th smallest and the k-th largest
 * sample, k as large as allows each bound to miss the true median with
 * probability `tail` = P(Binomial(n, ½) ≤ k − 1) ≤ `alpha`. So each bound holds
 * on its own at ≥ 1 − alpha, the interval at 1 − 2·tail (`confidence`). It
 * assumes only independent samples, no normal distribution. Resolves to
 * `{ lo, hi, k, confidence }`, or undefined when there are too few samples
 * for any bound (fewer than 5 at alpha 0.05: with n samples even the smallest
 * one lies above the median with probability 2⁻ⁿ).
 */
export function medianBounds(xs, alpha = 0.05) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  let k = 0;
  while (k < n && binomialHalfCdf(n, k) <= alpha) k++;
  if (k === 0) return undefined;
  return { lo: s[k - 1], hi: s[n - k], k, confidence: 1 - 2 * binomialHalfCdf(n, k - 1) };
}
