import { LANES_TOP, ROW, laneOfIndex, type Band, type Lanes } from './layout.js';
import { bar, BIN_PX, mark } from './marks.js';
import type { Palette } from './palette.js';
import type { TimeScale } from './scale.js';
import { F_MOMENT, FRICTION_SHIFT, NO_STAGE, type TouchpointStore } from './store.js';
import type { Tick } from './ticks.js';

import { msg } from '../../i18n/localize.js';

// Canvas tags, in the locale of the element drawing (plot.ts draws inside localized()).
const TAG_WORDS: (() => string)[] = [
  () => '',
  () => msg('Low friction', { id: 'timeline.tag.friction.low' }),
  () => msg('Medium friction', { id: 'timeline.tag.friction.medium' }),
  () => msg('High friction', { id: 'timeline.tag.friction.high' }),
  () => msg('Moment of truth', { id: 'timeline.tag.moment' }),
  () => msg('Moment of truth, low friction', { id: 'timeline.tag.moment-friction.low' }),
  () => msg('Moment of truth, medium friction', { id: 'timeline.tag.moment-friction.medium' }),
  () => msg('Moment of truth, high friction', { id: 'timeline.tag.moment-friction.high' }),
];

export interface DrawInput {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  dpr: number;
  store: TouchpointStore;
  lanes: Lanes;
  scale: TimeScale;
  bands: Band[];
  ticks: Tick[];
  palette: Palette;
  focus: number;
  selected: number;
}

/** What the drawn view shows, for its text alternative. */
export interface DrawStats {
  shown: number;
  moments: number;
  friction: number;
  sentimentSum: number;
  sentimentN: number;
  /** Some marks stand for several touchpoints. */
  aggregated: boolean;
}

// Scratch buffers reused by every draw: no allocation per frame.
let cnt = new Uint32Array(0);
let first = new Int32Array(0);
let sum = new Float32Array(0);
let sn = new Uint32Array(0);
let fl = new Uint8Array(0);
let fc = new Uint32Array(0);
let csum = new Float64Array(0);
let cn = new Uint32Array(0);
/**
 * Whose bins the buffers hold: the store (weakly: a removed timeline's touchpoints must not stay in memory) and view
 * (`key`) they were made for, the rows binned (up to `done`) and their stats.
 */
let held: { store: WeakRef<TouchpointStore>; key: string; done: number; stats: DrawStats } | undefined;

function scratch(cells: number, bins: number): void {
  if (cnt.length < cells) {
    cnt = new Uint32Array(cells);
    first = new Int32Array(cells);
    sum = new Float32Array(cells);
    sn = new Uint32Array(cells);
    fl = new Uint8Array(cells);
    fc = new Uint32Array(cells);
  } else {
    cnt.fill(0, 0, cells);
    sum.fill(0, 0, cells);
    sn.fill(0, 0, cells);
    fl.fill(0, 0, cells);
    fc.fill(0, 0, cells);
  }
  if (csum.length < bins) {
    csum = new Float64Array(bins);
    cn = new Uint32Array(bins);
  } else {
    csum.fill(0, 0, bins);
    cn.fill(0, 0, bins);
  }
}

/**
 * Draws stage bands, lanes, ticks, the emotion curve and the marks. One pass
 * over the touchpoints in view bins them per lane and per BIN_PX of time
 * (bins are anchored to time, so they hold still while panning); a bin with
 * one touchpoint draws it, a bin with more draws a bar for the group.
 */
export function draw(d: DrawInput): DrawStats {
  const { ctx, width: W, store, lanes: L, scale, palette: p } = d;
  const nLanes = L.lanes.length;
  const bottom = LANES_TOP + nLanes * ROW.lane;
  ctx.setTransform(d.dpr, 0, 0, d.dpr, 0, 0);
  ctx.clearRect(0, 0, W, d.height);
  ctx.font = `11px ${p.font}`;
  ctx.textBaseline = 'middle';
  drawBands(d, bottom);
  drawGrid(d, bottom);

  const binMs = BIN_PX * scale.msPerPx;
  const b0 = Math.floor(scale.from / binMs) - 1;
  const nb = Math.ceil(W / BIN_PX) + 3;
  const { times, channel, stage, sentiment, flags } = store;
  const { shown, laneOf, byStage } = L;
  const noStage = store.stageIds.length;
  // The bins stay for the next draw of the same view and rows: while pages stream in, it bins only the new touchpoints.
  const key = [store.moved, scale.from, scale.to, W, byStage, ...shown, ...laneOf].join();
  if (held?.store.deref() !== store || held.key !== key) {
    scratch(nLanes * nb, nb);
    held = { store: new WeakRef(store), key, done: 0, stats: { shown: 0, moments: 0, friction: 0, sentimentSum: 0, sentimentN: 0, aggregated: false } };
  }
  const stats = held.stats;
  const hi = store.lowerBound(scale.to + binMs);
  for (let i = Math.max(held.done, store.lowerBound(scale.from - binMs)); i < hi; i++) {
    const c = channel[i]!;
    if (!shown[c]) continue;
    const lane = byStage ? laneOf[stage[i] === NO_STAGE ? noStage : stage[i]!]! : laneOf[c]!;
    if (lane < 0) continue;
    const t = times[i]!;
    const b = Math.floor(t / binMs) - b0;
    const k = lane * nb + b;
    if (cnt[k]++ === 0) first[k] = i;
    const s = sentiment[i]!;
    const f = flags[i]!;
    const fr = (f >> FRICTION_SHIFT) & 3;
    if (s === s) {
      sum[k] += s;
      sn[k]!++;
      csum[b] += s;
      cn[b]!++;
    }
    if (fr) fc[k]!++;
    const had = fl[k]!;
    fl[k] = ((had | f) & F_MOMENT) | (Math.max((had >> FRICTION_SHIFT) & 3, fr) << FRICTION_SHIFT);
    if (t >= scale.from && t <= scale.to) {
      stats.shown++;
      if (f & F_MOMENT) stats.moments++;
      if (fr) stats.friction++;
      if (s === s) {
        stats.sentimentSum += s;
        stats.sentimentN++;
      }
    }
  }
  held.done = hi;
  stats.aggregated = false;
  drawCurve(d, b0, nb, binMs);
  let busiest = 1;
  for (let k = 0; k < nLanes * nb; k++) if (cnt[k]! > busiest) busiest = cnt[k]!;
  for (let lane = 0; lane < nLanes; lane++) {
    const y = LANES_TOP + lane * ROW.lane + ROW.lane / 2;
    for (let b = 0; b < nb; b++) {
      const k = lane * nb + b;
      const n = cnt[k]!;
      if (!n) continue;
      if (n === 1) {
        const i = first[k]!;
        const x = scale.x(times[i]!);
        mark(ctx, p, x, y, flags[i]!, sentiment[i]!);
        const f = flags[i]!;
        if (f & (F_MOMENT | (3 << FRICTION_SHIFT))) tag(d, x, y, f, lane, b, nb);
      } else {
        stats.aggregated = true;
        const x = scale.x((b0 + b + 0.5) * binMs);
        bar(ctx, p, x, y, n / busiest, sn[k] ? sum[k]! / sn[k]! : NaN, (fl[k]! & F_MOMENT) > 0, fc[k]! / n);
      }
    }
  }
  ring(d, d.selected, 'selected');
  ring(d, d.focus, 'focus');
  return { ...stats };
}

function drawBands(d: DrawInput, bottom: number): void {
  const { ctx, scale, palette: p, width: W } = d;
  d.bands.forEach((band, k) => {
    let x0 = scale.x(band.from);
    let x1 = scale.x(band.to);
    if (x0 > x1) [x0, x1] = [x1, x0];
    if (x1 < 0 || x0 > W) return;
    ctx.fillStyle = p.colors['surface-alt'];
    ctx.globalAlpha = k % 2 ? 0.35 : 0.8;
    ctx.fillRect(x0, ROW.curve, x1 - x0, bottom - ROW.curve);
    ctx.globalAlpha = 1;
    ctx.fillStyle = p.colors.border;
    ctx.fillRect(Math.round(scale.rtl ? x1 : x0), ROW.curve, 1, bottom - ROW.curve);
    const a = Math.max(0, x0);
    const room = Math.min(W, x1) - a - 8;
    if (room < 24) return;
    ctx.fillStyle = p.colors.muted;
    ctx.textAlign = scale.rtl ? 'right' : 'left';
    ctx.fillText(fit(ctx, band.label, room), scale.rtl ? Math.min(W, x1) - 4 : a + 4, ROW.curve + ROW.bands / 2);
  });
}

function drawGrid(d: DrawInput, bottom: number): void {
  const { ctx, scale, palette: p, width: W } = d;
  ctx.fillStyle = p.colors.border;
  for (let l = 0; l <= d.lanes.lanes.length; l++) ctx.fillRect(0, LANES_TOP + l * ROW.lane, W, 1);
  ctx.textAlign = 'center';
  for (const tick of d.ticks) {
    const x = Math.round(scale.x(tick.t));
    ctx.globalAlpha = 0.5;
    ctx.fillStyle = p.colors.border;
    ctx.fillRect(x, ROW.curve, 1, bottom - ROW.curve);
    ctx.globalAlpha = 1;
    ctx.fillRect(x, bottom, 1, 5);
    ctx.fillStyle = p.colors.muted;
    const w = ctx.measureText(tick.label).width;
    ctx.fillText(tick.label, Math.min(W - w / 2 - 2, Math.max(w / 2 + 2, x)), bottom + ROW.axis / 2 + 2);
  }
}

/** Mean sentiment over a moving window of five bins, as a line with its area tinted above and below neutral. */
function drawCurve(d: DrawInput, b0: number, nb: number, binMs: number): void {
  const { ctx, scale, palette: p, width: W } = d;
  const mid = ROW.curve / 2;
  const amp = mid - 6;
  ctx.fillStyle = p.colors.border;
  ctx.fillRect(0, Math.round(mid), W, 1);
  const line = new Path2D();
  const area = new Path2D();
  let open = false;
  let lastX = 0;
  for (let b = 0; b < nb; b++) {
    let s = 0;
    let n = 0;
    for (let j = Math.max(0, b - 2); j <= Math.min(nb - 1, b + 2); j++) {
      s += csum[j]!;
      n += cn[j]!;
    }
    if (!n || !cn[b]) {
      if (open) area.lineTo(lastX, mid), area.closePath();
      open = false;
      continue;
    }
    const x = scale.x((b0 + b + 0.5) * binMs);
    const y = mid - (s / n) * amp;
    if (!open) {
      line.moveTo(x, y);
      area.moveTo(x, mid);
    } else line.lineTo(x, y);
    area.lineTo(x, y);
    open = true;
    lastX = x;
  }
  if (open) area.lineTo(lastX, mid), area.closePath();
  for (const [top, color] of [[0, p.colors.good], [mid, p.colors.critical]] as const) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, top, W, mid);
    ctx.clip();
    ctx.globalAlpha = 0.3;
    ctx.fillStyle = color;
    ctx.fill(area);
    ctx.restore();
  }
  ctx.strokeStyle = p.colors.text;
  ctx.lineWidth = 1.5;
  ctx.stroke(line);
}

/** Names a moment of truth or friction in words beside its mark, where the lane has room before its next mark. */
function tag(d: DrawInput, x: number, y: number, f: number, lane: number, b: number, nb: number): void {
  const { ctx, palette: p, scale } = d;
  const fr = (f >> FRICTION_SHIFT) & 3;
  const text = TAG_WORDS[(f & F_MOMENT ? 4 : 0) + fr]!();
  const w = ctx.measureText(text).width + 14;
  if (scale.rtl ? x - w < 0 : x + w > d.width) return;
  const binsNeeded = Math.ceil(w / BIN_PX) + 1;
  for (let j = b + 1; j < Math.min(nb, b + binsNeeded); j++) if (cnt[lane * nb + j]) return;
  ctx.fillStyle = p.colors.text;
  ctx.textAlign = scale.rtl ? 'right' : 'left';
  ctx.fillText(text, scale.rtl ? x - 10 : x + 10, y);
}

function ring(d: DrawInput, i: number, kind: 'focus' | 'selected'): void {
  const { ctx, store, scale, palette: p } = d;
  if (i < 0 || i >= store.length) return;
  const t = store.times[i]!;
  const lane = laneOfIndex(d.lanes, store, i);
  if (lane < 0 || t < scale.from || t > scale.to) return;
  const x = scale.x(t);
  const y = LANES_TOP + lane * ROW.lane + ROW.lane / 2;
  if (kind === 'selected') {
    ctx.fillStyle = p.colors.accent;
    ctx.fillRect(Math.round(x) - 1, ROW.curve, 2, LANES_TOP + d.lanes.lanes.length * ROW.lane - ROW.curve);
  }
  ctx.beginPath();
  ctx.arc(x, y, kind === 'focus' ? 13 : 10, 0, Math.PI * 2);
  ctx.lineWidth = 5;
  ctx.strokeStyle = p.colors.surface;
  ctx.stroke();
  ctx.lineWidth = kind === 'focus' ? 2 : 3;
  ctx.strokeStyle = kind === 'focus' ? p.colors.text : p.colors.accent;
  ctx.stroke();
}

function fit(ctx: CanvasRenderingContext2D, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > room) s = s.slice(0, -1);
  return `${s}…`;
}
