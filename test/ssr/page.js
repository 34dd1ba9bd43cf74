// The page a server renders and the browser hydrates: every element with its
// data given inline, and one that loads through an adapter (it renders its
// loading state). One module for both sides, as in a real app.
import { html } from 'lit';
import { onboardingJourney, serviceJourney } from '../../fixtures/journeys.js';
import { generateTimeline } from '../../fixtures/touchpoints.js';
import { demoMap } from '../../fixtures/demo-map.js';

export const NOW = Date.parse('2025-06-01T00:00:00Z');

/** The data of the page: the same on the server and in the browser. */
export function sample() {
  return {
    journey: onboardingJourney({ now: NOW }),
    score: serviceJourney(),
    timeline: generateTimeline({ count: 40, from: '2025-01-01T00:00:00Z', to: '2025-06-01T00:00:00Z' }),
    map: demoMap(NOW),
  };
}

export const page = (d) => html`<main>
  <wm-stage-tracker .data=${d.journey} .now=${NOW} selectable></wm-stage-tracker>
  <wm-score-gauge kind="nps" value="32" previous="20" label="Net Promoter Score"></wm-score-gauge>
  <wm-journey-score .data=${d.score}></wm-journey-score>
  <wm-maturity-scan autosave="off"></wm-maturity-scan>
  <wm-touchpoint-timeline .data=${d.timeline}></wm-touchpoint-timeline>
  <wm-journey-map .data=${d.map} selectable></wm-journey-map>
  <wm-score-gauge id="loads" metric="nps"></wm-score-gauge>
</main>`;
