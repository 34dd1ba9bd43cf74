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
