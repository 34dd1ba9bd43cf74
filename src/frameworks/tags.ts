// What each tag takes, for the framework typings (`waymark/jsx-react`,
// `waymark/vue`): its properties, the kebab-case attributes whose property has
// another name, and its events. Types only; the property types come from the
// element classes, so the typings cannot drift from the elements.
import type { WaymarkErrorEvent, WaymarkLoadEvent } from '../data/events.js';
import type { Journey, JourneyMap, Metric } from '../data/schema.js';
import type { MaturityScanDefinition } from '../data/scans/schema.js';
import type { DataSource } from '../elements/data-source/data-source.js';
import type { AdapterChangeEvent } from '../elements/data-source/events.js';
import type { JourneyScore } from '../elements/journey-score/journey-score.js';
import type { ScanChangeEvent, ScanCompleteEvent } from '../elements/maturity-scan/events.js';
import type { MaturityScan } from '../elements/maturity-scan/maturity-scan.js';
import type { ScoreGauge } from '../elements/score-gauge/score-gauge.js';
import type { MilestoneChangeEvent, StageSelectEvent } from '../elements/stage-tracker/events.js';
import type { StageTracker } from '../elements/stage-tracker/stage-tracker.js';
import type { TouchpointSelectEvent } from '../elements/touchpoint-timeline/events.js';
import type { TimelineData } from '../elements/touchpoint-timeline/data.js';
import type { TouchpointTimeline } from '../elements/touchpoint-timeline/touchpoint-timeline.js';
import type { CellSelectEvent } from '../elements/journey-map/events.js';
import type { JourneyMapElement } from '../elements/journey-map/journey-map.js';

/** The properties every data-driven element shares. */
type DataProps = 'data' | 'adapter' | 'src' | 'source' | 'locale';

/** `wm-load` with the element's own data shape, and `wm-error`. */
export interface DataEvents<T> {
  'wm-load': WaymarkLoadEvent<T>;
  'wm-error': WaymarkErrorEvent;
}

/** One tag: its class, its settable properties, attributes named apart from their property, and its events. */
export interface TagTypes<E extends HTMLElement, K extends keyof E, A, V> {
  element: E;
  properties: { [P in K]?: E[P] };
  attributes: A;
  events: V;
}

/** A number written as an attribute: a number, or its digits. */
type NumberAttribute = number | `${number}`;

/** Every Waymark tag, by name. */
export interface WaymarkTags {
  'wm-stage-tracker': TagTypes<
    StageTracker,
    DataProps | 'journey' | 'customer' | 'orientation' | 'variant' | 'selectable' | 'selected' | 'actionable' | 'now',
    {},
    DataEvents<Journey> & { 'wm-stage-select': StageSelectEvent; 'wm-milestone-change': MilestoneChangeEvent }
  >;
  'wm-score-gauge': TagTypes<
    ScoreGauge,
    DataProps | 'metric' | 'journey' | 'customer' | 'kind' | 'value' | 'min' | 'max' | 'target' | 'previous' | 'label' | 'size' | 'trend',
    {},
    DataEvents<Metric>
  >;
  'wm-journey-score': TagTypes<JourneyScore, DataProps | 'journey' | 'customer' | 'weights', {}, DataEvents<Journey>>;
  'wm-maturity-scan': TagTypes<
    MaturityScan,
    DataProps | 'scan' | 'respondent' | 'name' | 'required' | 'mode' | 'autosave' | 'definition' | 'value',
    {},
    DataEvents<MaturityScanDefinition> & { 'wm-scan-change': ScanChangeEvent; 'wm-scan-complete': ScanCompleteEvent }
  >;
  'wm-touchpoint-timeline': TagTypes<
    TouchpointTimeline,
    DataProps | 'journey' | 'customer' | 'from' | 'to' | 'groupBy' | 'channels' | 'view' | 'selected',
    { 'group-by'?: TouchpointTimeline['groupBy'] },
    DataEvents<TimelineData> & { 'wm-touchpoint-select': TouchpointSelectEvent }
  >;
  'wm-journey-map': TagTypes<
    JourneyMapElement,
    DataProps | 'journey' | 'columns' | 'lanes' | 'selectable',
    {},
    DataEvents<JourneyMap> & { 'wm-cell-select': CellSelectEvent }
  >;
  'wm-data-source': TagTypes<
    DataSource,
    'type' | 'baseUrl' | 'src' | 'timeoutMs' | 'retries' | 'headers' | 'adapter',
    { 'base-url'?: string; 'timeout-ms'?: NumberAttribute },
    { 'wm-adapter-change': AdapterChangeEvent }
  >;
}

export type WaymarkTagName = keyof WaymarkTags;
