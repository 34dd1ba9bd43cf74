// Page B: the same seeded map as a hand-written, accessible table: one custom
// element with no framework whose open shadow root holds the map's name,
// description and persona and a sideways-scrolling region with a <table>:
// stage headers (`scope="colgroup"`, spanning their steps), step headers
// (`scope="col"`), lane headers (`scope="row"`, kept in view) and one cell per
// lane and step. Built with createElement and textContent (no innerHTML of
// data), and a small style sheet of its own. Each cell says what the element's
// cell says, in the same words: notes with their tone as a word ("Pain:"),
// links as links; emotion points in words ("Today: negative (−1 of ±2)") in
// place of the curve; channels with counts; metrics with value, band and
// change; the funnel's count, its conversion and drop-off, the biggest drop-off
// named; "No entry" for an empty cell. It computes those words as the element
// does (Intl formatters made on first use), but draws no curve, icons or bars,
// does no validation and has no loading or error states, adapter lookup,
// lane filter, grid keyboard navigation, print or export.
import { el } from './baseline-dom.js';
import { benchmark } from './harness.js';
import { describeTable, mapOfPage } from './journey-map-data.js';

const root = document.getElementById('root');
const map = mapOfPage();

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
:host { display: block; font: 0.875rem/1.4 system-ui, sans-serif; color: CanvasText; }
.name { font-weight: 600; font-size: 1.125rem; margin: 0 0 0.25rem; }
p { margin: 0 0 0.25rem; }
.scroller { overflow-x: auto; }
table { border-collapse: separate; border-spacing: 0; }
th, td { text-align: start; vertical-align: top; padding: 0.375rem 0.5rem; border: 1px solid GrayText; min-width: 9rem; }
th[scope="row"] { position: sticky; inset-inline-start: 0; background: Canvas; width: 8rem; min-width: 8rem; z-index: 1; }
ul { list-style: none; margin: 0; padding: 0; }
li + li { margin-top: 0.25rem; }
`);

// Made on first use, as the element does: the first Intl formatter of a page
// loads locale data, which both pages then pay while timed.
const formats = new Map();
const format = (key, options) => {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat('en', options)));
  return f;
};
const count = (n) => format('count', { maximumFractionDigits: 0 }).format(Math.round(n));
const percent = (x) => format('percent', { style: 'percent', maximumFractionDigits: 0 }).format(x);
const signed1 = (v) => format('emotion', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v);

const TONES = { pain: 'Pain', gain: 'Gain', idea: 'Idea' };
const CHANNELS = { web: 'Web', app: 'App', email: 'Email', phone: 'Phone', chat: 'Chat', sms: 'SMS', social: 'Social', store: 'Store', field: 'Field', partner: 'Partner', ad: 'Ads' };
const MOODS = ['very negative', 'negative', 'neutral', 'positive', 'very positive'];
const METRICS = {
  nps: { unit: '', signed: true, bands: [[0, 'Detractor-heavy'], [30, 'Mixed'], [100, 'Strong']] },
  csat: { unit: '%', signed: false, bands: [[60, 'Low satisfaction'], [80, 'Fair'], [100, 'High satisfaction']] },
  health: { unit: '', signed: false, bands: [[40, 'At risk'], [70, 'Needs attention'], [100, 'Healthy']] },
};

const mood = (v, scale) => {
  const f = v / scale;
  return MOODS[f <= -0.6 ? 0 : f < -0.2 ? 1 : f <= 0.2 ? 2 : f < 0.6 ? 3 : 4];
};
const safeLink = (link) => {
  try {
    const url = new URL(link.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};
const list = (items) => el('ul', {}, ...items.map((children) => el('li', {}, ...children)));

function notes(cells) {
  return list(cells.flatMap((c) => c.notes ?? []).map((n) => {
    const href = n.link && safeLink(n.link);
    const text = href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, n.text) : n.text;
    return TONES[n.tone] ? [`${TONES[n.tone]}: `, text] : [text];
  }));
}

function emotion(lane, values) {
  const scale = lane.scale ?? 1;
  const series = lane.series?.length ? lane.series : [{ id: '', name: '' }];
  return list(series.map((s, i) => {
    const v = values[i];
    const words = v === undefined ? 'no value' : `${mood(v, scale)} (${signed1(v)} of ±${scale})`;
    return [s.name ? `${s.name}: ${words}` : words];
  }));
}

function metric(m) {
  const d = METRICS[m.kind];
  const o = { maximumFractionDigits: 0, signDisplay: d.signed ? 'exceptZero' : 'auto' };
  const value = d.unit === '%' ? format(`%${d.signed}`, { ...o, style: 'percent' }).format(m.value / 100) : format(`n${d.signed}`, o).format(m.value);
  const band = (d.bands.find(([upTo]) => m.value < upTo) ?? d.bands[d.bands.length - 1])[1];
  const delta = m.value - m.previous;
  const amount = format('n', { maximumFractionDigits: 0 }).format(Math.abs(delta));
  const change = delta === 0 ? 'no change since last period' : `${delta > 0 ? 'up' : 'down'} ${amount}${d.unit === '%' ? ' points' : ''} since last period`;
  return [`${m.label}: ${value} ${band} ${change}`];
}

/** Per column: reached, and conversion to the next counted column; the biggest drop-off marked. */
function funnelOf(reached) {
  let biggest = -1;
  let most = 0;
  const steps = reached.map((r, i) => {
    const next = reached.findIndex((n, j) => j > i && n !== undefined);
    if (r === undefined || r <= 0 || next < 0) return { reached: r };
    const ratio = reached[next] / r;
    if (1 - ratio > most) [most, biggest] = [1 - ratio, i];
    const go = Math.min(100, Math.round(ratio * 100));
    return { reached: r, flow: ratio > 1 ? 'all continue, none drop off' : `${percent(go / 100)} continue, ${percent((100 - go) / 100)} drop off` };
  });
  if (biggest >= 0) steps[biggest].biggest = true;
  return steps;
}

function funnel(f) {
  const parts = [`${count(f.reached)} reached`];
  if (f.flow) parts.push(` ${f.flow}`);
  if (f.biggest) parts.push(' ', el('strong', {}, 'Biggest drop-off'));
  return parts;
}

function row(lane, columns, at) {
  const byColumn = columns.map(() => []);
  for (const cell of lane.cells) byColumn[at.get(cell.column)]?.push(cell);
  const header = el('th', { scope: 'row' }, lane.label);
  if (lane.kind === 'emotion' && lane.series?.length) header.append(' ', list(lane.series.map((s) => [s.name])));
  const flows = lane.kind === 'funnel' ? funnelOf(byColumn.map((cells) => cells.find((c) => c.reached !== undefined)?.reached)) : [];
  return el('tr', {}, header, ...byColumn.map((cells, c) => {
    let content;
    if (lane.kind === 'notes' && cells.some((x) => x.notes?.length)) content = [notes(cells)];
    else if (lane.kind === 'channels' && cells.some((x) => x.channels?.length)) {
      content = [list(cells.flatMap((x) => x.channels ?? []).map((ch) => [ch.count === undefined ? CHANNELS[ch.channel] ?? ch.channel : `${CHANNELS[ch.channel] ?? ch.channel}: ${count(ch.count)}`]))];
    } else if (lane.kind === 'metrics' && cells.some((x) => x.metrics?.length)) content = [list(cells.flatMap((x) => x.metrics ?? []).map(metric))];
    else if (lane.kind === 'emotion') {
      const series = lane.series?.length ? lane.series : [{ id: '' }];
      content = [emotion(lane, series.map((s, i) => {
        const v = cells.map((x) => (typeof x.emotion === 'number' ? (i === 0 ? x.emotion : undefined) : x.emotion?.[s.id])).filter((x) => x !== undefined);
        return v.length ? v.reduce((a, b) => a + b, 0) / v.length : undefined;
      }))];
    } else if (lane.kind === 'funnel' && flows[c].reached !== undefined) content = funnel(flows[c]);
    else content = ['No entry'];
    return el('td', {}, ...content);
  }));
}

function table(m) {
  const stages = m.stages.map((s) => ({ ...s, steps: m.steps.filter((step) => step.stageId === s.id) }));
  const columns = stages.flatMap((s) => s.steps);
  const at = new Map(columns.map((s, i) => [s.id, i]));
  const described = (name, description) => (description ? [name, ' ', description] : [name]);
  return el(
    'table',
    { 'aria-labelledby': 'map-name' },
    el(
      'thead',
      {},
      el('tr', {}, el('td'), ...stages.map((s) => el('th', { scope: 'colgroup', colspan: String(s.steps.length) }, ...described(s.name, s.description)))),
      el('tr', {}, el('th', { scope: 'col' }, 'Lane'), ...columns.map((s) => el('th', { scope: 'col' }, ...described(s.name, s.description)))),
    ),
    el('tbody', {}, ...m.lanes.map((lane) => row(lane, columns, at))),
  );
}

class BaselineJourneyMap extends HTMLElement {
  set data(m) {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    shadow.replaceChildren(
      el('p', { class: 'name', id: 'map-name' }, m.name),
      el('p', {}, m.description),
      el('p', {}, el('strong', {}, 'Persona:'), ` ${m.persona.name} · ${m.persona.summary}`),
      el('div', { class: 'scroller', role: 'region', tabindex: '0', 'aria-label': `${m.name}: journey map` }, table(m)),
    );
  }
}
customElements.define('baseline-journey-map', BaselineJourneyMap);

benchmark(
  async () => {
    const host = document.createElement('baseline-journey-map');
    host.data = map;
    root.append(host);
  },
  () => root.children,
  (host) => describeTable(host.shadowRoot.querySelector('table')),
);
