// The hand-written baseline: the DOM <wm-stage-tracker> draws for a journey
// with a current stage, built with createElement and textContent (no framework,
// no innerHTML of data) in an open shadow root that adopts the same style
// sheets, shared by every instance. It computes what the element computes
// (lifecycle windows, time in stage, summaries), but does no validation,
// loading states, auto layout or keyboard handling.

import { el, sheets } from './baseline-dom.js';

const DAY = 86_400_000;
const SVG = 'http://www.w3.org/2000/svg';
const STATUS_TEXT = { done: 'Done', current: 'In progress', upcoming: 'Not started', blocked: 'Blocked', skipped: 'Skipped' };
const WINDOWS = {
  awareness: { fromDay: 0, toDay: 30 }, consideration: { fromDay: 30, toDay: 90 },
  purchase: { fromDay: 90, toDay: 120 }, onboarding: { fromDay: 120, toDay: 210 },
  adoption: { fromDay: 210, toDay: 365 }, expansion: { fromDay: 365 }, advocacy: { fromDay: 365 },
};
// Made on first use, as the element does: the first Intl formatter of a page
// loads locale data (about 15 ms here), which both pages then pay while timed.
let percent;
let date;
const formatPercent = (n) => (percent ??= new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 })).format(n);
const formatDate = (iso) => (date ??= new Intl.DateTimeFormat('en', { dateStyle: 'medium' })).format(new Date(iso));

const days = (ms) => Math.floor(ms / DAY);
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const isOpen = (s) => s.status === 'current' || s.status === 'blocked';

function svgIcon(size, shapes) {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 24 24', width: size, height: size, 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  for (const [tag, attrs] of shapes) {
    const shape = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
    svg.append(shape);
  }
  return svg;
}

const CHECK = ['path', { d: 'M6.5 12.5l3.5 3.5 7.5-8', fill: 'none', stroke: 'currentColor', 'stroke-width': '2.5', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }];
const ICONS = {
  done: [CHECK],
  current: [['circle', { cx: '12', cy: '12', r: '4.5', fill: 'currentColor' }]],
  upcoming: [],
};
const OPEN_CHECK = [['circle', { cx: '12', cy: '12', r: '6', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }]];

function timing(stage, start, now) {
  const started = stage.startedAt ? Date.parse(stage.startedAt) : undefined;
  if (stage.status === 'done') {
    const completed = stage.completedAt ? Date.parse(stage.completedAt) : undefined;
    return started !== undefined && completed !== undefined ? { daysTaken: Math.max(0, days(completed - started)) } : {};
  }
  if (!isOpen(stage)) return {};
  const t = {};
  if (started !== undefined) t.daysInStage = Math.max(0, days(now - started));
  const w = stage.window;
  if (w?.toDay === undefined || start === undefined) return t;
  const remaining = w.toDay - days(now - start);
  if (remaining < 0) t.overdueDays = -remaining;
  else t.daysLeft = remaining;
  return t;
}

function timingLine(stage, t) {
  const w = stage.window;
  const windowText = w ? (w.toDay === undefined ? `window from day ${w.fromDay}` : `window day ${w.fromDay}–${w.toDay}`) : '';
  let text = '';
  if (t.daysTaken !== undefined) text = `Took ${plural(t.daysTaken, 'day', 'days')}`;
  else if (t.daysInStage !== undefined) {
    text = `${plural(t.daysInStage, 'day', 'days')} in stage`;
    if (t.daysLeft !== undefined) text += `, ${plural(t.daysLeft, 'day', 'days')} left`;
  }
  if (stage.status === 'upcoming' || stage.status === 'skipped') text = '';
  return [text, stage.status === 'done' ? '' : windowText].filter(Boolean).join(' · ');
}

function progress(stage) {
  const pct = Math.round(stage.progress * 100);
  const text = formatPercent(stage.progress);
  const fill = document.createElementNS(SVG, 'svg');
  fill.setAttribute('class', 'fill');
  fill.setAttribute('aria-hidden', 'true');
  const bar = document.createElementNS(SVG, 'rect');
  bar.setAttribute('height', '100%');
  bar.setAttribute('width', `${pct}%`);
  fill.append(bar);
  return el('span', { class: 'progress-row' },
    el('span', {
      part: 'progress', class: 'progress', role: 'progressbar', 'aria-label': `${stage.name} progress`,
      'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(pct), 'aria-valuetext': `${text} complete`,
    }, fill),
    el('span', { class: 'pct', 'aria-hidden': 'true' }, text));
}

function stageItem({ stage, t }) {
  const atRisk = t.overdueDays !== undefined;
  const text = el('span', { class: 'text' },
    el('span', { part: 'label', class: 'label' }, stage.name),
    el('span', { part: 'status', class: 'status' }, STATUS_TEXT[stage.status]));
  if (atRisk) text.append(el('span', { part: 'risk', class: 'risk' }, `At risk: ${plural(t.overdueDays, 'day', 'days')} past its window`));
  if (isOpen(stage) && stage.progress !== undefined) text.append(progress(stage));
  const line = timingLine(stage, t);
  if (line) text.append(el('span', { part: 'timing', class: 'timing' }, line));
  const risk = atRisk ? ' at-risk' : '';
  // The list item is the cell (no wrapper), as in a tracker without `selectable`.
  const li = el('li', { part: `stage ${stage.status}${risk}`, class: `cell stage ${stage.status}${risk}` },
    el('span', { part: 'marker', class: 'marker' }, svgIcon('24', ICONS[stage.status] ?? [])), text,
    el('span', { part: 'connector', class: 'connector', 'aria-hidden': 'true' }));
  if (stage.status === 'current') li.setAttribute('aria-current', 'step');
  return li;
}

const summary = (stage) => `${stage.name} milestones: ${stage.milestones.filter((m) => m.done).length} of ${stage.milestones.length} done`;

function checklist(milestones, labelledBy) {
  const ul = el('ul', { class: 'checklist' });
  if (labelledBy) ul.setAttribute('aria-labelledby', labelledBy);
  for (const m of milestones) {
    const at = m.done ? m.completedAt : m.dueAt;
    const word = m.done ? 'done' : 'not done yet';
    ul.append(el('li', { class: m.done ? 'milestone done' : 'milestone' },
      svgIcon('16', m.done ? [CHECK] : OPEN_CHECK),
      el('span', { class: 'milestone-name' }, m.name),
      at ? el('span', { class: 'when' }, `(${word} `, el('bdi', {}, formatDate(at)), ')') : el('span', { class: 'when' }, `(${word})`)));
  }
  return ul;
}

function render(journey, now) {
  const starts = journey.stages.map((s) => (s.startedAt ? Date.parse(s.startedAt) : NaN)).filter((n) => !Number.isNaN(n));
  const start = starts.length ? Math.min(...starts) : undefined;
  const stages = journey.stages.map((s) => {
    const stage = s.window ? s : { ...s, window: WINDOWS[s.id] };
    return { stage, t: timing(stage, start, now) };
  });
  const currentIndex = stages.findIndex((v) => isOpen(v.stage));
  const current = stages[currentIndex];
  const base = el('div', { part: 'base', class: 'base horizontal' },
    el('p', { class: 'title' },
      el('span', { class: 'name' }, journey.name),
      el('span', { class: 'summary' }, `Stage ${currentIndex + 1} of ${stages.length}: ${current.stage.name}`)),
    el('ol', { part: 'stages', 'aria-label': `${journey.name} stages` }, ...stages.map(stageItem)));
  const milestones = el('div', { part: 'milestones', class: 'milestones' });
  if (current.stage.milestones?.length) {
    milestones.append(el('p', { class: 'milestones-title', id: 'milestones-title' }, summary(current.stage)),
      checklist(current.stage.milestones, 'milestones-title'));
  }
  for (const { stage } of stages) {
    if (stage !== current.stage && stage.milestones?.length) {
      // Closed: its checklist is made when it first opens.
      milestones.append(el('details', { class: 'other-milestones', 'data-stage': stage.id }, el('summary', {}, summary(stage))));
    }
  }
  base.append(milestones);
  if (current.stage.nextStep) {
    base.append(el('p', { part: 'next-step', class: 'next-step' }, el('strong', {}, 'Next step:'), ` ${current.stage.nextStep}`));
  }
  return base;
}

export class BaselineStageTracker extends HTMLElement {
  data = undefined;
  now = Date.now();

  connectedCallback() {
    if (this.shadowRoot) return;
    this.setAttribute('orientation', 'auto');
    this.setAttribute('variant', 'full');
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.append(render(this.data, this.now));
  }
}

customElements.define('baseline-stage-tracker', BaselineStageTracker);
