// The hand-written baseline of <wm-touchpoint-timeline>: no framework, no
// canvas, one absolutely positioned element per touchpoint in view (kept in
// a pool and moved on zoom and pan), lanes per channel, stage bands, ticks
// and an SVG emotion curve, with the element's layout sizes and the same
// zoom and pan arithmetic (wheel, mouse drag, two-finger pinch, the "+" /
// "-" and PageUp / PageDown keys). It does not validate, aggregate, label,
// announce or move a keyboard focus between touchpoints: that is what the
// A/B ratio prices.

import { second } from './touchpoint-timeline-words.js';

const ROW = { curve: 56, bands: 20, lane: 36, axis: 28 };
const LANES_TOP = ROW.curve + ROW.bands;
const BIN_PX = 8;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ORDER = ['web', 'app', 'email', 'phone', 'chat', 'sms', 'social', 'store', 'field', 'partner', 'ad'];
const NAMES = { web: 'Web', app: 'App', email: 'Email', phone: 'Phone', chat: 'Chat', sms: 'SMS', social: 'Social', store: 'Store', field: 'Field', partner: 'Partner', ad: 'Ads' };
const FRICTION = { low: 1, medium: 2, high: 3 };

const CSS = `
.tl { display: grid; grid-template-columns: 7.5rem minmax(0, 1fr); padding: 1rem; border: 1px solid #cfd5dc; border-radius: 0.5rem; font: 0.875rem/1.4 system-ui, sans-serif; color: #1d2530; }
.tl-labels { display: flex; flex-direction: column; padding-inline-end: 0.5rem; border-inline-end: 1px solid #cfd5dc; }
.tl-labels span { display: flex; align-items: center; height: 36px; }
.tl-labels .curve { height: 56px; } .tl-labels .bands { height: 20px; font-size: 0.75rem; }
.tl-plot { position: relative; overflow: hidden; touch-action: pan-y; }
.tl-band { position: absolute; top: 56px; background: #f2f4f7; border-inline-start: 1px solid #cfd5dc; font-size: 11px; color: #4f5b69; padding-inline-start: 4px; white-space: nowrap; overflow: hidden; }
.tl-lane { position: absolute; left: 0; right: 0; height: 36px; border-top: 1px solid #cfd5dc; }
.tl-tick { position: absolute; font-size: 11px; color: #4f5b69; transform: translateX(-50%); white-space: nowrap; }
.tl-curve { position: absolute; left: 0; top: 0; }
.tl-curve path { fill: none; stroke: #1d2530; stroke-width: 1.5; }
.p { position: absolute; left: 0; top: 0; width: 9px; height: 9px; margin: -4.5px 0 0 -4.5px; box-sizing: border-box; border-radius: 50%; border: 1px solid #1d2530; background: var(--c); }
.p.comp { background: #fff; border: 2.5px solid var(--c); }
.p.mot { width: 15px; height: 15px; margin: -7.5px 0 0 -7.5px; border: 0; border-radius: 0; clip-path: polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%); }
.p.fr::after { content: ''; position: absolute; left: 50%; top: 10px; margin-left: -4px; border: 4px solid transparent; border-bottom: 7px solid #8f5300; border-top: 0; }
${Array.from({ length: 9 }, (_, i) => `.s${i} { --c: ${mix(i / 4 - 1)}; }`).join('\n')}
.sn { --c: #4f5b69; }
`;

function mix(s) {
  const [bad, mid, good] = [[179, 38, 30], [95, 107, 120], [27, 115, 55]];
  const [a, b, f] = s < 0 ? [mid, bad, -s] : [mid, good, s];
  return `rgb(${a.map((v, i) => Math.round(v + (b[i] - v) * f)).join(' ')})`;
}

function clampView(view, extent) {
  const max = Math.max(HOUR, extent.to - extent.from);
  const span = Math.min(max, Math.max(HOUR, view.to - view.from));
  let from = (view.from + view.to) / 2 - span / 2;
  if (from < extent.from) from = extent.from;
  if (from + span > extent.to) from = Math.max(extent.to - span, extent.to - max);
  return { from, to: from + span };
}

const STEPS = [
  ['minute', 15], ['minute', 30], ['hour', 1], ['hour', 3], ['hour', 6], ['hour', 12], ['day', 1], ['day', 2],
  ['week', 1], ['month', 1], ['month', 3], ['month', 6], ['year', 1], ['year', 2], ['year', 5], ['year', 10],
];
const SIZE = { minute: 60_000, hour: HOUR, day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY };
const FORMAT = {
  minute: { hour: '2-digit', minute: '2-digit' }, hour: { hour: '2-digit', minute: '2-digit' },
  day: { day: 'numeric', month: 'short' }, week: { day: 'numeric', month: 'short' },
  month: { month: 'short', year: 'numeric' }, year: { year: 'numeric' },
};

/** Ticks at least 96 px apart on local calendar boundaries (the element's rule, simplified labels). */
function ticks(from, to, width) {
  const msPerPx = (to - from) / width;
  const [unit, n] = STEPS.find(([u, k]) => (SIZE[u] * k) / msPerPx >= 96) ?? STEPS.at(-1);
  const d = new Date(from);
  if (unit === 'minute') d.setMinutes(Math.floor(d.getMinutes() / n) * n, 0, 0);
  else if (unit === 'hour') d.setHours(Math.floor(d.getHours() / n) * n, 0, 0, 0);
  else {
    d.setHours(0, 0, 0, 0);
    if (unit === 'week') d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
    if (unit === 'month') d.setMonth(Math.floor(d.getMonth() / n) * n, 1);
    if (unit === 'year') d.setFullYear(Math.floor(d.getFullYear() / n) * n, 0, 1);
  }
  const f = new Intl.DateTimeFormat('en', FORMAT[unit]);
  const out = [];
  for (let guard = 0; guard < 500 && +d <= to; guard++) {
    if (+d >= from) out.push({ t: +d, label: f.format(d) });
    if (unit === 'minute') d.setMinutes(d.getMinutes() + n);
    else if (unit === 'hour') d.setHours(d.getHours() + n);
    else if (unit === 'day') d.setDate(d.getDate() + n);
    else if (unit === 'week') d.setDate(d.getDate() + 7 * n);
    else if (unit === 'month') d.setMonth(d.getMonth() + n);
    else d.setFullYear(d.getFullYear() + n);
  }
  return out;
}


const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
};

export class BaselineTimeline {
  constructor(root, items, stages, from, to) {
    if (!document.getElementById('tl-css')) document.head.append(Object.assign(el('style'), { id: 'tl-css', textContent: CSS }));
    this.items = items;
    this.times = Float64Array.from(items, (t) => Date.parse(t.at));
    const present = new Set(items.map((t) => t.channel));
    this.channels = ORDER.filter((c) => present.has(c)).concat([...present].filter((c) => !ORDER.includes(c)).sort());
    const laneOf = new Map(this.channels.map((c, i) => [c, i]));
    this.lane = Uint8Array.from(items, (t) => laneOf.get(t.channel));
    this.cls = items.map((t) => {
      const s = t.sentiment === undefined ? 'sn' : `s${Math.round((t.sentiment + 1) * 4)}`;
      return `p ${s}${t.initiator === 'company' ? ' comp' : ''}${t.momentOfTruth ? ' mot' : ''}${t.friction ? ` fr f${FRICTION[t.friction]}` : ''}`;
    });
    this.bandsData = stages.filter((s) => s.startedAt).map((s) => ({ label: s.name, from: Date.parse(s.startedAt), to: Date.parse(s.completedAt ?? to) }));
    this.extent = { from, to };
    this.view = { from, to };
    this.pool = [];
    this.attached = 0;

    this.root = el('div', 'tl');
    const labels = el('div', 'tl-labels');
    labels.append(el('span', 'curve', 'Emotion'), el('span', 'bands', 'Stages'), ...this.channels.map((c) => el('span', 'lane', NAMES[c] ?? c)));
    this.plot = el('div', 'tl-plot');
    this.height = LANES_TOP + this.channels.length * ROW.lane + ROW.axis;
    this.plot.style.height = `${this.height}px`;
    this.bands = this.bandsData.map((b) => el('div', 'tl-band', b.label));
    const lanes = this.channels.map((_, i) => Object.assign(el('div', 'tl-lane'), { style: `top: ${LANES_TOP + i * ROW.lane}px` }));
    this.svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    this.svg.setAttribute('class', 'tl-curve');
    this.path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    this.svg.append(this.path);
    this.axis = el('div');
    this.points = el('div');
    this.plot.append(...this.bands, ...lanes, this.svg, this.axis, this.points);
    this.root.append(labels, this.plot);
    root.append(this.root);
    this.width = this.plot.clientWidth;
    this.svg.setAttribute('width', this.width);
    this.svg.setAttribute('height', ROW.curve);
    this.plot.addEventListener('wheel', (e) => this.wheel(e), { passive: false });
    this.pointers = new Map();
    this.plot.addEventListener('pointerdown', (e) => this.pointers.set(e.pointerId, this.at(e)));
    this.plot.addEventListener('pointermove', (e) => this.pointer(e));
    for (const type of ['pointerup', 'pointercancel']) this.plot.addEventListener(type, (e) => this.pointers.delete(e.pointerId));
    this.plot.addEventListener('keydown', (e) => this.key(e));
    this.render();
  }

  /** First index with time > t. */
  upper(t) {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  wheel(e) {
    if (e.ctrlKey || e.metaKey) this.zoomAt(Math.exp(Math.max(-100, Math.min(100, e.deltaY)) * 0.005), this.at(e).x);
    else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) this.pan(e.deltaX / this.width);
    else return;
    e.preventDefault();
    this.render();
  }

  /** A pointer's position in the plot. */
  at(e) {
    const r = this.plot.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  /** `factor` (< 1 zooms in) about the instant at `x` px. */
  zoomAt(factor, x) {
    const { from, to } = this.view;
    const anchor = from + (x / this.width) * (to - from);
    this.view = clampView({ from: anchor - (anchor - from) * factor, to: anchor + (to - anchor) * factor }, this.extent);
  }

  /** By `share` of the width (positive is later). */
  pan(share) {
    const { from, to } = this.view;
    const dt = share * (to - from);
    this.view = clampView({ from: from + dt, to: to + dt }, this.extent);
  }

  /** One pointer drags (pans), two pinch (zoom about their middle). */
  pointer(e) {
    const prev = this.pointers.get(e.pointerId);
    if (!prev) return;
    const others = [...this.pointers].filter(([id]) => id !== e.pointerId).map(([, p]) => p);
    const p = this.at(e);
    this.pointers.set(e.pointerId, p);
    if (!others.length) this.pan(-(p.x - prev.x) / this.width);
    else {
      const [o] = others;
      this.zoomAt(Math.hypot(prev.x - o.x, prev.y - o.y) / Math.hypot(p.x - o.x, p.y - o.y), (p.x + o.x) / 2);
    }
    this.render();
  }

  key(e) {
    const moves = { '+': () => this.zoomAt(0.5, this.width / 2), '-': () => this.zoomAt(2, this.width / 2), PageUp: () => this.pan(-0.5), PageDown: () => this.pan(0.5) };
    if (!moves[e.key]) return;
    e.preventDefault();
    moves[e.key]();
    this.render();
  }

  render() {
    const { from, to } = this.view;
    const k = this.width / (to - from);
    const x = (t) => (t - from) * k;
    const lo = this.upper(from - 1e-9);
    const hi = this.upper(to);
    this.inView = hi - lo;
    const fresh = document.createDocumentFragment();
    let used = 0;
    for (let i = lo; i < hi; i++, used++) {
      let p = this.pool[used];
      if (!p) this.pool.push((p = el('span')));
      if (used >= this.attached) fresh.append(p);
      p.className = this.cls[i];
      p.style.transform = `translate(${x(this.times[i]).toFixed(1)}px, ${LANES_TOP + this.lane[i] * ROW.lane + ROW.lane / 2}px)`;
    }
    for (let j = used; j < this.attached; j++) this.pool[j].remove();
    this.points.append(fresh);
    this.attached = used;
    this.bandsData.forEach((b, i) => {
      const a = Math.max(0, x(b.from));
      const z = Math.min(this.width, x(b.to));
      const s = this.bands[i].style;
      s.display = z > a ? '' : 'none';
      s.left = `${a}px`;
      s.width = `${Math.max(0, z - a)}px`;
      s.height = `${this.channels.length * ROW.lane + ROW.bands}px`;
      s.top = `${ROW.curve}px`;
    });
    this.axis.replaceChildren(
      ...ticks(from, to, this.width).map((t) => Object.assign(el('span', 'tl-tick', t.label), { style: `left: ${x(t.t)}px; top: ${LANES_TOP + this.channels.length * ROW.lane + 6}px` })),
    );
    this.curve(lo, hi, x);
  }

  /** The emotion curve: mean sentiment per BIN_PX of the width, as one SVG path. */
  curve(lo, hi, x) {
    const nb = Math.ceil(this.width / BIN_PX);
    const sum = new Float64Array(nb);
    const n = new Uint32Array(nb);
    for (let i = lo; i < hi; i++) {
      const s = this.items[i].sentiment;
      if (s === undefined) continue;
      const b = Math.min(nb - 1, Math.floor(x(this.times[i]) / BIN_PX));
      sum[b] += s;
      n[b]++;
    }
    let d = '';
    for (let b = 0; b < nb; b++) {
      if (!n[b]) continue;
      d += `${d ? 'L' : 'M'}${b * BIN_PX + BIN_PX / 2} ${(ROW.curve / 2 - (sum[b] / n[b]) * (ROW.curve / 2 - 6)).toFixed(1)}`;
    }
    this.path.setAttribute('d', d);
  }

  range() {
    return `${second(this.view.from)} – ${second(this.view.to)}`;
  }

  describe() {
    return [
      `touchpoints: ${this.items.length}`,
      `lanes: ${this.channels.map((c) => NAMES[c] ?? c).join(' ')}`,
      `view: ${this.range()}`,
      `in view: ${this.inView}`,
    ];
  }
}
