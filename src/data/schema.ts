// `waymark/schema`: every data shape. Each shape lives in its own module
// (src/data/shapes/) so an element bundles only the schemas it validates:
// the tracker's Journey, not the timeline's or the scan's.
import { Journey, Milestone, Stage } from './shapes/journey.js';
import { Metric, ScoreComponent } from './shapes/metric.js';
import { Touchpoint, TouchpointPage } from './shapes/touchpoint.js';
import { ScanDefinition, ScanResponse, ScanResult } from './shapes/scan.js';
import { JourneyMap } from './shapes/journey-map.js';

export * from './shapes/journey.js';
export * from './shapes/metric.js';
export * from './shapes/touchpoint.js';
export * from './shapes/scan.js';
export * from './shapes/journey-map.js';

/** Every data shape by name, for validation and JSON Schema generation. */
export const schemas = {
  Journey, Stage, Milestone, Metric, ScoreComponent, Touchpoint, TouchpointPage,
  ScanDefinition, ScanResponse, ScanResult, JourneyMap,
} as const;
