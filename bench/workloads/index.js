// Every workload, in the order they run. A workload is
// `{ name, title, pageA, pageB, goal, prepare? }`: see bench/README.md.
import stageTrackers from './stage-trackers.js';
import scoreGauges from './score-gauges.js';
import maturityScan from './maturity-scan.js';

export const WORKLOADS = [stageTrackers, scoreGauges, ...maturityScan];
