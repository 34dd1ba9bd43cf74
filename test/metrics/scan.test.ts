import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  levelFor, notApplicableValue, scanHighlights, scanProgress, scanResult, type ScoredScan,
} from '../../src/metrics/index.js';
import { journeyManagementScan } from '../../src/data/scans/journey-management.js';
import { metricError } from './helpers.js';

const LEVELS = [0, 20, 40, 60, 80].map((minScore, i) => ({ level: i + 1, minScore }));

/** Two dimensions on a 1–5 scale: A has q1 (weight 1) and q2 (weight 3), B has q3 and q4. */
const scan = (extra: Partial<ScoredScan['scale']> = {}): ScoredScan => ({
  scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'], ...extra },
  dimensions: [{ id: 'a' }, { id: 'b' }],
  questions: [
    { id: 'q1', dimensionId: 'a' },
    { id: 'q2', dimensionId: 'a', weight: 3 },
    { id: 'q3', dimensionId: 'b' },
    { id: 'q4', dimensionId: 'b' },
  ],
  levels: LEVELS,
});

describe('scanResult', () => {
  it('scores dimensions and the whole scan as weighted means of 0–100 answers (hand-computed)', () => {
    // 5 → 100, 2 → 25, 3 → 50, 4 → 75.
    // A = (100·1 + 25·3) / 4 = 43.75 (level 3); B = (50 + 75) / 2 = 62.5 (level 4);
    // overall = (100 + 75 + 50 + 75) / 6 = 50 (level 3).
    expect(scanResult(scan(), { q1: 5, q2: 2, q3: 3, q4: 4 })).to.deep.equal({
      score: 50,
      level: 3,
      byDimension: [
        { dimensionId: 'a', score: 43.75, level: 3 },
        { dimensionId: 'b', score: 62.5, level: 4 },
      ],
    });
  });

  it('gives 0 for all lowest answers and 100 for all highest', () => {
    expect(scanResult(scan(), { q1: 1, q2: 1, q3: 1, q4: 1 }).score).to.equal(0);
    const top = scanResult(scan(), { q1: 5, q2: 5, q3: 5, q4: 5 });
    expect(top.score).to.equal(100);
    expect(top.level).to.equal(5);
  });

  it('honours scales that do not start at 1', () => {
    // 0..10: 7 → 70, 4 → 40; weights 1 and 3 → (70 + 120) / 4 = 47.5.
    const s = { ...scan({ min: 0, max: 10, labels: [] }), questions: scan().questions.slice(0, 2) };
    expect(scanResult(s, { q1: 7, q2: 4 }).score).to.equal(47.5);
  });

  it('leaves not-applicable answers out of the denominator when the scale allows them', () => {
    const s = scan({ notApplicable: 'Not applicable' });
    expect(notApplicableValue(s.scale)).to.equal(0);
    // q4 not applicable: B = 50 (level 3), overall = (100 + 75 + 50) / 5 = 45.
    const r = scanResult(s, { q1: 5, q2: 2, q3: 3, q4: 0 });
    expect(r.score).to.equal(45);
    expect(r.byDimension[1]).to.deep.equal({ dimensionId: 'b', score: 50, level: 3 });
  });

  it('rejects a not-applicable answer when the scale does not allow it', () => {
    expect(metricError(() => scanResult(scan(), { q1: 0 })).message).to.equal(
      'The answer to question "q1" is 0; the scale runs from 1 to 5',
    );
  });

  it('scores partial answers over the answered questions and drops dimensions with none', () => {
    // Only q1 answered: 4 → 75, so A = 75 and the overall 75; B has nothing to score.
    const r = scanResult(scan(), { q1: 4 });
    expect(r).to.deep.equal({ score: 75, level: 4, byDimension: [{ dimensionId: 'a', score: 75, level: 4 }] });
  });

  it('ignores answers to questions the scan does not have, including prototype names', () => {
    const answers = JSON.parse('{"q1": 5, "zz": 1, "__proto__": 3}');
    expect(scanResult(scan(), answers).score).to.equal(100);
    expect(scanResult(scan(), Object.assign(Object.create({ q2: 1 }), { q1: 5 })).score).to.equal(100);
  });

  it('places a score exactly on a boundary in the higher level', () => {
    expect(levelFor(60, LEVELS)).to.equal(4);
    expect(levelFor(59.999, LEVELS)).to.equal(3);
    // Three answers of 3 on 0..5 are 60 each; unrounded, weights 0.1, 0.1 and 0.6 give 59.99999999999999.
    const s: ScoredScan = { ...scan({ min: 0, max: 5, labels: [] }), questions: [
      { id: 'x', dimensionId: 'a', weight: 0.1 }, { id: 'y', dimensionId: 'a', weight: 0.1 }, { id: 'z', dimensionId: 'b', weight: 0.6 },
    ] };
    const r = scanResult(s, { x: 3, y: 3, z: 3 });
    expect(r.score).to.equal(60);
    expect(r.level).to.equal(4);
  });

  it('gives a score below every minScore the lowest level, whatever the order of levels', () => {
    expect(levelFor(5, [{ level: 3, minScore: 50 }, { level: 2, minScore: 10 }])).to.equal(2);
    expect(levelFor(30, [{ level: 3, minScore: 50 }, { level: 2, minScore: 10 }])).to.equal(2);
  });

  it('rejects what it cannot score, in plain words', () => {
    expect(metricError(() => scanResult(scan(), {})).message).to.equal(
      'A scan result needs at least one answered question with a weight above 0',
    );
    expect(metricError(() => scanResult(scan(), { q1: 6 })).message).to.contain('is 6; the scale runs from 1 to 5');
    expect(metricError(() => scanResult(scan(), { q1: Number.NaN })).message).to.contain('"q1" is NaN');
    expect(metricError(() => scanResult(scan({ min: 3, max: 3 }), { q1: 3 })).message).to.contain('needs a maximum above its minimum');
    const heavy = { ...scan(), questions: [{ id: 'q1', dimensionId: 'a', weight: -2 }] };
    expect(metricError(() => scanResult(heavy, { q1: 3 })).message).to.contain('has weight -2');
    expect(metricError(() => scanResult({ ...scan(), levels: [] }, { q1: 3 })).message).to.contain('at least one level');
    const zero = { ...scan(), questions: [{ id: 'q1', dimensionId: 'a', weight: 0 }] };
    expect(metricError(() => scanResult(zero, { q1: 3 })).message).to.contain('weight above 0');
  });

  it('keeps every score within 0–100 and on a level, for any answers and weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.integer({ min: 1, max: 5 }), w: fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }) }), { minLength: 1, maxLength: 30 }),
        (qs) => {
          const s: ScoredScan = { ...scan(), questions: qs.map((q, i) => ({ id: `q${i}`, dimensionId: i % 2 ? 'a' : 'b', weight: q.w })) };
          const answers = Object.fromEntries(qs.map((q, i) => [`q${i}`, q.v]));
          if (!qs.some((q) => q.w > 0)) return;
          const r = scanResult(s, answers);
          for (const x of [r, ...r.byDimension]) {
            expect(x.score).to.be.within(0, 100);
            expect(x.level).to.be.within(1, 5);
          }
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });

  it('scores the built-in scan: all "agree" (4 of 5) is 75, level 4, in every dimension', () => {
    const answers = Object.fromEntries(journeyManagementScan.questions.map((x) => [x.id, 4]));
    const r = scanResult(journeyManagementScan, answers);
    expect(r.score).to.equal(75);
    expect(r.level).to.equal(4);
    expect(r.byDimension.map((d) => d.score)).to.deep.equal(journeyManagementScan.dimensions.map(() => 75));
  });
});

describe('scanProgress', () => {
  it('counts answered questions, not-applicable ones included when allowed, and lists the rest in order', () => {
    expect(scanProgress(scan(), { q2: 3, q4: 0 })).to.deep.equal({ answered: 1, total: 4, fraction: 0.25, unanswered: ['q1', 'q3', 'q4'] });
    expect(scanProgress(scan({ notApplicable: 'n/a' }), { q2: 3, q4: 0 })).to.deep.equal({
      answered: 2, total: 4, fraction: 0.5, unanswered: ['q1', 'q3'],
    });
    expect(scanProgress({ ...scan(), questions: [] }, {}).fraction).to.equal(1);
  });
});

describe('scanHighlights', () => {
  const result = (level: number, dims: [string, number, number][]) => ({
    score: 50, level, byDimension: dims.map(([dimensionId, score, l]) => ({ dimensionId, score, level: l })),
  });

  it('names up to two dimensions above the overall level as strengths and up to two below as gaps', () => {
    const r = result(3, [['a', 80, 5], ['b', 20, 2], ['c', 50, 3], ['d', 90, 5], ['e', 10, 1], ['f', 65, 4]]);
    expect(scanHighlights(r)).to.deep.equal({ strengths: ['d', 'a'], gaps: ['e', 'b'] });
  });

  it('calls a dimension on the overall level neither, however far its score is from the overall score', () => {
    expect(scanHighlights(result(3, [['a', 41, 3], ['b', 59, 3]]))).to.deep.equal({ strengths: [], gaps: [] });
    expect(scanHighlights(result(3, [['a', 39, 2], ['b', 60, 4]]))).to.deep.equal({ strengths: ['b'], gaps: ['a'] });
  });

  it('keeps the definition order on ties', () => {
    expect(scanHighlights(result(3, [['a', 10, 1], ['b', 10, 1], ['c', 10, 1]])).gaps).to.deep.equal(['a', 'b']);
  });
});
