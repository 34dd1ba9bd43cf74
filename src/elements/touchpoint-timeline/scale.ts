/** A span of time in ms since the epoch. */
export interface TimeRange {
  from: number;
  to: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Zooming in stops at one hour across the plot: the finest ticks are quarter hours. */
export const MIN_SPAN = HOUR;

/**
 * Maps time to x in CSS pixels and back. In right-to-left layouts time runs
 * right to left, mirroring the axis, as lists and the stage tracker do.
 */
export class TimeScale {
  readonly k: number;
  constructor(
    readonly from: number,
    readonly to: number,
    readonly width: number,
    readonly rtl = false,
  ) {
    this.k = width / Math.max(1, to - from);
  }

  x(t: number): number {
    const x = (t - this.from) * this.k;
    return this.rtl ? this.width - x : x;
  }

  t(x: number): number {
    return this.from + (this.rtl ? this.width - x : x) / this.k;
  }

  /** Milliseconds one pixel covers. */
  get msPerPx(): number {
    return 1 / this.k;
  }
}

/**
 * The span the axis covers: `from` / `to` when given, else the data's first
 * and last touchpoint with 2 % room either side (a day either side of one
 * lone touchpoint).
 */
export function extentOf(first: number, last: number, from?: number, to?: number): TimeRange {
  let a = from ?? first;
  let b = to ?? last;
  if (!Number.isFinite(a) && !Number.isFinite(b)) {
    const now = Date.now();
    return { from: now - 30 * DAY, to: now };
  }
  if (!Number.isFinite(a)) a = b - 30 * DAY;
  if (!Number.isFinite(b)) b = a + 30 * DAY;
  if (b < a) [a, b] = [b, a];
  const pad = Math.max((b - a) * 0.02, b - a < HOUR ? DAY : 0);
  return { from: from === undefined ? a - pad : a, to: to === undefined ? b + pad : b };
}

/** Keeps a view inside the extent and between one hour and the whole extent wide. */
export function clampView(view: TimeRange, extent: TimeRange): TimeRange {
  const max = Math.max(MIN_SPAN, extent.to - extent.from);
  const span = Math.min(max, Math.max(MIN_SPAN, view.to - view.from));
  const mid = (view.from + view.to) / 2;
  let from = mid - span / 2;
  if (from < extent.from) from = extent.from;
  if (from + span > extent.to) from = Math.max(extent.to - span, extent.to - max);
  return { from, to: from + span };
}

/** `view` zoomed by `factor` (< 1 zooms in) keeping the instant `anchor` where it is on screen. */
export function zoomView(view: TimeRange, factor: number, anchor: number, extent: TimeRange): TimeRange {
  const from = anchor - (anchor - view.from) * factor;
  const to = anchor + (view.to - anchor) * factor;
  return clampView({ from, to }, extent);
}

/** `view` moved by `dt` ms (positive is later). */
export function panView(view: TimeRange, dt: number, extent: TimeRange): TimeRange {
  return clampView({ from: view.from + dt, to: view.to + dt }, extent);
}

export const sameRange = (a: TimeRange | undefined, b: TimeRange | undefined) =>
  !!a && !!b && Math.abs(a.from - b.from) < 1 && Math.abs(a.to - b.to) < 1;
