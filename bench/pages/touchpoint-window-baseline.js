// Page B: the hand-written timeline (touchpoint-timeline-baseline-view.js)
// given the same touchpoints; a window change sets its view and redraws it.
import { windowBench } from './touchpoint-window-harness.js';
import { BaselineTimeline } from './touchpoint-timeline-baseline-view.js';
import { FROM, TO, timeline } from './touchpoint-window-data.js';

const root = document.getElementById('root');
const data = timeline();
let view;

windowBench(
  async () => {
    view = new BaselineTimeline(root, data.items, data.stages, Date.parse(FROM), Date.parse(TO));
  },
  () => view.describe(),
  () => view.plot,
  () => view.range(),
  async (from, to) => {
    view.extent = view.view = { from: Date.parse(from), to: Date.parse(to) };
    view.render();
  },
);
