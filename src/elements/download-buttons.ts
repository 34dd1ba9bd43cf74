import { html } from 'lit';
import { msg } from '../i18n/localize.js';

/** What a download button saves: a PNG of the element (`toImage()`) or its CSV (`toCSV()`). */
export type DownloadKind = 'image' | 'csv';

/**
 * The "Download image" and "Download CSV" buttons (parts `download-image` and
 * `download-csv`) in a group named "Download", as the timeline's toolbar and
 * the journey map show them. The saving code is `export/download.js`'s
 * `save()`, loaded on the first click.
 */
export const downloadButtons = (download: (what: DownloadKind) => void) =>
  html`<div role="group" aria-label=${msg('Download', { id: 'export.download' })} class="downloads">
    <button type="button" part="download-image" @click=${() => download('image')}>${msg('Download image', { id: 'export.download-image' })}</button>
    <button type="button" part="download-csv" @click=${() => download('csv')}>${msg('Download CSV', { id: 'export.download-csv' })}</button>
  </div>`;
