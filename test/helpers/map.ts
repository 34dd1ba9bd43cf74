// Journey maps for the journey map's tests.
import type { JourneyMap } from '../../src/data/schema.js';

/** A small map: two stages, three steps, one lane of each kind. */
export const smallMap = (): JourneyMap => ({
  id: 'm',
  name: 'Sign up',
  persona: { name: 'Sam', summary: 'Tries things out on a phone.' },
  stages: [{ id: 'find', name: 'Find us' }, { id: 'join', name: 'Join' }],
  steps: [
    { id: 'ad', stageId: 'find', name: 'Sees an ad' },
    { id: 'site', stageId: 'find', name: 'Visits the site' },
    { id: 'form', stageId: 'join', name: 'Fills in the form' },
  ],
  lanes: [
    {
      id: 'doing', label: 'Doing', kind: 'notes',
      cells: [
        { column: 'ad', notes: [{ text: 'Scrolls past', tone: 'neutral' }] },
        { column: 'site', notes: [{ text: 'Slow page', tone: 'pain' }, { text: 'Clear prices', tone: 'gain' }] },
        { column: 'form', notes: [{ text: 'Autofill', tone: 'idea', link: 'https://example.com/idea' }] },
      ],
    },
    {
      id: 'feel', label: 'Feeling', kind: 'emotion', scale: 2,
      series: [{ id: 'now', name: 'Now' }, { id: 'goal', name: 'Goal' }],
      cells: [
        { column: 'ad', emotion: { now: 0, goal: 1 } },
        { column: 'site', emotion: { now: -2, goal: 1 } },
        { column: 'form', emotion: { now: 1.5, goal: 2 } },
      ],
    },
    {
      id: 'via', label: 'Channels', kind: 'channels',
      cells: [
        { column: 'ad', channels: [{ channel: 'social', count: 900 }] },
        { column: 'site', channels: [{ channel: 'web', count: 600 }, { channel: 'app' }] },
      ],
    },
    {
      id: 'kpi', label: 'Metrics', kind: 'metrics',
      cells: [{ column: 'form', metrics: [{ id: 'c', kind: 'csat', label: 'Form CSAT', value: 82, previous: 78 }] }],
    },
    {
      id: 'people', label: 'Customers', kind: 'funnel',
      cells: [{ column: 'ad', reached: 1000 }, { column: 'site', reached: 620 }, { column: 'form', reached: 155 }],
    },
  ],
});

/** The demo's "get help" map. */
export { demoMap } from '../../fixtures/demo-map.js';
