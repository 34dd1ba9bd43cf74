// Page B: the same timeline, hand-written (touchpoint-timeline-baseline-view.js).
import { timelineBench } from './touchpoint-timeline-harness.js';
import { BaselineTimeline } from './touchpoint-timeline-baseline-view.js';
import { FROM, PAGE, TO, source } from './touchpoint-timeline-data.js';

const root = document.getElementById('root');
let view;

timelineBench(
  async () => {
    // The same requests as page A: the journey for the stage bands, then every page.
    const adapter = source();
    const query = { journey: 'bench', from: FROM, to: TO };
    const [journey, first] = await Promise.all([adapter.journey(query), adapter.touchpoints({ ...query, limit: 1000 })]);
    const items = [...first.items];
    for (let cursor = first.nextCursor; cursor; ) {
      const page = await adapter.touchpoints({ ...query, cursor, limit: PAGE });
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    view = new BaselineTimeline(root, items, journey.stages, Date.parse(FROM), Date.parse(TO));
  },
  () => view.describe(),
  () => view.plot,
  () => view.range(),
);
