// Compile-time test of `waymark/react`, checked by `npm run typecheck`
// (never run): event props carry the element's own event types, properties
// take the element's types, and a prop an element does not have is an error.
import { createElement } from 'react';
import {
  WmDataSource, WmJourneyScore, WmMaturityScan, WmScoreGauge, WmStageTracker, WmTouchpointTimeline,
  type WmStageTrackerProps,
} from '../../src/react/index.js';
import { StaticAdapter, type Journey } from '../../src/index.js';

export function typedProps(journey: Journey) {
  const names: string[] = [];
  const props: WmStageTrackerProps = {
    data: journey,
    selectable: true,
    orientation: 'vertical',
    onWmLoad: (e) => names.push(...e.detail.data.stages.map((s) => s.name)),
    onWmError: (e) => names.push(e.detail.kind),
    onWmStageSelect: (e) => names.push(e.detail.stage.id),
  };
  return [
    createElement(WmStageTracker, props),
    createElement(WmScoreGauge, { kind: 'nps', value: 42, onWmLoad: (e) => names.push(e.detail.data.label) }),
    createElement(WmJourneyScore, { data: journey, onWmError: (e) => names.push(e.detail.error.message) }),
    createElement(WmMaturityScan, {
      mode: 'single',
      onWmScanChange: (e) => names.push(String(e.detail.progress)),
      onWmScanComplete: (e) => names.push(String(e.detail.result.level)),
    }),
    createElement(WmTouchpointTimeline, {
      groupBy: 'stage',
      onWmTouchpointSelect: (e) => names.push(e.detail.touchpoint.channel),
      onWmLoad: (e) => names.push(String(e.detail.data.items.length)),
    }),
    createElement(WmDataSource, { adapter: new StaticAdapter({}), onWmAdapterChange: (e) => names.push(e.type) }),
    // @ts-expect-error a stage tracker fires no scan events
    createElement(WmStageTracker, { onWmScanChange: () => {} }),
    // @ts-expect-error orientation is one of horizontal | vertical | auto
    createElement(WmStageTracker, { orientation: 'diagonal' }),
    // @ts-expect-error the handler gets a StageSelectEvent, which has no detail.touchpoint
    createElement(WmStageTracker, { onWmStageSelect: (e) => e.detail.touchpoint }),
  ];
}
