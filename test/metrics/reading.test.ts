import { expect } from '@open-wc/testing';
import type { Band } from '../../src/data/schema.js';
import { BAND_TONES, METRIC_KINDS } from '../../src/data/schema.js';
import { KIND_DEFAULTS, band, change, metricRange, normalise } from '../../src/metrics/index.js';
import { metricError } from './helpers.js';

const label = (value: number, bands: readonly Band[]) => band(value, bands)?.label;

describe('KIND_DEFAULTS', () => {
  it('covers every metric kind with a sane range, labelled bands and an explanation', () => {
    for (const kind of METRIC_KINDS) {
      const d = KIND_DEFAULTS[kind];
      expect(d.min, kind).to.be.below(d.max);
      expect(d.bands.length, kind).to.be.at.least(1);
      const ups = d.bands.map((b) => b.upTo);
      expect(ups, `${kind} bands ascend`).to.deep.equal([...ups].sort((a, b) => a - b));
      for (const b of d.bands) {
        expect(BAND_TONES, kind).to.include(b.tone);
        expect(b.label, kind).to.be.a('string').and.not.be.empty;
      }
      expect(['', '%'], kind).to.include(d.unit);
      expect(Number.isInteger(d.decimals) && d.decimals >= 0, kind).to.equal(true);
      expect(d.higherIsBetter, kind).to.equal(true);
      expect(d.explain.length, kind).to.be.within(20, 300);
    }
    expect(KIND_DEFAULTS.nps).to.include({ min: -100, max: 100, signed: true, decimals: 0, unit: '' });
    expect(KIND_DEFAULTS.csat).to.include({ min: 0, max: 100, unit: '%', signed: false });
    expect(KIND_DEFAULTS.ces).to.include({ min: 1, max: 7, decimals: 1 });
    expect(KIND_DEFAULTS.health).to.include({ min: 0, max: 100 });
    expect(KIND_DEFAULTS.score.bands.map((b) => [b.upTo, b.tone])).to.deep.equal(
      KIND_DEFAULTS.health.bands.map((b) => [b.upTo, b.tone]),
    );
  });

  it('is frozen, so one caller cannot change another gauge’s bands', () => {
    expect(Object.isFrozen(KIND_DEFAULTS)).to.equal(true);
    expect(Object.isFrozen(KIND_DEFAULTS.health)).to.equal(true);
    expect(Object.isFrozen(KIND_DEFAULTS.health.bands)).to.equal(true);
    expect(Object.isFrozen(KIND_DEFAULTS.health.bands[0])).to.equal(true);
    expect(() => KIND_DEFAULTS.health.bands.sort((a, b) => b.upTo - a.upTo)).to.throw(TypeError);
  });
});

describe('band', () => {
  const health = KIND_DEFAULTS.health.bands;

  it('puts the health thresholds exactly: red < 40 <= amber < 70 <= green', () => {
    expect(band(39.9, health)?.tone).to.equal('critical');
    expect(band(39.999999, health)?.tone).to.equal('critical');
    expect(band(40, health)?.tone).to.equal('warning');
    expect(band(69.99, health)?.tone).to.equal('warning');
    expect(band(70, health)?.tone).to.equal('good');
    expect(label(0, health)).to.equal('At risk');
    expect(label(40, health)).to.equal('Needs attention');
    expect(label(100, health)).to.equal('Healthy');
  });

  it('puts the NPS edges exactly: below 0 critical, 0 to below 30 warning, 30 up good', () => {
    const b = KIND_DEFAULTS.nps.bands;
    expect(band(-100, b)?.tone).to.equal('critical');
    expect(band(-1, b)?.tone).to.equal('critical');
    expect(band(-0.5, b)?.tone).to.equal('critical'); // unrounded NPS can sit between −1 and 0
    expect(band(0, b)?.tone).to.equal('warning');
    expect(band(29.9, b)?.tone).to.equal('warning');
    expect(band(30, b)?.tone).to.equal('good');
    expect(band(100, b)?.tone).to.equal('good');
  });

  it('puts the CSAT and CES edges exactly', () => {
    const c = KIND_DEFAULTS.csat.bands;
    expect([59.9, 60, 79.9, 80].map((v) => band(v, c)?.tone)).to.deep.equal([
      'critical', 'warning', 'warning', 'good',
    ]);
    const e = KIND_DEFAULTS.ces.bands;
    expect([3.9, 4, 5.4, 5.5, 7].map((v) => band(v, e)?.tone)).to.deep.equal([
      'critical', 'warning', 'warning', 'good', 'good',
    ]);
  });

  it('gives the last band above every upTo and the first below every upTo', () => {
    expect(band(250, health)?.tone).to.equal('good');
    expect(band(Infinity, health)?.tone).to.equal('good');
    expect(band(-5, health)?.tone).to.equal('critical');
    expect(band(-Infinity, health)?.tone).to.equal('critical');
  });

  it('reads bands in upTo order whatever order they come in, without changing the list', () => {
    const shuffled: Band[] = [
      { upTo: 100, tone: 'good' },
      { upTo: 40, tone: 'critical' },
      { upTo: 70, tone: 'warning' },
    ];
    const before = JSON.stringify(shuffled);
    expect(band(10, shuffled)?.tone).to.equal('critical');
    expect(band(40, shuffled)?.tone).to.equal('warning');
    expect(band(70, shuffled)?.tone).to.equal('good');
    expect(band(1000, shuffled)?.tone).to.equal('good');
    expect(JSON.stringify(shuffled)).to.equal(before);
  });

  it('lets the first listed of two equal upTo values win', () => {
    const tied: Band[] = [
      { upTo: 50, tone: 'warning', label: 'first' },
      { upTo: 50, tone: 'critical', label: 'second' },
      { upTo: 10, tone: 'neutral' },
    ];
    expect(label(20, tied)).to.equal('first');
  });

  it('handles a single band, an empty list and NaN', () => {
    expect(band(-3, [{ upTo: 5, tone: 'neutral' }])?.tone).to.equal('neutral');
    expect(band(9, [{ upTo: 5, tone: 'neutral' }])?.tone).to.equal('neutral');
    expect(band(50, [])).to.equal(undefined);
    expect(band(Number.NaN, health)).to.equal(undefined);
  });

  it('rejects a band whose upTo is NaN', () => {
    expect(metricError(() => band(1, [{ upTo: 1, tone: 'good' }, { upTo: Number.NaN, tone: 'good' }])).message)
      .to.equal('band 1 has upTo NaN; it must be a number');
  });
});

describe('metricRange', () => {
  it('uses the metric’s own min and max, else the kind’s', () => {
    expect(metricRange({ kind: 'nps' })).to.deep.equal({ min: -100, max: 100 });
    expect(metricRange({ kind: 'ces' })).to.deep.equal({ min: 1, max: 7 });
    expect(metricRange({ kind: 'score', min: 10, max: 20 })).to.deep.equal({ min: 10, max: 20 });
    expect(metricRange({ kind: 'csat', max: 5 })).to.deep.equal({ min: 0, max: 5 });
    expect(metricRange({ kind: 'ces', min: 0 })).to.deep.equal({ min: 0, max: 7 });
  });

  it('rejects an empty or inverted range, a non-finite bound and an unknown kind', () => {
    expect(metricError(() => metricRange({ kind: 'score', min: 5, max: 5 })).message).to.equal(
      'the range runs from 5 to 5; its minimum must be below its maximum',
    );
    expect(metricError(() => metricRange({ kind: 'nps', min: 200 })).message).to.contain('from 200 to 100');
    expect(metricError(() => metricRange({ kind: 'nps', max: Number.NaN })).message).to.contain(
      'the range maximum is NaN',
    );
    expect(metricError(() => metricRange({ kind: 'kpi' as 'nps' })).message).to.contain('metric kind "kpi" is unknown');
    expect(metricError(() => metricRange({ kind: 'toString' as 'nps' })).message).to.contain('unknown');
  });
});

describe('normalise', () => {
  it('places the value in its range as 0–100', () => {
    expect(normalise({ kind: 'nps', value: 0 })).to.equal(50);
    expect(normalise({ kind: 'nps', value: -100 })).to.equal(0);
    expect(normalise({ kind: 'nps', value: 50 })).to.equal(75);
    expect(normalise({ kind: 'ces', value: 4 })).to.equal(50);
    expect(normalise({ kind: 'csat', value: 82 })).to.equal(82);
    expect(normalise({ kind: 'score', value: 15, min: 10, max: 30 })).to.equal(25);
  });

  it('clamps values outside the range', () => {
    expect(normalise({ kind: 'health', value: 140 })).to.equal(100);
    expect(normalise({ kind: 'health', value: -3 })).to.equal(0);
    expect(normalise({ kind: 'ces', value: 0 })).to.equal(0);
  });

  it('inverts when lower is better', () => {
    expect(normalise({ kind: 'score', value: 20, min: 0, max: 80 }, false)).to.equal(75);
    expect(normalise({ kind: 'health', value: 140 }, false)).to.equal(0);
    expect(normalise({ kind: 'nps', value: -100 }, false)).to.equal(100);
  });

  it('copes with ranges near the largest number', () => {
    const max = Number.MAX_VALUE;
    expect(normalise({ kind: 'score', value: 0, min: -max, max })).to.equal(50);
  });

  it('rejects a non-finite value and a bad range', () => {
    expect(metricError(() => normalise({ kind: 'nps', value: Number.NaN })).message).to.equal(
      'the metric value is NaN; it must be a finite number',
    );
    expect(metricError(() => normalise({ kind: 'nps', value: 1, min: 3, max: 2 })).message).to.contain(
      'minimum must be below',
    );
  });
});

describe('change', () => {
  it('is undefined without a previous value', () => {
    expect(change(5)).to.equal(undefined);
    expect(change(5, undefined)).to.equal(undefined);
  });

  it('gives the delta, direction and relative change', () => {
    expect(change(55, 50)).to.deep.equal({ delta: 5, direction: 'up', relative: 0.1 });
    expect(change(30, 40)).to.deep.equal({ delta: -10, direction: 'down', relative: -0.25 });
    // Relative to |previous|, so a rise from a negative NPS reads as a rise.
    expect(change(-10, -20)).to.deep.equal({ delta: 10, direction: 'up', relative: 0.5 });
    expect(change(-30, -20)).to.deep.equal({ delta: -10, direction: 'down', relative: -0.5 });
  });

  it('leaves relative out when previous is 0', () => {
    const c = change(12, 0);
    expect(c).to.deep.equal({ delta: 12, direction: 'up' });
    expect(c && 'relative' in c).to.equal(false);
  });

  it('calls changes below 1e-9 flat', () => {
    expect(change(40, 40)).to.deep.equal({ delta: 0, direction: 'flat', relative: 0 });
    expect(change(0.1 + 0.2, 0.3)?.direction).to.equal('flat');
    expect(change(1e-10, 0)?.direction).to.equal('flat');
    expect(change(2e-9, 0)?.direction).to.equal('up');
  });

  it('never returns Infinity: no relative change from a previous value a hair above 0', () => {
    expect(change(1e300, 1e-300)).to.deep.equal({ delta: 1e300, direction: 'up' });
    expect(metricError(() => change(Number.MAX_VALUE, -Number.MAX_VALUE)).message).to.contain('too large');
  });

  it('rejects non-finite values', () => {
    expect(metricError(() => change(Number.NaN, 1)).message).to.equal('the value is NaN; it must be a finite number');
    expect(metricError(() => change(1, Infinity)).message).to.equal(
      'the previous value is Infinity; it must be a finite number',
    );
  });
});
