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
 * `--only maturity-scan` both phases, `--only journey-map` both maps), or several
 * of those, comma-separated. All of them without `name`.
 */
export function select(name) {
  if (!name) return WORKLOADS;
  // Several names or families, comma-separated (`stage-tracker,score-gauge`), run in the bench's order.
  const names = name.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !WORKLOADS.some((w) => w.name === n || w.name.startsWith(`${n}-`)));
  if (unknown.length || !names.length) throw new Error(`No workload "${unknown[0] ?? name}"; there are: ${WORKLOADS.map((w) => w.name).join(', ')}`);
  return WORKLOADS.filter((w) => names.some((n) => w.name === n || w.name.startsWith(`${n}-`)));
}
