// The loading, empty, error and stale states of every data element, and
// their words: one markup, so each element (and each later page of the
// timeline) shows them alike, styled by src/styles/host.ts.
import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorKind, WaymarkError } from '../data/errors.js';
import type { LoadState } from '../data/load-controller.js';
import type { StaleInfo } from '../data/adapters/types.js';
import { formatRelative } from '../i18n/format.js';
import { msg, renderLocale, str } from '../i18n/localize.js';

/** What an element calls its states and its data, in the reader's language. */
export interface StateWords {
  /** "Loading journey…" */
  loading: string;
  /** "This journey has no stages yet." */
  empty: string;
  /** The data in a headline: "journey" in "We couldn't load the journey." */
  noun: string;
}

const HEADLINES: Record<ErrorKind, (noun: string) => string> = {
  network: (w) => msg(str`We couldn't load the ${w}.`, { id: 'state.network' }),
  timeout: (w) => msg(str`Loading the ${w} took too long.`, { id: 'state.timeout' }),
  'not-found': (w) => msg(str`We couldn't find the ${w}.`, { id: 'state.not-found' }),
  'invalid-data': (w) => msg(str`The ${w} data has a problem, so it can't be shown.`, { id: 'state.invalid-data' }),
  unsupported: (w) => msg(str`This data source can't provide the ${w}.`, { id: 'state.unsupported' }),
  'no-source': () => msg('No data source: set data, adapter, src or source.', { id: 'state.no-source' }),
};

/** The spinner beside a loading message; hidden from screen readers, which read the message. */
export const spinner = html`<span class="spinner" aria-hidden="true"></span>`;

export const renderLoading = (label: string): TemplateResult =>
  html`<div part="loading" class="state" role="status">${spinner}${label}</div>`;

export const renderEmpty = (label: string): TemplateResult => html`<div part="empty" class="state">${label}</div>`;

/**
 * An alert: a headline, the detail when it adds something (an adapter's or a
 * validation report's own words, shown as given), and Retry when it can help.
 */
export function renderAlert(headline: string, detail?: string, retry?: () => void, classes = 'state'): TemplateResult {
  return html`<div part="error" class=${classes} role="alert">
    <p class="headline">${headline}</p>
    ${detail ? html`<p class="detail">${detail}</p>` : nothing}
    ${retry
      ? html`<button type="button" part="retry" @click=${retry}>${msg('Retry', { id: 'state.retry' })}</button>`
      : nothing}
  </div>`;
}

/** The error state of a failed load: the kind's headline about `noun`, the detail, and Retry. */
export const renderError = (error: WaymarkError, noun: string, retry: () => void): TemplateResult =>
  renderAlert(HEADLINES[error.kind](noun), error.plain ? undefined : error.message, retry);

/** The notice over data kept after a failed refresh: since when, and why. */
export const renderStale = (stale: StaleInfo): TemplateResult =>
  html`<p part="stale" class="stale" role="status">
    ${msg(str`Showing saved data from ${formatRelative(renderLocale(), stale.since)}:`, { id: 'state.stale' })}
    ${stale.error.message}
  </p>`;

/** Renders the state a load is in; `ready` draws the data. Call it during render. */
export function renderState<T>(load: LoadState<T>, words: StateWords, ready: (data: T) => unknown): unknown {
  switch (load.status) {
    case 'loading':
      return renderLoading(words.loading);
    case 'error':
      return renderError(load.error!, words.noun, () => void load.reload());
  }
  if (load.empty) return renderEmpty(words.empty);
  const stale = load.stale;
  // A template, not an array: an array costs two marker comments per item.
  return html`${stale ? renderStale(stale) : nothing}${ready(load.value as T)}`;
}
