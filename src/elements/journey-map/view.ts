// What each lane kind draws in a cell. Every cell says in text what its
// drawing shows (emotion in words, tones as labels, funnel flow in percent),
// so nothing rests on colour or shape alone.
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MapCell, MapLane, MapNote, Metric, NoteTone } from '../../data/schema.js';
import { formatCount } from '../../i18n/format.js';
import { gaugeView } from '../score-gauge/model.js';
import { changeIcon, warningIcon } from '../score-gauge/icons.js';
import { channelName } from '../touchpoint-timeline/data.js';
import {
  channelsOf, curveY, emotionsOf, metricsOf, moodOf, notesOf, safeLink, type FunnelStep, type Series,
} from './model.js';
import { TONE_TEXT, biggestDropWords, emotionWords, flowWords, noEmotionWords, noEntryWords, reachedWords } from './words.js';

/** One shape per tone beside its word: a bolt for a pain, a check for a gain, a bulb for an idea. */
const TONE_ICONS: Record<Exclude<NoteTone, 'neutral'>, string> = {
  pain: 'M9 1.5 3.5 9H8l-1 5.5L12.5 7H8l1-5.5Z',
  gain: 'M3 8.5 6.5 12 13 4.5',
  idea: 'M6 12.5h4M6.5 14.5h3M8 1.5a4.5 4.5 0 0 0-2.5 8.25V11h5V9.75A4.5 4.5 0 0 0 8 1.5Z',
};

/** Dash patterns per series, so lines differ by shape as well as colour. */
export const SERIES_DASH = ['', '6 3', '2 3', '8 3 2 3', '1 4'];

export interface CellContext {
  locale: string;
  lane: MapLane;
  cells: MapCell[];
  /** The lane's series (emotion lanes). */
  series: Series[];
  /** Per column, the value of each series (emotion lanes). */
  emotions: (number | undefined)[][];
  column: number;
  funnel?: FunnelStep;
  maxReached: number;
}

/**
 * A list's rendered items; a list of one as that item alone: Lit renders an
 * array with two marker comments and a part per item, and most cells hold one.
 */
const items = (list: unknown[]) => (list.length === 1 ? list[0] : list);

const empty = () => html`<span class="sr-only">${noEntryWords()}</span>`;

export function renderCell(c: CellContext): TemplateResult {
  switch (c.lane.kind) {
    case 'notes':
      return renderNotes(notesOf(c.cells));
    case 'channels':
      return renderChannels(c.locale, channelsOf(c.cells));
    case 'metrics':
      return renderMetrics(c.locale, metricsOf(c.cells));
    case 'emotion':
      return renderEmotion(c);
    case 'funnel':
      return renderFunnel(c);
  }
}

function renderNotes(notes: MapNote[]) {
  if (!notes.length) return empty();
  // No white space around the list's items or before a cell's first one, and
  // a note's text bound straight into its item: a wide map has thousands of
  // cells, and each node, template and binding costs. The space closing an
  // item keeps one note's words apart from the next one's in the cell's text.
  return html`<ul class="notes">${items(notes.map((n) => {
    const href = safeLink(n.link);
    const body = href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${n.text}</a>` : n.text;
    const tone = n.tone && n.tone !== 'neutral' ? n.tone : undefined;
    // A toned note is one template, its icon's shape bound as an attribute: no nested tone or icon templates.
    return tone
      ? html`<li part="note ${tone}" class="note ${tone}"><span part="tone" class="tone"><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d=${TONE_ICONS[tone]}></path></svg>${TONE_TEXT[tone]()}<span class="sr-only">:</span></span> ${body} </li>`
      : html`<li part="note" class="note">${body} </li>`;
  }))}</ul>`;
}

function renderChannels(locale: string, list: { channel: string; count?: number }[]) {
  if (!list.length) return empty();
  return html`<ul class="channels">${items(list.map((ch) =>
    ch.count === undefined
      ? html`<li part="channel" class="channel"><span class="channel-name">${channelName(ch.channel)}</span> </li>`
      : html`<li part="channel" class="channel"><span class="channel-name">${channelName(ch.channel)}</span><span class="sr-only">:</span> <span class="count">${formatCount(locale, ch.count)}</span> </li>`,
  ))}</ul>`;
}

function renderMetric(locale: string, m: Metric) {
  let view: ReturnType<typeof gaugeView> | undefined;
  try {
    view = gaugeView(m, locale);
  } catch {
    // A metric the gauge cannot read is still shown by its number.
  }
  if (!view) return html`<li part="metric" class="metric"><span class="metric-label">${m.label}</span> <span class="metric-value">${m.value}</span></li>`;
  return html`<li part="metric ${view.tone}" class="metric ${view.tone}"><span class="metric-label">${m.label}<span class="sr-only">:</span></span> <span class="metric-value">${view.valueText}</span> ${view.bandLabel
    ? html`<span class="band"><span class="swatch" aria-hidden="true"></span>${view.bandLabel}</span>`
    : nothing} ${view.change
    ? html`<span class="change ${view.change.verdict}">${changeIcon(view.change.direction)}${view.change.words}</span>`
    : nothing} </li>`;
}

function renderMetrics(locale: string, metrics: Metric[]) {
  if (!metrics.length) return empty();
  return html`<ul class="metrics">${items(metrics.map((m) => renderMetric(locale, m)))}</ul>`;
}

/**
 * A cell's piece of the curve: each series from the middle of the last
 * column to this point to the middle of the next, so adjacent cells join
 * into one line. Points are zero-length round-capped strokes, which stay
 * round however the cell stretches the drawing.
 */
function renderEmotion(c: CellContext) {
  const scale = c.lane.scale ?? 1;
  const here = c.emotions[c.column] ?? [];
  const prev = c.emotions[c.column - 1];
  const next = c.emotions[c.column + 1];
  const y = (v: number) => curveY(v, scale);
  const paths = c.series.flatMap((_s, i) => {
    const v = here[i];
    if (v === undefined) return [];
    const p = prev?.[i];
    const n = next?.[i];
    let d = p === undefined ? `M50 ${y(v)}` : `M0 ${(y(p) + y(v)) / 2}L50 ${y(v)}`;
    if (n !== undefined) d += `L100 ${(y(v) + y(n)) / 2}`;
    return [svg`<path class="line s${i}" d=${d} stroke-dasharray=${SERIES_DASH[i] || nothing}></path><path class="point s${i}" d="M50 ${y(v)}h0"></path>`];
  });
  const words = c.series.map((s, i) => {
    const v = here[i];
    const name = c.series.length > 1 || s.id ? s.name : '';
    return v === undefined ? noEmotionWords(name) : emotionWords(c.locale, name, v, moodOf(v, scale), scale);
  });
  return html`<svg part="curve" class="curve" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false"><path class="zero" d="M0 50H100"></path>${items(paths)}</svg
    ><ul class="sr-only">${items(words.map((w) => html`<li>${w}</li>`))}</ul>`;
}

function renderFunnel(c: CellContext) {
  const f = c.funnel;
  if (f?.reached === undefined) return empty();
  const share = c.maxReached > 0 ? Math.round((f.reached / c.maxReached) * 100) : 0;
  const flow = flowWords(c.locale, f);
  return html`<div class="funnel${f.biggest ? ' biggest' : ''}"><svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width=${share} height="8"></rect></svg><span class="reached">${reachedWords(c.locale, f.reached)}</span> ${flow
    ? html`<span class="flow">${flow}</span>`
    : nothing} ${f.biggest ? html`<span part="biggest-drop" class="biggest-drop">${warningIcon}${biggestDropWords()}</span>` : nothing}</div>`;
}

/** An emotion lane's legend: each series' name beside a sample of its line. */
export function renderLegend(lane: MapLane, series: Series[]) {
  if (series.length < 2 && !lane.series?.length) return nothing;
  return html`<ul class="legend">
    ${series.map(
      (s, i) => html`<li>
        <svg class="sample" viewBox="0 0 24 8" width="24" height="8" aria-hidden="true" focusable="false"
          ><path class="line s${i}" d="M0 4H24" stroke-dasharray=${SERIES_DASH[i] || nothing}></path></svg
        >${s.name}
      </li>`,
    )}
  </ul>`;
}

/** Every emotion lane's values per column and series. */
export const emotionTable = (byColumn: MapCell[][], series: Series[]) => byColumn.map((cells) => emotionsOf(cells, series));
