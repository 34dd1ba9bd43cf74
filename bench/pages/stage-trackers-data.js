// The data both stage-tracker pages render: 200 seven-stage journeys, stage 4
// (Onboarding, index 3) current, at a fixed "now" so every run draws the same.
import { lifecycleJourney } from '/fixtures/journeys.js';

export const COUNT = 200;
export const NOW = Date.parse('2026-06-01T12:00:00Z');

/** Built before the clock starts: the workload is rendering, not making data. */
export const journeys = Array.from({ length: COUNT }, (_, i) =>
  lifecycleJourney({ id: `lifecycle-${i}`, customer: `account-${i}`, name: `Account ${i + 1} lifecycle`, current: 3, now: NOW }),
);
