// The element contract (test/elements/contract.ts), run against every data
// element. A new element gets it by adding one call with its description.
import '../../src/waymark.js';
import type { Journey, Metric, Touchpoint } from '../../src/data/schema.js';
import type { MaturityScanDefinition } from '../../src/data/scans/schema.js';
import { lifecycleJourney, serviceJourney } from '../../fixtures/journeys.js';
import { demoMetrics } from '../../fixtures/demo-metrics.js';
import { generateTouchpoints } from '../../fixtures/touchpoints.js';
import { demoMap } from '../../fixtures/demo-map.js';
import { elementContract } from './contract.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');

/** A small custom scan (the built-in one needs no source, so loading names another). */
const serviceCheck = (): MaturityScanDefinition => ({
  id: 'service-check',
  title: 'Service check',
  scale: { min: 1, max: 4, labels: ['Never', 'Sometimes', 'Often', 'Always'] },
  dimensions: [{ id: 'care', name: 'Care' }, { id: 'speed', name: 'Speed' }],
  questions: [
    { id: 'c1', dimensionId: 'care', text: 'We call back when we promised to.' },
    { id: 'c2', dimensionId: 'care', text: 'Customers get one named contact.', weight: 2 },
    { id: 's1', dimensionId: 'speed', text: 'We answer within a day.' },
  ],
  levels: [
    { level: 1, name: 'Starting', minScore: 0, summary: 'Early days.', recommendations: ['Start measuring.'] },
    { level: 2, name: 'Growing', minScore: 50, summary: 'Getting there.', recommendations: ['Keep going.'] },
  ],
});

const nps = (): Metric => demoMetrics(NOW)[0]!;

const touchpoints = (): { items: Touchpoint[] } => ({
  items: generateTouchpoints({ count: 24, from: '2025-03-01T00:00:00Z', to: '2025-03-31T00:00:00Z' }),
});

elementContract({
  tag: 'wm-stage-tracker',
  noun: 'journey',
  method: 'journey',
  load: { journey: 'lifecycle' },
  valid: () => lifecycleJourney({ now: NOW }),
  empty: () => ({ id: 'j', name: 'Empty', stages: [] }),
  invalid: {
    data: () => {
      const j = lifecycleJourney({ now: NOW });
      (j.stages[2] as { status: string }).status = 'finished';
      return j;
    },
    path: 'stages[2].status',
    reason: 'expected one of done, current, upcoming, blocked, skipped',
  },
  ready: 'li[part~="stage"]',
  texts: { loading: 'Loading journey…', empty: 'This journey has no stages yet.' },
});

elementContract({
  tag: 'wm-score-gauge',
  noun: 'metric',
  method: 'metric',
  load: { metric: 'onboarding-nps' },
  valid: nps,
  empty: () => ({ ...nps(), sampleSize: 0 }),
  invalid: { data: () => ({ ...nps(), kind: 'gauge' }), path: 'kind', reason: 'expected one of nps, csat, ces, health, score' },
  ready: '[part~="gauge"]',
  texts: { loading: 'Loading metric…', empty: 'No responses yet, so there is no score to show.' },
  inline: [{ name: 'kind and value attributes', attrs: { kind: 'nps', value: '32' } }],
});

elementContract({
  tag: 'wm-journey-score',
  noun: 'journey',
  method: 'journey',
  load: { journey: 'get-help' },
  valid: () => serviceJourney(),
  empty: (): Journey => ({ ...serviceJourney(), scoreComponents: [] }),
  invalid: {
    data: () => {
      const j = serviceJourney();
      (j.scoreComponents![1] as { weight: number }).weight = -2;
      return j;
    },
    path: 'scoreComponents[1].weight',
    reason: 'must be at least 0',
  },
  ready: '[part~="components"]',
  texts: { loading: 'Loading journey score…', empty: 'This journey has no score components yet.' },
});

elementContract({
  tag: 'wm-maturity-scan',
  noun: 'scan',
  method: 'scan',
  attrs: { autosave: 'off' },
  load: { scan: 'service-check' },
  valid: serviceCheck,
  empty: () => ({ ...serviceCheck(), questions: [] }),
  invalid: {
    data: () => {
      const d = serviceCheck();
      d.questions.push({ id: 'x', dimensionId: 'nowhere', text: 'Lost?' });
      return d;
    },
    path: 'questions[3].dimensionId',
    reason: 'names no dimension of this scan ("nowhere")',
  },
  ready: '[part~="question"]',
  texts: { loading: 'Loading the scan…', empty: 'This scan has no questions yet.' },
  inline: [{ name: 'no source (the built-in scan)', attrs: {} }],
});

elementContract({
  tag: 'wm-touchpoint-timeline',
  noun: 'touchpoints',
  method: 'touchpoints',
  load: { journey: 'lifecycle' },
  valid: touchpoints,
  empty: () => ({ items: [] }),
  invalid: {
    data: () => {
      const d = touchpoints();
      d.items[0]!.at = 'last Tuesday';
      return d;
    },
    path: 'items[0].at',
    reason: 'expected an ISO 8601 date-time',
  },
  also: { journey: () => lifecycleJourney({ now: NOW }) },
  ready: '[part~="plot"]',
  texts: { loading: 'Loading touchpoints…', empty: 'No touchpoints to show yet.' },
});

elementContract({
  tag: 'wm-journey-map',
  noun: 'journey map',
  method: 'journeyMap',
  load: { journey: 'get-help' },
  valid: () => demoMap(NOW),
  empty: () => ({ ...demoMap(NOW), lanes: [] }),
  invalid: {
    data: () => {
      const m = demoMap(NOW);
      m.lanes[1]!.cells[2]!.column = 'nowhere';
      return m;
    },
    path: 'lanes[1].cells[2].column',
    reason: 'unknown column "nowhere"',
  },
  ready: 'table',
  texts: { loading: 'Loading journey map…', empty: 'This journey map has no lanes yet.' },
});
