import type { ScanDefinition, ScanResult } from '../data/schema.js';
import { MetricError, finite, show } from './errors.js';

/**
 * What scan scoring reads from a `ScanDefinition`. `scale.notApplicable`, the
 * label of a "not applicable" option, is an optional extension of the SPEC
 * shape: when present, respondents may answer {@link notApplicableValue}.
 */
export interface ScoredScan {
  scale: ScanDefinition['scale'] & { notApplicable?: string };
  dimensions: readonly Pick<ScanDefinition['dimensions'][number], 'id'>[];
  questions: readonly Pick<ScanDefinition['questions'][number], 'id' | 'dimensionId' | 'weight'>[];
  levels: readonly Pick<ScanDefinition['levels'][number], 'level' | 'minScore'>[];
}

/** Answers by question id: a point on the scale, or {@link notApplicableValue}. */
export type ScanAnswers = Readonly<Record<string, number>>;

/** How far a respondent is: counts and the questions still open, in definition order. */
export interface ScanProgress {
  answered: number;
  total: number;
  /** `answered / total`, 0–1 (1 for a scan without questions). */
  fraction: number;
  unanswered: string[];
}

/** Strengths and gaps of a result, as dimension ids. */
export interface ScanHighlights {
  /** Up to two dimensions above the overall level, highest first. */
  strengths: string[];
  /** Up to two dimensions below the overall level, lowest first. */
  gaps: string[];
}

/**
 * The answer that means "not applicable": one below the scale's minimum, so
 * it is never a point on the scale (0 on the usual 1–5 scale).
 */
export const notApplicableValue = (scale: { min: number }): number => scale.min - 1;

// Scores are means of fractions of 100; rounding away float noise keeps a
// score of exactly 60 from reading 59.99999999999999 and missing its level.
const tidy = (v: number) => Math.min(100, Math.max(0, Math.round(v * 1e6) / 1e6));

const own = (answers: ScanAnswers, id: string) =>
  Object.hasOwn(answers, id) ? answers[id] : undefined;

/**
 * The level a score reaches: the highest level whose `minScore` it meets. A
 * score below every `minScore` gets the level with the lowest one.
 *
 * @example levelFor(62.5, [{ level: 1, minScore: 0 }, { level: 4, minScore: 60 }]) // 4
 * @throws {MetricError} for no levels or a score that is not a finite number.
 */
export function levelFor(score: number, levels: ScoredScan['levels']): number {
  finite(score, 'The score');
  if (!levels.length) throw new MetricError('A scan needs at least one level to place a score on');
  const sorted = [...levels].sort((a, b) => a.minScore - b.minScore || a.level - b.level);
  let found = sorted[0]!;
  for (const l of sorted) if (score >= l.minScore) found = l;
  return found.level;
}

/**
 * Which questions are answered. A not-applicable answer counts as answered
 * when the scale allows it; values off the scale do not.
 */
export function scanProgress(definition: ScoredScan, answers: ScanAnswers): ScanProgress {
  const { min, max, notApplicable } = definition.scale;
  const na = notApplicable !== undefined ? notApplicableValue(definition.scale) : undefined;
  const unanswered = definition.questions
    .filter((q) => {
      const v = own(answers, q.id);
      return !(typeof v === 'number' && ((v >= min && v <= max) || v === na));
    })
    .map((q) => q.id);
  const total = definition.questions.length;
  const answered = total - unanswered.length;
  return { answered, total, fraction: total ? answered / total : 1, unanswered };
}

/**
 * Scores a maturity scan. Each answer becomes `(answer − min) / (max − min)`
 * of 100; a dimension's score is the weighted mean of its questions (weight
 * default 1), and the overall score the weighted mean of every question, so
 * a dimension with more (or heavier) questions counts for more. Unanswered
 * questions and not-applicable answers (when the scale allows them) are left
 * out of both the sum and the denominator. Dimensions with nothing to score
 * are left out of `byDimension`; the others keep the definition's order.
 * Answers to questions the definition does not have are ignored.
 *
 * @example scanResult(definition, { q1: 5, q2: 2 }) // { score: 62.5, level: 4, byDimension: [...] }
 * @throws {MetricError} for a scale without width, an answer off the scale,
 *   a negative or non-finite weight, no levels, or nothing to score.
 */
export function scanResult(definition: ScoredScan, answers: ScanAnswers): ScanResult {
  const { min, max, notApplicable } = definition.scale;
  finite(min, 'The scale minimum');
  finite(max, 'The scale maximum');
  if (max <= min) throw new MetricError(`The scale runs from ${min} to ${max}; it needs a maximum above its minimum`);
  const na = notApplicable !== undefined ? notApplicableValue(definition.scale) : undefined;
  const counted: { dimensionId: string; weight: number; points: number }[] = [];
  for (const q of definition.questions) {
    const weight = q.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new MetricError(`Question ${show(q.id)} has weight ${show(weight)}; weights must be finite numbers of 0 or more`);
    }
    const v = own(answers, q.id);
    if (v === undefined || v === na) continue;
    finite(v, `The answer to question ${show(q.id)}`);
    if (v < min || v > max) {
      throw new MetricError(`The answer to question ${show(q.id)} is ${v}; the scale runs from ${min} to ${max}`);
    }
    counted.push({ dimensionId: q.dimensionId, weight, points: ((v - min) / (max - min)) * 100 });
  }
  // Weights are divided by the largest first, so sums near Number.MAX_VALUE cannot overflow.
  const largest = Math.max(0, ...counted.map((c) => c.weight));
  const mean = (list: typeof counted) => {
    const total = list.reduce((s, c) => s + c.weight / largest, 0);
    return total > 0 ? tidy(list.reduce((s, c) => s + (c.points * c.weight) / largest, 0) / total) : undefined;
  };
  const score = largest > 0 ? mean(counted) : undefined;
  if (score === undefined) throw new MetricError('A scan result needs at least one answered question with a weight above 0');
  const levels = definition.levels;
  const byDimension = definition.dimensions.flatMap((d) => {
    const s = mean(counted.filter((c) => c.dimensionId === d.id));
    return s === undefined ? [] : [{ dimensionId: d.id, score: s, level: levelFor(s, levels) }];
  });
  return { score, level: levelFor(score, levels), byDimension };
}

/**
 * Strengths are the (up to two) dimensions a level or more above the overall
 * level, highest score first; gaps the (up to two) a level or more below it,
 * lowest first. Comparing levels, not raw scores, keeps a dimension a point
 * off the overall score from being called either. Ties keep the
 * definition's order.
 */
export function scanHighlights(result: ScanResult): ScanHighlights {
  const rank = result.byDimension.map((d, i) => ({ ...d, i }));
  const pick = (keep: (level: number) => boolean, order: 1 | -1) =>
    rank
      .filter((d) => keep(d.level))
      .sort((a, b) => order * (a.score - b.score) || a.i - b.i)
      .slice(0, 2)
      .map((d) => d.dimensionId);
  return { strengths: pick((l) => l > result.level, -1), gaps: pick((l) => l < result.level, 1) };
}
