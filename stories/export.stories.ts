import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/score-gauge/define.js';
import '../src/elements/journey-score/define.js';
import '../src/elements/touchpoint-timeline/define.js';
import '../src/elements/maturity-scan/define.js';
import { csvBlob, download, fileName } from '../src/export/download.js';
import type { ImageOptions } from '../src/export/image.js';
import { serviceJourney } from '../fixtures/journeys.js';
import { generateTimeline } from '../fixtures/touchpoints.js';

type Exportable = HTMLElement & { toCSV?(): string; toImage?(o?: ImageOptions): Promise<Blob> };

/** The element the buttons belong to: the first `wm-*` element in the same story. */
const target = (e: Event) => (e.currentTarget as HTMLElement).closest('.wm-export')!.querySelector<Exportable>('[data-export]')!;

const save = async (e: Event, what: 'csv' | 'png' | 'svg') => {
  const el = target(e);
  const name = fileName(el.localName.replace(/^wm-/, ''), what);
  if (what === 'csv') download(csvBlob(el.toCSV!()), name);
  else download(await el.toImage!({ type: what === 'svg' ? 'image/svg+xml' : 'image/png' }), name);
};

/** An element with live CSV, PNG and SVG buttons (the ones it supports). */
const withButtons = (element: TemplateResult, has: { csv?: boolean; image?: boolean }) =>
  html`<div class="wm-export">
    <p>
      ${has.csv ? html`<button type="button" @click=${(e: Event) => save(e, 'csv')}>Download CSV</button>` : ''}
      ${has.image
        ? html`<button type="button" @click=${(e: Event) => save(e, 'png')}>Download PNG</button>
            <button type="button" @click=${(e: Event) => save(e, 'svg')}>Download SVG</button>`
        : ''}
    </p>
    ${element}
  </div>`;

const meta = {
  title: 'Guides/Export',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const Gauge: Story = {
  render: () =>
    withButtons(html`<wm-score-gauge data-export kind="nps" value="32" previous="26" target="40"></wm-score-gauge>`, { image: true }),
};

export const JourneyScore: Story = {
  render: () => withButtons(html`<wm-journey-score data-export .data=${serviceJourney()}></wm-journey-score>`, { csv: true, image: true }),
};

export const Timeline: Story = {
  render: () =>
    withButtons(html`<wm-touchpoint-timeline data-export .data=${generateTimeline({ count: 120 })}></wm-touchpoint-timeline>`, {
      csv: true, image: true,
    }),
};

export const Scan: Story = {
  render: () => withButtons(html`<wm-maturity-scan data-export autosave="off" paged></wm-maturity-scan>`, { csv: true }),
};
