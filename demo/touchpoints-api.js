// Sample touchpoints for the demo API: every dated stage of every demo
// journey gets touchpoints from its start to its completion (or now), with
// that stage's id, from the seeded generator in fixtures/touchpoints.js.
// demo/api.js serves them at GET /api/journeys/{journey}/touchpoints with
// its cursor paging (see the wiring notes in touchpointsFor).

import { generateTouchpoints } from '../fixtures/touchpoints.js';

const DAY = 86_400_000;
/** Touchpoints per day: a lively onboarding, a steady lifecycle. */
const PER_DAY = { onboarding: 8, lifecycle: 14 };

export const touchpointKey = (journey, customer) => `${journey}/${customer ?? ''}`;

/**
 * `{ "journey/customer": Touchpoint[] }` for the given journeys, in time
 * order. The same journeys and `now` always give the same touchpoints.
 * @param {import('../src/data/schema.js').Journey[]} journeys
 * @param {number} [now]
 */
export function demoTouchpoints(journeys, now = Date.now()) {
  const out = {};
  journeys.forEach((journey, j) => {
    const perDay = PER_DAY[journey.id];
    if (!perDay) return;
    const list = [];
    journey.stages.forEach((stage, s) => {
      if (!stage.startedAt) return;
      const from = Date.parse(stage.startedAt);
      const to = stage.completedAt ? Date.parse(stage.completedAt) : now;
      if (!(to > from)) return;
      list.push(...generateTouchpoints({
        count: Math.max(3, Math.round(((to - from) / DAY) * perDay)),
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        stages: [stage.id],
        seed: 97 * (j + 1) + s,
        prefix: `${journey.id}-${journey.customer ?? 'all'}-${stage.id}`,
      }));
    });
    out[touchpointKey(journey.id, journey.customer)] = list;
  });
  return out;
}

/**
 * The touchpoints of `journey` for `customer` (any customer's when none is
 * given, as with journeys), or an empty list.
 * @param {Record<string, unknown[]>} touchpoints as made by demoTouchpoints
 */
export function touchpointsFor(touchpoints, journey, customer) {
  if (customer !== undefined) return touchpoints[touchpointKey(journey, customer)] ?? [];
  const key = Object.keys(touchpoints).find((k) => k.startsWith(`${journey}/`));
  return key ? touchpoints[key] : [];
}
