// The package's exports: classes, schemas, adapters and metrics. Defines no
// element: `waymark` (src/waymark.ts) and the per-element entries do that.
export { StageTracker, ORIENTATIONS, VARIANTS } from './elements/stage-tracker/stage-tracker.js';
export type { Orientation, Variant } from './elements/stage-tracker/stage-tracker.js';
export { ScoreGauge, SIZES as GAUGE_SIZES } from './elements/score-gauge/score-gauge.js';
export type { GaugeSize } from './elements/score-gauge/score-gauge.js';
export { JourneyScore } from './elements/journey-score/journey-score.js';
export { MaturityScan, SCAN_MODES, AUTOSAVE_MODES } from './elements/maturity-scan/maturity-scan.js';
export type { ScanMode, AutosaveMode } from './elements/maturity-scan/maturity-scan.js';
export { ScanChangeEvent, ScanCompleteEvent } from './elements/maturity-scan/events.js';
export { MaturityScanDefinition, BUILT_IN_SCAN } from './data/scans/schema.js';
export { journeyManagementScan } from './data/scans/journey-management.js';
export { TouchpointTimeline, GROUP_BYS, VIEWS, TimelineData } from './elements/touchpoint-timeline/touchpoint-timeline.js';
export type { GroupBy, TimelineView } from './elements/touchpoint-timeline/touchpoint-timeline.js';
export { TouchpointSelectEvent } from './elements/touchpoint-timeline/events.js';
export { DataSource, SOURCE_TYPES } from './elements/data-source/data-source.js';
export type { SourceType } from './elements/data-source/data-source.js';
export { defineElement } from './elements/define-element.js';
export { LoadController } from './data/load-controller.js';
export { adapterContext } from './data/context.js';
export { WaymarkLoadEvent, WaymarkErrorEvent } from './data/events.js';
export { MilestoneChangeEvent, StageSelectEvent } from './elements/stage-tracker/events.js';
export { AdapterChangeEvent } from './elements/data-source/events.js';
export { DEFAULT_LIFECYCLE, withLifecycleDefaults } from './data/lifecycle.js';
export * from './data/adapters/index.js';
export * from './data/schema.js';
export * from './metrics/index.js';
