import { expect } from '@open-wc/testing';
import type { ScoreComponent } from '../../src/data/schema.js';
import { healthScore, journeyScore } from '../../src/metrics/index.js';
import { metric, metricError } from './helpers.js';

const NEEDS = 'Journey score needs at least one component with a weight above 0';

describe('healthScore', () => {
  it('is the weighted mean of 0–100 components (hand-computed)', () => {
    expect(healthScore([{ value: 80, weight: 3 }, { value: 40 }])).to.equal(70); // (240 + 40) / 4
    expect(healthScore([{ value: 90 }, { value: 60 }, { value: 30 }])).to.equal(60);
    expect(healthScore([{ value: 50, weight: 0.2 }, { value: 100, weight: 0.3 }])).to.be.closeTo(80, 1e-12);
  });

  it('scores a single component and ignores zero-weight ones', () => {
    expect(healthScore([{ value: 42 }])).to.equal(42);
    expect(healthScore([{ value: 42 }, { value: 0, weight: 0 }])).to.equal(42);
  });

  it('stays within 0–100 at the edges', () => {
    expect(healthScore([{ value: 100, weight: 0.1 }, { value: 100, weight: 0.2 }, { value: 100, weight: 0.7 }])).to.equal(100);
    expect(healthScore([{ value: 0 }, { value: 0 }])).to.equal(0);
    expect(healthScore([{ value: 100, weight: Number.MAX_VALUE }, { value: 0, weight: Number.MAX_VALUE }])).to.equal(50);
  });

  it('rejects no components, zero total weight, bad weights and values outside 0–100', () => {
    expect(metricError(() => healthScore([])).message).to.equal('Health score needs at least one component');
    expect(metricError(() => healthScore([{ value: 50, weight: 0 }])).message).to.equal(
      'Health score needs at least one component with a weight above 0',
    );
    expect(metricError(() => healthScore([{ value: 50, weight: -1, name: 'usage' }])).message).to.equal(
      'component 0 ("usage") has weight -1; weights must be finite numbers of 0 or more',
    );
    expect(metricError(() => healthScore([{ value: 50 }, { value: 50, weight: Infinity }])).message).to.contain(
      'component 1 has weight Infinity',
    );
    expect(metricError(() => healthScore([{ value: 120, name: 'payment' }])).message).to.equal(
      'component 0 ("payment") has value 120; health components are scored from 0 to 100',
    );
    expect(metricError(() => healthScore([{ value: Number.NaN }])).message).to.contain('component 0 value is NaN');
  });
});

describe('journeyScore', () => {
  const csat = metric('csat', 'csat', 80); // normalised 80
  const nps = metric('nps', 'nps', 20); // normalised 60
  const cost = metric('cost', 'score', 30, { min: 0, max: 50 }); // 60 of 0–50; lower is better → 40

  it('combines normalised parts by share (hand-computed)', () => {
    const r = journeyScore([
      { metric: csat, weight: 2 },
      { metric: nps, weight: 1 },
      { metric: cost, weight: 1, higherIsBetter: false },
    ]);
    expect(r.parts.map((p) => p.share)).to.deep.equal([0.5, 0.25, 0.25]);
    expect(r.parts.map((p) => p.normalised)).to.deep.equal([80, 60, 40]);
    expect(r.parts.map((p) => p.contribution)).to.deep.equal([40, 15, 10]);
    expect(r.score).to.equal(65);
    // Shortfalls: 20·0.5 = 10, 40·0.25 = 10, 60·0.25 = 15.
    expect(r.worst?.metric.id).to.equal('cost');
    expect(r.parts[0]!.metric).to.equal(csat);
  });

  it('does not need weights that sum to 1', () => {
    const a = journeyScore([{ metric: csat, weight: 0.2 }, { metric: nps, weight: 0.2 }]);
    const b = journeyScore([{ metric: csat, weight: 30 }, { metric: nps, weight: 30 }]);
    expect(a.score).to.be.closeTo(70, 1e-12);
    expect(b.score).to.be.closeTo(70, 1e-12);
    expect(b.parts.map((p) => p.weight)).to.deep.equal([30, 30]);
  });

  it('lets weights keyed by metric id override the component weights', () => {
    const components: ScoreComponent[] = [{ metric: csat, weight: 1 }, { metric: nps, weight: 1 }];
    const r = journeyScore(components, { nps: 3, unknown: 5 });
    expect(r.parts.map((p) => p.weight)).to.deep.equal([1, 3]);
    expect(r.score).to.equal(80 * 0.25 + 60 * 0.75);
    expect(journeyScore(components, { nps: 0 }).score).to.equal(80);
    expect(components[1]!.weight).to.equal(1);
  });

  it('never reads a weight off Object.prototype', () => {
    const r = journeyScore([{ metric: metric('constructor', 'score', 40), weight: 1 }], {});
    expect(r.score).to.equal(40);
  });

  it('keeps zero-weight parts with no share, never the worst', () => {
    const r = journeyScore([{ metric: csat, weight: 1 }, { metric: metric('bad', 'health', 0), weight: 0 }]);
    expect(r.score).to.equal(80);
    expect(r.parts[1]).to.include({ weight: 0, share: 0, normalised: 0, contribution: 0 });
    expect(r.worst?.metric.id).to.equal('csat');
  });

  it('uses the component’s direction, else the kind default (higher is better)', () => {
    const m = metric('m', 'health', 25);
    expect(journeyScore([{ metric: m, weight: 1 }]).score).to.equal(25);
    expect(journeyScore([{ metric: m, weight: 1, higherIsBetter: true }]).score).to.equal(25);
    expect(journeyScore([{ metric: m, weight: 1, higherIsBetter: false }]).score).to.equal(75);
  });

  it('clamps values outside their range', () => {
    const r = journeyScore([{ metric: metric('over', 'csat', 130), weight: 1 }]);
    expect(r.score).to.equal(100);
    expect(r.worst).to.equal(undefined);
  });

  it('has no worst part when every part is at 100, and picks the first on a tie', () => {
    expect(journeyScore([{ metric: metric('a', 'score', 100), weight: 1 }]).worst).to.equal(undefined);
    const tie = journeyScore([
      { metric: metric('a', 'score', 50), weight: 1 },
      { metric: metric('b', 'score', 50), weight: 1 },
    ]);
    expect(tie.worst?.metric.id).to.equal('a');
  });

  it('scores a single component', () => {
    const r = journeyScore([{ metric: metric('ces', 'ces', 5.5), weight: 4 }]);
    expect(r.score).to.equal(75);
    expect(r.parts[0]).to.include({ share: 1, normalised: 75, contribution: 75 });
  });

  it('rejects no components and zero total weight', () => {
    expect(metricError(() => journeyScore([])).message).to.equal(NEEDS);
    expect(metricError(() => journeyScore([{ metric: csat, weight: 0 }])).message).to.equal(NEEDS);
    expect(metricError(() => journeyScore([{ metric: csat, weight: 1 }], { csat: 0 })).message).to.equal(NEEDS);
  });

  it('rejects a negative or non-finite weight, naming the metric', () => {
    expect(metricError(() => journeyScore([{ metric: csat, weight: -1 }])).message).to.equal(
      'component 0 (metric "csat") has weight -1; weights must be finite numbers of 0 or more',
    );
    expect(metricError(() => journeyScore([{ metric: csat, weight: 1 }], { csat: Number.NaN })).message).to.contain(
      'has weight NaN',
    );
    expect(metricError(() => journeyScore([{ metric: csat, weight: Infinity }])).message).to.contain(
      'has weight Infinity',
    );
  });

  it('rejects a metric it cannot place in a range', () => {
    expect(
      metricError(() => journeyScore([{ metric: metric('x', 'score', 1, { min: 3, max: 3 }), weight: 1 }])).message,
    ).to.contain('minimum must be below');
  });
});
