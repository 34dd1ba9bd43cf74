import type { TemplateMap } from '@lit/localize';
import { common } from './de/common.js';
import { stageTracker } from './de/stage-tracker.js';
import { scoreGauge } from './de/score-gauge.js';
import { maturityScan } from './de/maturity-scan.js';
import { touchpointTimeline } from './de/touchpoint-timeline.js';
import { journeyMap } from './de/journey-map.js';

/** German (Deutsch). Keys are `msg()` ids; `${n}` is the n-th value of the English `str` template. */
export const templates: TemplateMap = { ...common, ...stageTracker, ...scoreGauge, ...maturityScan, ...touchpointTimeline, ...journeyMap };
