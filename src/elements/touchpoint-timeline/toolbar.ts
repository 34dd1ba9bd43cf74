import { html, nothing, svg } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { TimelineView } from './data.js';
import type { Lanes } from './layout.js';
import type { PlotController } from './plot.js';
import { formatCount } from '../../i18n/format.js';
import { downloadButtons, type DownloadKind } from '../download-buttons.js';

export interface Chip {
  channel: string;
  label: string;
  count: number;
  on: boolean;
}

export interface ToolbarInput {
  chips: Chip[];
  view: TimelineView;
  locale: string;
  canZoomIn: boolean;
  canZoomOut: boolean;
  toggle: (channel: string) => void;
  setView: (view: TimelineView) => void;
  zoom: (how: 'in' | 'out' | 'all' | 'earlier' | 'later') => void;
  download: (what: DownloadKind) => void;
}

/** The shapes the canvas draws, as SVG, for the legend and the list rows. */
export const GLYPHS = {
  customer: svg`<circle cx="8" cy="8" r="4.5" class="fill"></circle>`,
  company: svg`<circle cx="8" cy="8" r="4" class="ring"></circle>`,
  moment: svg`<path d="M8 1.5l1.9 4 4.4.5-3.3 3 .9 4.3L8 11.1l-3.9 2.2.9-4.3-3.3-3 4.4-.5z" class="fill"></path>`,
  friction: svg`<path d="M8 3l5 9H3z" class="friction"></path>`,
  group: svg`<rect x="5" y="2.5" width="6" height="11" class="fill"></rect>`,
} as const;

export const glyph = (...shapes: (keyof typeof GLYPHS)[]) =>
  html`<svg class="glyph" viewBox="0 0 16 16" aria-hidden="true">${shapes.map((s) => GLYPHS[s])}</svg>`;

export function renderToolbar(t: ToolbarInput) {
  const timeline = t.view === 'timeline';
  return html`<div part="toolbar" class="toolbar">
    <div role="group" aria-label=${msg('Channels shown', { id: 'timeline.toolbar.channels' })} class="chips">
      ${t.chips.map(
        (c) => html`<button type="button" part="chip${c.on ? ' on' : ''}" class="chip" aria-pressed=${c.on ? 'true' : 'false'}
          @click=${() => t.toggle(c.channel)}>${c.label} <span class="count">${formatCount(t.locale, c.count)}</span></button>`,
      )}
    </div>
    ${timeline
      ? html`<div role="group" aria-label=${msg('Zoom and move', { id: 'timeline.toolbar.zoom' })} class="zoom">
          <button type="button" part="zoom-in" ?disabled=${!t.canZoomIn} @click=${() => t.zoom('in')} aria-keyshortcuts="+">${msg('Zoom in', { id: 'timeline.toolbar.zoom-in' })}</button>
          <button type="button" part="zoom-out" ?disabled=${!t.canZoomOut} @click=${() => t.zoom('out')} aria-keyshortcuts="-">${msg('Zoom out', { id: 'timeline.toolbar.zoom-out' })}</button>
          <button type="button" part="show-all" ?disabled=${!t.canZoomOut} @click=${() => t.zoom('all')}>${msg('Show all', { id: 'timeline.toolbar.show-all' })}</button>
          <button type="button" part="earlier" ?disabled=${!t.canZoomOut} @click=${() => t.zoom('earlier')}>${msg('Earlier', { id: 'timeline.toolbar.earlier' })}</button>
          <button type="button" part="later" ?disabled=${!t.canZoomOut} @click=${() => t.zoom('later')}>${msg('Later', { id: 'timeline.toolbar.later' })}</button>
        </div>`
      : nothing}
    ${downloadButtons(t.download)}
    <div role="group" aria-label=${msg('View', { id: 'timeline.toolbar.view' })} class="views">
      <button type="button" part="view-timeline" aria-pressed=${timeline ? 'true' : 'false'} @click=${() => t.setView('timeline')}>${msg('Timeline', { id: 'timeline.toolbar.view-timeline' })}</button>
      <button type="button" part="view-list" aria-pressed=${timeline ? 'false' : 'true'} @click=${() => t.setView('list')}>${msg('List', { id: 'timeline.toolbar.view-list' })}</button>
    </div>
  </div>`;
}

export function renderLegend() {
  const item = (g: unknown, text: string) => html`<li>${g}<span>${text}</span></li>`;
  return html`<ul part="legend" class="legend" aria-label=${msg('Legend', { id: 'timeline.legend' })}>
    ${item(glyph('customer'), msg('Started by the customer', { id: 'timeline.legend.customer' }))}
    ${item(glyph('company'), msg('Started by us', { id: 'timeline.legend.company' }))}
    ${item(glyph('moment'), msg('Moment of truth', { id: 'timeline.legend.moment' }))}
    ${item(glyph('friction'), msg('Friction (larger is worse)', { id: 'timeline.legend.friction' }))}
    ${item(glyph('group'), msg('Several touchpoints: zoom in to tell them apart', { id: 'timeline.legend.group' }))}
    <li><span class="ramp" aria-hidden="true"></span><span>${msg('Colour: sentiment, negative to positive (also given in words)', { id: 'timeline.legend.colour' })}</span></li>
    <li><span class="curve-key" aria-hidden="true"></span><span>${msg('Emotion curve: mean sentiment over time', { id: 'timeline.legend.curve' })}</span></li>
  </ul>`;
}

/** The plot with its lane labels, the keys it takes and the legend. */
export function renderChart(lanes: Lanes, plot: PlotController) {
  return html`<p part="range" class="range">${plot.rangeText}</p>
    <div class="chart">
      <div class="labels">
        <span class="label curve">${msg('Emotion', { id: 'timeline.label.emotion' })}<span class="scale" aria-hidden="true"><span>+</span><span>−</span></span></span>
        <span class="label bands">${msg('Stages', { id: 'timeline.label.stages' })}</span>
        ${lanes.lanes.map((l) => html`<span part="lane-label" class="label lane">${l.label}</span>`)}
      </div>
      ${plot.render()}
    </div>
    <p id="keys" class="keys">
      ${msg(
        'Drag to move in time; Ctrl (⌘) + wheel or pinch to zoom. Keys: + and − zoom, arrows move between touchpoints, Home and End go to the first and last, Enter selects.',
        { id: 'timeline.keys' },
      )}
    </p>
    ${renderLegend()}`;
}
