import fc from 'fast-check';
import { METRIC_KINDS } from '../../src/data/schema.js';
import { ces, csat, healthScore, journeyScore, nps } from '../../src/metrics/index.js';

// A fixed seed, so a failure reproduces on every machine and run.
const run = { seed: 20_240_611, numRuns: 500 };
const ok = (v: number, min: number, max: number) => Number.isFinite(v) && v >= min && v <= max;
const answers = (max: number, min = 0) => fc.array(fc.integer({ min, max }), { minLength: 1, maxLength: 200 });
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe('properties (fixed seed)', () => {
  it('nps stays finite within −100..100', () => {
    fc.assert(fc.property(answers(10), (a) => ok(nps(a), -100, 100)), run);
  });

  it('csat stays finite: 0..100 for top2, 1..scale for mean', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 11 }).chain((scale) => fc.tuple(fc.constant(scale), answers(scale, 1))),
        ([scale, a]) =>
          ok(csat(a, { scale }), 0, 100) && ok(csat(a, { scale, method: 'mean' }), 1, scale)),
      run,
    );
  });

  it('ces stays finite within 1..scale', () => {
    fc.assert(
      fc.property(fc.constantFrom(5 as const, 7 as const).chain((scale) => fc.tuple(fc.constant(scale), answers(scale, 1))),
        ([scale, a]) => ok(ces(a, { scale }), 1, scale)),
      run,
    );
  });

  it('healthScore stays finite within 0..100', () => {
    const component = fc.record({ value: finite(0, 100), weight: finite(0, Number.MAX_VALUE) });
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 20 }), (cs) => {
        fc.pre(cs.some((c) => c.weight > 0));
        return ok(healthScore(cs), 0, 100);
      }),
      run,
    );
  });

  it('journeyScore stays finite within 0..100, with shares summing to 1', () => {
    const component = fc
      .record({
        kind: fc.constantFrom(...METRIC_KINDS),
        value: finite(-1e6, 1e6),
        range: fc.option(fc.tuple(finite(-1e6, 1e6), finite(1e-3, 1e6)), { nil: undefined }),
        weight: fc.oneof(finite(0, 10), finite(0, Number.MAX_VALUE), fc.constant(0)),
        higherIsBetter: fc.option(fc.boolean(), { nil: undefined }),
      })
      .map(({ kind, value, range, weight, higherIsBetter }) => ({
        metric: {
          id: kind, kind, label: kind, value,
          ...(range ? { min: range[0], max: range[0] + range[1] } : {}),
        },
        weight,
        higherIsBetter,
      }));
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 12 }), (cs) => {
        fc.pre(cs.some((c) => c.weight > 0));
        const r = journeyScore(cs);
        const shares = r.parts.reduce((s, p) => s + p.share, 0);
        return (
          ok(r.score, 0, 100) &&
          Math.abs(shares - 1) < 1e-9 &&
          r.parts.every((p) => ok(p.normalised, 0, 100) && ok(p.contribution, 0, 100))
        );
      }),
      run,
    );
  });
});
