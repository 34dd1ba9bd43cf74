// Schemas for what the elements can show, not only what the SPEC's shapes
// allow: a metric's range must have width and its change must be a number,
// or the metric functions (and so the gauge and the journey score) cannot
// read it. Failing here makes such data `invalid-data` naming the field,
// like any other schema failure, instead of an error in the middle of a render.
import * as z from 'zod/mini';
import { change, metricRange } from '../metrics/index.js';
import { Journey } from './shapes/journey.js';
import { Metric } from './shapes/metric.js';

type Ctx = Parameters<Parameters<typeof z.superRefine<unknown>>[0]>[1];

/** Adds an issue at `path` (+ `field`) when the metric's range cannot be read; true when it can. */
function checkRange(m: Metric, ctx: Ctx, input: unknown, path: PropertyKey[]): boolean {
  try {
    metricRange(m);
    return true;
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message, path: [...path, 'max'], input });
    return false;
  }
}

/** A metric the gauge can draw: a range whose min is below its max, a change that is a finite number. */
export const ReadableMetric = Metric.check(
  z.superRefine((m: Metric, ctx) => {
    if (!checkRange(m, ctx, m, [])) return;
    try {
      change(m.value, m.previous);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message, path: ['previous'], input: m });
    }
  }),
);

/** A journey whose components can be scored: every component's metric needs a range with width. */
export const ScorableJourney = Journey.check(
  z.superRefine((j: Journey, ctx) => {
    j.scoreComponents?.forEach((c, i) => checkRange(c.metric, ctx, j, ['scoreComponents', i, 'metric']));
  }),
);
