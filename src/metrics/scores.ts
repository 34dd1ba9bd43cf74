import { MetricError, show } from './errors.js';

/** Options for {@link csat}. */
export interface CsatOptions {
  /** Points on the answer scale, answers 1..scale. Default 5. */
  scale?: number;
  /** `'top2'` (default): % of answers in the top two points. `'mean'`: the mean answer. */
  method?: 'top2' | 'mean';
}

/** Options for {@link ces}. */
export interface CesOptions {
  /** Points on the agreement scale, answers 1..scale. Default 7. */
  scale?: 5 | 7;
}

/**
 * Checks a list of survey answers: at least one, each a whole number in
 * `min..max`. The message names the first bad answer by its index.
 */
function checkAnswers(name: string, answers: readonly number[], min: number, max: number): void {
  if (!Array.isArray(answers) || answers.length === 0) {
    throw new MetricError(`${name} needs at least one answer`);
  }
  answers.forEach((a, i) => {
    if (!Number.isInteger(a) || a < min || a > max) {
      throw new MetricError(
        `answer ${i} is ${show(a)}; ${name} answers are whole numbers from ${min} to ${max}`,
      );
    }
  });
}

/** Whole-number sums stay exact, so one division gives the correctly rounded mean. */
const mean = (answers: readonly number[]): number =>
  answers.reduce((sum, a) => sum + a, 0) / answers.length;

/**
 * Net Promoter Score of 0–10 "how likely are you to recommend us" answers:
 * the percentage of promoters (9–10) minus the percentage of detractors
 * (0–6); passives (7–8) count only in the total. From −100 to 100, not rounded.
 *
 * @example nps([10, 10, 9, 3]) // 50
 * @throws {MetricError} for no answers, or an answer that is not a whole number from 0 to 10.
 */
export function nps(scores: readonly number[]): number {
  checkAnswers('NPS', scores, 0, 10);
  let net = 0;
  for (const s of scores) {
    if (s >= 9) net++;
    else if (s <= 6) net--;
  }
  // Multiply first: the integer numerator keeps whole results exact (50, not 49.99…).
  return (net * 100) / scores.length;
}

/**
 * Customer satisfaction score of 1..`scale` answers (default 1–5).
 * With `method: 'top2'` (default) it is the percentage, 0–100, of answers in
 * the top two points of the scale (4 and 5 on 1–5); with `method: 'mean'` it
 * is the mean answer, on the 1..`scale` range.
 *
 * @example csat([5, 4, 3, 1]) // 50
 * @throws {MetricError} for no answers, an answer off the scale, a scale that
 *   is not a whole number of at least 3 points, or an unknown method.
 */
export function csat(answers: readonly number[], o: CsatOptions = {}): number {
  const { scale = 5, method = 'top2' } = o;
  // Fewer than 3 points would make the "top two" the whole scale.
  if (!Number.isInteger(scale) || scale < 3) {
    throw new MetricError(`CSAT scale is ${show(scale)}; it must be a whole number of at least 3 points`);
  }
  if (method !== 'top2' && method !== 'mean') {
    throw new MetricError(`CSAT method is ${show(method)}; use "top2" or "mean"`);
  }
  checkAnswers('CSAT', answers, 1, scale);
  if (method === 'mean') return mean(answers);
  const satisfied = answers.filter((a) => a >= scale - 1).length;
  return (satisfied * 100) / answers.length;
}

/**
 * Customer effort score: the mean of 1..`scale` agreement answers (default
 * 1–7) to "the company made it easy to handle my issue". Higher is better
 * with that wording.
 *
 * @example ces([7, 6, 5]) // 6
 * @throws {MetricError} for no answers, an answer off the scale, or a scale other than 5 or 7.
 */
export function ces(answers: readonly number[], o: CesOptions = {}): number {
  const { scale = 7 } = o;
  if (scale !== 5 && scale !== 7) {
    throw new MetricError(`CES scale is ${show(scale)}; it must be 5 or 7`);
  }
  checkAnswers('CES', answers, 1, scale);
  return mean(answers);
}
