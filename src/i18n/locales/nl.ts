import type { TemplateMap } from '@lit/localize';
import { common } from './nl/common.js';
import { stageTracker } from './nl/stage-tracker.js';
import { scoreGauge } from './nl/score-gauge.js';
import { maturityScan } from './nl/maturity-scan.js';
import { touchpointTimeline } from './nl/touchpoint-timeline.js';
import { journeyMap } from './nl/journey-map.js';

/** Dutch (Nederlands). Keys are `msg()` ids; `${n}` is the n-th value of the English `str` template. */
export const templates: TemplateMap = { ...common, ...stageTracker, ...scoreGauge, ...maturityScan, ...touchpointTimeline, ...journeyMap };
