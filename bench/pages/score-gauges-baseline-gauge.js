// The hand-written baseline: the DOM <wm-score-gauge> draws for an NPS, CSAT or
// health metric with a target, a previous value and (surveys) a sample size,
// built with createElement(NS) and textContent (no framework, no innerHTML of
// data) in an open shadow root that adopts the same style sheets, shared by
// every instance. It computes what the element computes (range, bands, where
// the value and target sit on the arc, change, formatted numbers, the meter's
// words), with the kinds' defaults written out; it does no validation, has no
// loading or error states, adapter lookup, needle animation or trend chart.

import { el, sheets } from './baseline-dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const LOW_SAMPLE = 30;
const KINDS = {
  nps: {
    name: 'NPS', min: -100, max: 100, unit: '', signed: true,
    bands: [[0, 'critical', 'Detractor-heavy'], [30, 'warning', 'Mixed'], [100, 'good', 'Strong']],
    explain: 'The percentage of promoters (who answer 9 or 10 to "how likely are you to recommend us?") ' +
      'minus the percentage of detractors (0 to 6). It runs from −100 to +100.',
  },
  csat: {
    name: 'CSAT', min: 0, max: 100, unit: '%', signed: false,
    bands: [[60, 'critical', 'Low satisfaction'], [80, 'warning', 'Fair'], [100, 'good', 'High satisfaction']],
    explain: 'The percentage of customers who rated their satisfaction 4 or 5 on a scale of 1 to 5.',
  },
  health: {
    name: 'Health score', min: 0, max: 100, unit: '', signed: false,
    bands: [[40, 'critical', 'At risk'], [70, 'warning', 'Needs attention'], [100, 'good', 'Healthy']],
    explain: 'A weighted average of usage, support, sentiment and payment signals, each scored from 0 to 100. ' +
      'Below 40 is at risk; 70 and above is healthy.',
  },
};

// Made on first use, as the element does: the first Intl formatter of a page
// loads locale data, which both pages then pay while timed.
const formats = new Map();
const numberFormat = (key, options) => {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat('en', options)));
  return f;
};
/** "+32" (signed), "84%" (a percentage), "72". Whole numbers: these kinds have no decimals. */
function formatValue(v, unit, signed) {
  const o = { minimumFractionDigits: 0, maximumFractionDigits: 0, signDisplay: signed ? 'exceptZero' : 'auto' };
  if (unit === '%') return numberFormat(`%${signed}`, { ...o, style: 'percent' }).format(v / 100);
  return numberFormat(`n${signed}`, o).format(v);
}
const formatCount = (n) => numberFormat('count', {}).format(n);

// The dial's geometry (viewBox 200 × 172): a 240° arc open at the bottom.
const CX = 100;
const CY = 100;
const R = 78;
const R_BANDS = 95;
const SWEEP = 240;
const angleOf = (f) => -SWEEP / 2 + SWEEP * f;
const round = (n) => Math.round(n * 100) / 100;
const point = (r, deg) => {
  const rad = (deg * Math.PI) / 180;
  return [round(CX + r * Math.sin(rad)), round(CY - r * Math.cos(rad))];
};
function arc(r, from, to) {
  const a0 = angleOf(Math.min(from, to));
  const a1 = angleOf(Math.max(from, to));
  const [x0, y0] = point(r, a0);
  const [x1, y1] = point(r, a1);
  return `M ${x0} ${y0} A ${r} ${r} 0 ${a1 - a0 > 180 ? 1 : 0} 1 ${x1} ${y1}`;
}
const radial = (f, r0, r1) => {
  const [x1, y1] = point(r0, angleOf(f));
  const [x2, y2] = point(r1, angleOf(f));
  return { x1, y1, x2, y2 };
};

function svgEl(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
const icon = (...ds) =>
  svgEl('svg', { class: 'icon', viewBox: '0 0 16 16', width: '16', height: '16', 'aria-hidden': 'true', focusable: 'false' },
    ...ds.map((d) => svgEl('path', { d })));
const CHANGE_ICONS = { up: ['M8 13V3M3.5 7.5 8 3l4.5 4.5'], down: ['M8 3v10M3.5 8.5 8 13l4.5-4.5'], flat: ['M3 8h10'] };

function dial(v) {
  const [lx, ly] = point(R, angleOf(0));
  const [rx, ry] = point(R, angleOf(1));
  const svg = svgEl('svg', { class: 'dial', viewBox: '0 0 200 172', 'aria-hidden': 'true', focusable: 'false' },
    svgEl('path', { part: 'track', class: 'track', d: arc(R, 0, 1) }),
    ...v.segments.map((s) => svgEl('path', { part: `band ${s.tone}`, class: `band tone-${s.tone}`, d: arc(R_BANDS, s.from, s.to) })));
  if (Math.abs(v.at - v.origin) > 0.001) svg.append(svgEl('path', { part: 'fill', class: `fill tone-${v.tone}`, d: arc(R, v.origin, v.at) }));
  const t = radial(v.targetAt, R - 12, R + 12);
  const n = radial(v.at, R - 16, R_BANDS + 6);
  const fontSize = Math.max(16, Math.min(34, Math.round(170 / v.valueText.length)));
  svg.append(
    svgEl('line', { part: 'target', class: 'target', x1: t.x1, y1: t.y1, x2: t.x2, y2: t.y2 }),
    svgEl('line', { part: 'needle', class: 'needle', x1: n.x1, y1: n.y1, x2: n.x2, y2: n.y2 }),
    svgEl('text', { part: 'value', class: 'value', x: CX, y: CY + 8, 'text-anchor': 'middle', 'font-size': fontSize }, v.valueText),
    svgEl('text', { part: 'range', class: 'range', x: lx, y: ly + 24, 'text-anchor': 'middle' }, v.minText),
    svgEl('text', { part: 'range', class: 'range', x: rx, y: ry + 24, 'text-anchor': 'middle' }, v.maxText),
  );
  return svg;
}

function view(m) {
  const d = KINDS[m.kind];
  // As waymark/metrics' normalise() computes it (halved against overflow), so coordinates round alike.
  const fraction = (x) => Math.min(100, Math.max(0, ((x / 2 - d.min / 2) / (d.max / 2 - d.min / 2)) * 100)) / 100;
  const format = (x) => formatValue(x, d.unit, d.signed);
  const segments = [];
  let from = 0;
  d.bands.forEach(([upTo, tone], i) => {
    const to = i === d.bands.length - 1 ? 1 : fraction(upTo);
    if (to > from) segments.push({ tone, from, to });
    from = Math.max(from, to);
  });
  const [, tone, bandLabel] = d.bands.find(([upTo]) => m.value < upTo) ?? d.bands[d.bands.length - 1];
  const delta = m.value - m.previous;
  const direction = Math.abs(delta) < 1e-9 ? 'flat' : delta > 0 ? 'up' : 'down';
  const after = `${d.unit === '%' ? ' points' : ''} since last period`;
  const amount = formatValue(Math.abs(delta), '', false);
  const change = direction === 'flat'
    ? { direction, verdict: 'same', words: 'no change since last period' }
    : { direction, verdict: direction === 'up' ? 'better' : 'worse', amount, after, words: `${direction} ${amount}${after}` };
  const valueText = format(m.value);
  return {
    d, segments, tone, bandLabel, change, valueText,
    at: fraction(m.value),
    origin: d.signed ? fraction(0) : 0,
    targetAt: fraction(m.target),
    targetText: format(m.target),
    minText: format(d.min),
    maxText: format(d.max),
    now: Math.min(d.max, Math.max(d.min, m.value)),
    valuetext: [`${d.name} ${valueText}`, bandLabel, change.words].join(', '),
  };
}

function render(m) {
  const v = view(m);
  const c = v.change;
  const facts = el('p', { class: 'facts' }, el('span', { part: 'target-label', class: 'target-label' }, 'Target ', el('bdi', {}, v.targetText)));
  if (m.sampleSize !== undefined) facts.append(el('span', { part: 'sample', class: 'sample' }, 'n = ', el('bdi', {}, formatCount(m.sampleSize))));
  const base = el('div', { part: 'base', class: 'base' },
    el('p', { part: 'label', class: 'label', id: 'label' }, m.label),
    el('div', {
      part: 'gauge', class: 'gauge', role: 'meter', 'aria-labelledby': 'label',
      'aria-valuemin': v.d.min, 'aria-valuemax': v.d.max, 'aria-valuenow': v.now, 'aria-valuetext': v.valuetext,
    }, dial(v)),
    el('p', { class: 'reading' },
      el('span', { part: 'band-label', class: `band-label tone-${v.tone}` }, v.bandLabel),
      el('span', { part: `change ${c.direction} ${c.verdict}`, class: `change ${c.verdict}` }, icon(...CHANGE_ICONS[c.direction]), c.words)),
    facts);
  if (m.sampleSize !== undefined && m.sampleSize < LOW_SAMPLE) {
    base.append(el('p', { part: 'low-sample', class: 'low-sample' },
      icon('M8 2 1.5 13.5h13L8 2Z', 'M8 6.5v3.5M8 11.75v.5'), `Low sample: fewer than ${LOW_SAMPLE} responses`));
  }
  base.append(el('details', { part: 'details', class: 'details' }, el('summary', {}, 'How is this calculated?'), el('p', {}, v.d.explain)));
  return base;
}

export class BaselineScoreGauge extends HTMLElement {
  data = undefined;

  connectedCallback() {
    if (this.shadowRoot) return;
    this.setAttribute('size', 'm');
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.append(render(this.data));
  }
}

customElements.define('baseline-score-gauge', BaselineScoreGauge);
