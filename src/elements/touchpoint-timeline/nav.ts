import { LANES_TOP, ROW, laneOfIndex, type Lanes } from './layout.js';
import type { TimeScale } from './scale.js';
import type { TouchpointStore } from './store.js';
import { BIN_PX } from './marks.js';

/** The next shown touchpoint after (dir 1) or before (dir -1) index `i`; `i` itself at either end. */
export function step(store: TouchpointStore, lanes: Lanes, i: number, dir: 1 | -1): number {
  for (let j = i + dir; j >= 0 && j < store.length; j += dir) if (laneOfIndex(lanes, store, j) >= 0) return j;
  return i;
}

/** The first shown touchpoint from index `from` on (dir 1) or back (dir -1), or -1. */
export function firstShown(store: TouchpointStore, lanes: Lanes, from: number, dir: 1 | -1 = 1): number {
  for (let j = from; j >= 0 && j < store.length; j += dir) if (laneOfIndex(lanes, store, j) >= 0) return j;
  return -1;
}

/** The touchpoint in the lane above (-1) or below (1) nearest in time to index `i`, else `i`. */
export function laneStep(store: TouchpointStore, lanes: Lanes, i: number, dir: 1 | -1): number {
  const target = laneOfIndex(lanes, store, i) + dir;
  if (target < 0 || target >= lanes.lanes.length) return i;
  const t = store.times[i]!;
  let best = -1;
  let bestDt = Infinity;
  for (let a = i - 1; a >= 0; a--) {
    if (laneOfIndex(lanes, store, a) !== target) continue;
    [best, bestDt] = [a, t - store.times[a]!];
    break;
  }
  for (let b = i + 1; b < store.length && store.times[b]! - t < bestDt; b++) {
    if (laneOfIndex(lanes, store, b) === target) {
      best = b;
      break;
    }
  }
  return best < 0 ? i : best;
}

export type Hit = { index: number } | { dense: number } | undefined;

/**
 * What is under the pointer at (x, y): the touchpoint drawn there, or
 * `{ dense: t }` when the mark there stands for several (the caller zooms in
 * on `t`), or nothing.
 */
export function hitTest(store: TouchpointStore, lanes: Lanes, scale: TimeScale, x: number, y: number): Hit {
  const lane = Math.floor((y - LANES_TOP) / ROW.lane);
  if (lane < 0 || lane >= lanes.lanes.length) return undefined;
  const binMs = BIN_PX * scale.msPerPx;
  const [t0, t1] = [scale.t(x - BIN_PX), scale.t(x + BIN_PX)].sort((a, b) => a - b) as [number, number];
  let best = -1;
  let bestDx = Infinity;
  for (let i = store.lowerBound(t0), end = store.lowerBound(t1 + 1); i < end; i++) {
    if (laneOfIndex(lanes, store, i) !== lane) continue;
    const dx = Math.abs(scale.x(store.times[i]!) - x);
    if (dx < bestDx) [best, bestDx] = [i, dx];
  }
  if (best < 0) return undefined;
  // The same bins the drawing used: a bin holding several touchpoints was drawn as one bar.
  const bin = Math.floor(store.times[best]! / binMs);
  let n = 0;
  for (let i = store.lowerBound(bin * binMs), end = store.lowerBound((bin + 1) * binMs); i < end && n < 2; i++) {
    if (laneOfIndex(lanes, store, i) === lane) n++;
  }
  return n > 1 ? { dense: store.times[best]! } : { index: best };
}
