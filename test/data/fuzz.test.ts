import { fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/waymark.js';
import type { StageTracker } from '../../src/elements/stage-tracker/stage-tracker.js';
import { Journey } from '../../src/data/schema.js';
import { expectEachInvalidShown } from '../helpers/invalid-fuzz.js';

// Journeys that are almost right: valid shapes with one field broken.
const validStage = fc.record({
  id: fc.string({ minLength: 1 }),
  name: fc.string({ minLength: 1 }),
  status: fc.constantFrom('done', 'current', 'upcoming', 'blocked', 'skipped'),
  progress: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
});
const junk = fc.oneof(
  fc.constant(null), fc.constant(''), fc.integer(), fc.double(), fc.string(), fc.boolean(),
  fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const brokenJourney = fc
  .record({
    id: fc.string({ minLength: 1 }),
    name: fc.string({ minLength: 1 }),
    stages: fc.array(validStage, { minLength: 1, maxLength: 8 }),
  })
  .chain((j) =>
    fc.oneof(
      junk.map((v) => ({ ...j, id: v })),
      junk.map((v) => ({ ...j, stages: v })),
      fc.tuple(fc.nat(j.stages.length - 1), fc.constantFrom('id', 'name', 'status', 'progress', 'startedAt', 'window', 'milestones'), junk).map(
        ([i, key, v]) => ({ ...j, stages: j.stages.map((s, k) => (k === i ? { ...s, [key]: v } : s)) }),
      ),
      junk,
    ),
  )
  .filter((j) => j !== null && !Journey.safeParse(j).success);

describe('1,000 random invalid journeys', () => {
  it('each renders the error state naming the failing field, with no uncaught error', async () => {
    const el = await fixture<StageTracker>(html`<wm-stage-tracker></wm-stage-tracker>`);
    await expectEachInvalidShown(el, brokenJourney, {
      what: 'journey',
      reason: /: (expected|required|must|is not)/,
      seed: 20261122,
    });
  });
});
