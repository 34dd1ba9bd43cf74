import { expect } from '@open-wc/testing';
import { ces, csat, nps } from '../../src/metrics/index.js';
import { metricError } from './helpers.js';

describe('nps', () => {
  it('nets promoters against detractors (hand-computed)', () => {
    expect(nps([10, 9, 8, 7, 6, 0])).to.equal(0); // (2 − 2) / 6 · 100
    expect(nps([10, 10, 9, 3])).to.equal(50); // (3 − 1) / 4 · 100
    expect(nps([9, 7, 6])).to.be.closeTo(0, 1e-12); // (1 − 1) / 3
    expect(nps([9, 8, 8])).to.be.closeTo(100 / 3, 1e-12); // (1 − 0) / 3, unrounded
    expect(nps([0, 6, 7, 8, 9])).to.be.closeTo(-20, 1e-12); // (1 − 2) / 5
  });

  it('puts 9 with promoters, 7–8 with passives and 6 with detractors', () => {
    expect(nps([9])).to.equal(100);
    expect(nps([8])).to.equal(0);
    expect(nps([7])).to.equal(0);
    expect(nps([6])).to.equal(-100);
  });

  it('is 100 for all promoters and −100 for all detractors', () => {
    expect(nps([10, 9, 10, 9])).to.equal(100);
    expect(nps([0, 3, 6, 1])).to.equal(-100);
  });

  it('scores a single answer', () => {
    expect(nps([10])).to.equal(100);
    expect(nps([0])).to.equal(-100);
  });

  it('rejects no answers', () => {
    expect(metricError(() => nps([])).message).to.equal('NPS needs at least one answer');
  });

  it('rejects an out-of-range or fractional answer, naming its index and value', () => {
    expect(metricError(() => nps([10, 9, 8, 11])).message).to.equal(
      'answer 3 is 11; NPS answers are whole numbers from 0 to 10',
    );
    expect(metricError(() => nps([-1])).message).to.equal(
      'answer 0 is -1; NPS answers are whole numbers from 0 to 10',
    );
    expect(metricError(() => nps([5, 7.5])).message).to.contain('answer 1 is 7.5');
    expect(metricError(() => nps([Number.NaN])).message).to.contain('answer 0 is NaN');
    expect(metricError(() => nps([Infinity])).message).to.contain('answer 0 is Infinity');
    expect(metricError(() => nps(['7' as unknown as number])).message).to.contain('answer 0 is "7"');
  });

  it('rejects input that is not a list', () => {
    expect(metricError(() => nps(undefined as unknown as number[])).message).to.equal(
      'NPS needs at least one answer',
    );
  });
});

describe('csat', () => {
  it('is the share of 4s and 5s on the default 1–5 scale', () => {
    expect(csat([5, 4, 3, 1])).to.equal(50);
    expect(csat([5, 5, 4])).to.equal(100);
    expect(csat([1, 2, 3])).to.equal(0);
    expect(csat([4, 3, 2])).to.be.closeTo(100 / 3, 1e-12);
  });

  it('uses the top two points of a custom scale', () => {
    expect(csat([10, 9, 8, 1], { scale: 10 })).to.equal(50);
    expect(csat([7, 6, 5], { scale: 7 })).to.be.closeTo(200 / 3, 1e-12);
    expect(csat([3, 2, 1], { scale: 3 })).to.be.closeTo(200 / 3, 1e-12);
  });

  it('gives the mean answer with method "mean"', () => {
    expect(csat([5, 4, 3, 1], { method: 'mean' })).to.equal(3.25);
    expect(csat([10, 1], { scale: 10, method: 'mean' })).to.equal(5.5);
    expect(csat([4], { method: 'mean' })).to.equal(4);
  });

  it('scores a single answer', () => {
    expect(csat([4])).to.equal(100);
    expect(csat([3])).to.equal(0);
  });

  it('rejects no answers and answers off the scale', () => {
    expect(metricError(() => csat([])).message).to.equal('CSAT needs at least one answer');
    expect(metricError(() => csat([5, 0])).message).to.equal(
      'answer 1 is 0; CSAT answers are whole numbers from 1 to 5',
    );
    expect(metricError(() => csat([6])).message).to.contain('answer 0 is 6');
    expect(metricError(() => csat([8], { scale: 7 })).message).to.equal(
      'answer 0 is 8; CSAT answers are whole numbers from 1 to 7',
    );
    expect(metricError(() => csat([4.5])).message).to.contain('answer 0 is 4.5');
  });

  it('rejects a scale of fewer than 3 whole points and an unknown method', () => {
    expect(metricError(() => csat([1], { scale: 2 })).message).to.contain('CSAT scale is 2');
    expect(metricError(() => csat([1], { scale: 4.5 })).message).to.contain('CSAT scale is 4.5');
    expect(metricError(() => csat([1], { scale: Number.NaN })).message).to.contain('CSAT scale is NaN');
    expect(
      metricError(() => csat([1], { method: 'median' as 'mean' })).message,
    ).to.equal('CSAT method is "median"; use "top2" or "mean"');
  });
});

describe('ces', () => {
  it('is the mean answer on the default 1–7 scale', () => {
    expect(ces([7, 6, 5])).to.equal(6);
    expect(ces([1, 7])).to.equal(4);
    expect(ces([7, 7, 6, 2])).to.equal(5.5);
  });

  it('takes a 1–5 scale', () => {
    expect(ces([5, 4], { scale: 5 })).to.equal(4.5);
    expect(metricError(() => ces([6], { scale: 5 })).message).to.equal(
      'answer 0 is 6; CES answers are whole numbers from 1 to 5',
    );
  });

  it('scores a single answer', () => {
    expect(ces([3])).to.equal(3);
  });

  it('rejects no answers, answers off the scale, and scales other than 5 or 7', () => {
    expect(metricError(() => ces([])).message).to.equal('CES needs at least one answer');
    expect(metricError(() => ces([7, 8])).message).to.equal(
      'answer 1 is 8; CES answers are whole numbers from 1 to 7',
    );
    expect(metricError(() => ces([0])).message).to.contain('answer 0 is 0');
    expect(metricError(() => ces([3], { scale: 10 as 7 })).message).to.equal(
      'CES scale is 10; it must be 5 or 7',
    );
  });
});
