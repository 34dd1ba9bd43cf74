import type { Stage } from '../../data/schema.js';
import { msg } from '../../i18n/localize.js';
import { channelName, type GroupBy } from './data.js';
import { NO_STAGE, type TouchpointStore } from './store.js';

/**
 * Heights in CSS pixels of the rows the canvas draws. The lane labels beside
 * it are HTML rows of the same heights (touchpoint-timeline.styles.ts).
 */
export const ROW = { curve: 56, bands: 20, lane: 36, axis: 28 } as const;
export const LANES_TOP = ROW.curve + ROW.bands;
export const plotHeight = (lanes: number) => LANES_TOP + Math.max(1, lanes) * ROW.lane + ROW.axis;

export interface Lane {
  key: string;
  label: string;
  count: number;
}

/** Which lane each touchpoint goes in, given the grouping and the channel filter. */
export interface Lanes {
  lanes: Lane[];
  byStage: boolean;
  /** Per channel index: shown (1) or filtered out (0). */
  shown: Uint8Array;
  /** Per channel index (by channel or none) or stage index (by stage; the last entry is "no stage"): lane, or -1. */
  laneOf: Int16Array;
}

export interface Band {
  id: string;
  label: string;
  from: number;
  to: number;
}

/** Lane labels are words: call it while the element renders, or inside its `localized()`. */
export function buildLanes(store: TouchpointStore, groupBy: GroupBy, stages: Stage[] | undefined, filter?: ReadonlySet<string>): Lanes {
  const shown = Uint8Array.from(store.channels, (c) => (!filter || filter.has(c) ? 1 : 0));
  const byStage = groupBy === 'stage';
  const lanes: Lane[] = [];
  let laneOf: Int16Array;
  if (groupBy === 'channel') {
    laneOf = new Int16Array(store.channels.length).fill(-1);
    for (const c of store.channelOrder) {
      if (!shown[c]) continue;
      laneOf[c] = lanes.push({ key: store.channels[c]!, label: channelName(store.channels[c]!), count: 0 }) - 1;
    }
  } else if (byStage) {
    const ids = store.stageIds;
    laneOf = new Int16Array(ids.length + 1).fill(-1);
    const names = new Map((stages ?? []).map((s) => [s.id, s.name]));
    const order = [...new Set([...(stages ?? []).map((s) => s.id), ...ids])];
    for (const id of order) {
      const lane = lanes.push({ key: id, label: names.get(id) ?? id, count: 0 }) - 1;
      const s = ids.indexOf(id);
      if (s >= 0) laneOf[s] = lane;
    }
  } else {
    laneOf = new Int16Array(store.channels.length).fill(0);
    lanes.push({ key: 'all', label: msg('All touchpoints', { id: 'timeline.lane.all' }), count: 0 });
  }
  let noStage = false;
  for (let i = 0; i < store.length; i++) {
    if (!shown[store.channel[i]!]) continue;
    const s = store.stage[i]!;
    if (byStage && s === NO_STAGE) noStage = true;
    const lane = byStage ? laneOf[s === NO_STAGE ? store.stageIds.length : s]! : laneOf[store.channel[i]!]!;
    if (lane >= 0) lanes[lane]!.count++;
  }
  if (noStage) {
    laneOf[store.stageIds.length] = lanes.length;
    lanes.push({ key: '', label: msg('No stage', { id: 'timeline.lane.no-stage' }), count: 0 });
    for (let i = 0; i < store.length; i++) if (store.stage[i] === NO_STAGE && shown[store.channel[i]!]) lanes[lanes.length - 1]!.count++;
  }
  return { lanes, byStage, shown, laneOf };
}

/** The lane of touchpoint `i`, or -1 when it is filtered out. */
export function laneOfIndex(l: Lanes, store: TouchpointStore, i: number): number {
  const c = store.channel[i]!;
  if (!l.shown[c]) return -1;
  if (!l.byStage) return l.laneOf[c]!;
  const s = store.stage[i]!;
  return l.laneOf[s === NO_STAGE ? store.stageIds.length : s]!;
}

/**
 * Stage bands: from the journey's stage dates when it has them (a stage
 * runs from its start to its completion, else to the next stage's start,
 * else to the last touchpoint); otherwise from the first to the last
 * touchpoint of each stage.
 */
export function buildBands(store: TouchpointStore, stages: Stage[] | undefined): Band[] {
  const names = new Map((stages ?? []).map((s) => [s.id, s.name]));
  const dated = (stages ?? []).filter((s) => s.startedAt);
  if (dated.length) {
    const end = Math.max(store.last || 0, Date.now());
    return dated.map((s, i) => {
      const from = Date.parse(s.startedAt!);
      const next = dated[i + 1]?.startedAt;
      const to = s.completedAt ? Date.parse(s.completedAt) : next ? Date.parse(next) : end;
      return { id: s.id, label: s.name, from, to: Math.max(from, to) };
    });
  }
  return store.stageIds
    .map((id, s) => ({ id, label: names.get(id) ?? id, from: store.stageSpans[s]![0], to: store.stageSpans[s]![1] }))
    .sort((a, b) => a.from - b.from);
}
