// Every workload, in the order they run. A workload is
// `{ name, title, pageA, pageB, goal?, goals?, check?, nodes?, prepare?, after? }`: see bench/README.md.
import stageTrackers from './stage-trackers.js';
import scoreGauges from './score-gauges.js';
import maturityScan from './maturity-scan.js';
import touchpointTimeline from './touchpoint-timeline.js';
import journeyMap from './journey-map.js';

export const WORKLOADS = [stageTrackers, scoreGauges, ...maturityScan, ...journeyMap, ...touchpointTimeline];

/**
 * The workloads `--only name` picks: the one so named, or every one whose
 * name starts with `name-` (`--only touchpoint-timeline` runs all three sizes,
 * `--only maturity-scan` both phases, `--only journey-map` both maps). All of them without `name`.
 */
export function select(name) {
  if (!name) return WORKLOADS;
  const chosen = WORKLOADS.filter((w) => w.name === name || w.name.startsWith(`${name}-`));
  if (!chosen.length) throw new Error(`No workload "${name}"; there are: ${WORKLOADS.map((w) => w.name).join(', ')}`);
  return chosen;
}
