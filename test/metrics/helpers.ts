import { expect } from '@open-wc/testing';
import { MetricError } from '../../src/metrics/index.js';
import type { Metric, MetricKind } from '../../src/data/schema.js';

/** Runs `fn` and returns the MetricError it throws, failing if it throws anything else. */
export function metricError(fn: () => unknown): MetricError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(MetricError);
    expect(e).to.be.instanceOf(RangeError);
    expect((e as Error).name).to.equal('MetricError');
    return e as MetricError;
  }
  throw new Error('expected a MetricError, but nothing was thrown');
}

/** A metric with just enough fields; `extra` overrides. */
export const metric = (id: string, kind: MetricKind, value: number, extra: Partial<Metric> = {}): Metric => ({
  id, kind, label: id, value, ...extra,
});
