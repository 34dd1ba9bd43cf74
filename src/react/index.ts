/**
 * `waymark/react`: React components for every Waymark element, made with
 * @lit/react. Each sets the element's properties (`data`, `adapter`,
 * `weights`, …) as properties rather than attributes, and maps the element's
 * `wm-*` events to typed `onWm*` props, so React 18 (which passes only
 * attributes to custom elements) and React 19 behave the same.
 *
 * Importing this module defines all six elements: the wrappers take their
 * classes from the modules that register the tags (the per-element entries,
 * `waymark/stage-tracker.js` and so on), so a wrapper never renders an
 * undefined tag. Load Waymark once per page; a second copy keeps the first
 * definition and warns instead of throwing.
 */
import * as React from 'react';
import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';
import { StageTracker } from '../elements/stage-tracker/define.js';
import { ScoreGauge } from '../elements/score-gauge/define.js';
import { JourneyScore } from '../elements/journey-score/define.js';
import { MaturityScan } from '../elements/maturity-scan/define.js';
import { TouchpointTimeline } from '../elements/touchpoint-timeline/define.js';
import { DataSource } from '../elements/data-source/define.js';
import type { WaymarkErrorEvent, WaymarkLoadEvent } from '../data/events.js';
import type { StageSelectEvent } from '../elements/stage-tracker/events.js';
import type { Journey, Metric } from '../data/schema.js';
import type { MaturityScanDefinition } from '../data/scans/schema.js';
import type { ScanChangeEvent, ScanCompleteEvent } from '../elements/maturity-scan/events.js';
import type { TouchpointSelectEvent } from '../elements/touchpoint-timeline/events.js';
import type { TimelineData } from '../elements/touchpoint-timeline/data.js';

/** `onWmLoad` carries the element's own data shape; `onWmError` the failure. */
export type WmDataEvents<T> = {
  onWmLoad: EventName<WaymarkLoadEvent<T>>;
  onWmError: EventName<WaymarkErrorEvent>;
};
export type WmStageTrackerEvents = WmDataEvents<Journey> & { onWmStageSelect: EventName<StageSelectEvent> };
export type WmScoreGaugeEvents = WmDataEvents<Metric>;
export type WmJourneyScoreEvents = WmDataEvents<Journey>;
export type WmMaturityScanEvents = WmDataEvents<MaturityScanDefinition> & {
  onWmScanChange: EventName<ScanChangeEvent>;
  onWmScanComplete: EventName<ScanCompleteEvent>;
};
export type WmTouchpointTimelineEvents = WmDataEvents<TimelineData> & {
  onWmTouchpointSelect: EventName<TouchpointSelectEvent>;
};
export type WmDataSourceEvents = { onWmAdapterChange: EventName<Event> };

const dataEvents = { onWmLoad: 'wm-load', onWmError: 'wm-error' } as const;

/**
 * The wrappers differ only in these four values. Each call casts `events` to
 * the exported event map: that type, not the literal strings, types the `onWm*` props.
 */
const wrap = <I extends HTMLElement, E extends Record<string, EventName>>(
  tagName: string,
  elementClass: Options<I, E>['elementClass'],
  displayName: string,
  events: E,
): ReactWebComponent<I, E> => createComponent({ react: React, tagName, elementClass, displayName, events });

/** `<wm-stage-tracker>`: `onWmLoad`, `onWmError`, `onWmStageSelect`. */
export const WmStageTracker: ReactWebComponent<StageTracker, WmStageTrackerEvents> = wrap(
  'wm-stage-tracker', StageTracker, 'WmStageTracker',
  { ...dataEvents, onWmStageSelect: 'wm-stage-select' } as WmStageTrackerEvents,
);

/** `<wm-score-gauge>`: `onWmLoad`, `onWmError`. */
export const WmScoreGauge: ReactWebComponent<ScoreGauge, WmScoreGaugeEvents> = wrap(
  'wm-score-gauge', ScoreGauge, 'WmScoreGauge', dataEvents as WmScoreGaugeEvents,
);

/** `<wm-journey-score>`: `onWmLoad`, `onWmError`. */
export const WmJourneyScore: ReactWebComponent<JourneyScore, WmJourneyScoreEvents> = wrap(
  'wm-journey-score', JourneyScore, 'WmJourneyScore', dataEvents as WmJourneyScoreEvents,
);

/** `<wm-maturity-scan>`: `onWmLoad`, `onWmError`, `onWmScanChange`, `onWmScanComplete`. */
export const WmMaturityScan: ReactWebComponent<MaturityScan, WmMaturityScanEvents> = wrap(
  'wm-maturity-scan', MaturityScan, 'WmMaturityScan',
  { ...dataEvents, onWmScanChange: 'wm-scan-change', onWmScanComplete: 'wm-scan-complete' } as WmMaturityScanEvents,
);

/** `<wm-touchpoint-timeline>`: `onWmLoad`, `onWmError`, `onWmTouchpointSelect`. */
export const WmTouchpointTimeline: ReactWebComponent<TouchpointTimeline, WmTouchpointTimelineEvents> = wrap(
  'wm-touchpoint-timeline', TouchpointTimeline, 'WmTouchpointTimeline',
  { ...dataEvents, onWmTouchpointSelect: 'wm-touchpoint-select' } as WmTouchpointTimelineEvents,
);

/** `<wm-data-source>`: `onWmAdapterChange` when the adapter it provides changes. */
export const WmDataSource: ReactWebComponent<DataSource, WmDataSourceEvents> = wrap(
  'wm-data-source', DataSource, 'WmDataSource', { onWmAdapterChange: 'wm-adapter-change' } as WmDataSourceEvents,
);

export type WmStageTrackerProps = React.ComponentProps<typeof WmStageTracker>;
export type WmScoreGaugeProps = React.ComponentProps<typeof WmScoreGauge>;
export type WmJourneyScoreProps = React.ComponentProps<typeof WmJourneyScore>;
export type WmMaturityScanProps = React.ComponentProps<typeof WmMaturityScan>;
export type WmTouchpointTimelineProps = React.ComponentProps<typeof WmTouchpointTimeline>;
export type WmDataSourceProps = React.ComponentProps<typeof WmDataSource>;
