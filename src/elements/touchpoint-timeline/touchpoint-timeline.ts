import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { DataElement } from '../data-element.js';
import { hostStyles } from '../../styles/host.js';
import { printStyles } from '../../styles/print.js';
import { renderEmpty, renderState, type StateWords } from '../states.js';
import { msg, str } from '../../i18n/localize.js';
import { channelName, GROUP_BYS, TimelineData, VIEWS, type GroupBy, type TimelineView } from './data.js';
import { describe, renderDetail, type DescribeContext } from './detail.js';
import { TouchpointSelectEvent } from './events.js';
import { buildBands, buildLanes, laneOfIndex, type Band, type Lanes } from './layout.js';
import type { ListView } from './list-view.js';
import { TouchpointPaging } from './paging.js';
import { swatches } from './palette.js';
import { Memo } from './memo.js';
import { PlotController } from './plot.js';
import { renderChart, renderToolbar } from './toolbar.js';
import { listStyles } from './list-view.styles.js';
import { styles } from './touchpoint-timeline.styles.js';
import { csv } from '../../export/csv.js';
import { formatCount, formatDate } from '../../i18n/format.js';
import type { ImageOptions } from '../../export/image.js';

/** The words of the loading, empty and error states. */
const STATES = (): StateWords => ({
  loading: msg('Loading touchpoints…', { id: 'timeline.loading' }),
  empty: msg('No touchpoints to show yet.', { id: 'timeline.empty' }),
  noun: msg('touchpoints', { id: 'data.touchpoints' }),
});

export { GROUP_BYS, VIEWS, TimelineData, type GroupBy, type TimelineView };

const time = (v?: string) => {
  const t = v ? Date.parse(v) : NaN;
  return Number.isNaN(t) ? undefined : t;
};

/**
 * A customer's touchpoints over time: one lane per channel (or stage), the
 * journey's stages as bands behind them, each touchpoint coloured by
 * sentiment, filled when the customer started it and a ring when we did,
 * moments of truth as stars and friction as triangles (named in words where
 * there is room, and always in the card, the list and the announcements),
 * and the emotion curve (mean sentiment over time) along the top.
 *
 * Touchpoints load page by page through the adapter's `touchpoints` cursor
 * and draw as they arrive, on a canvas: touchpoints too close to tell apart
 * become one bar; zooming in separates them. Drag, pinch or ctrl/cmd + wheel
 * to zoom and pan (a plain wheel, or a mostly vertical swipe on a touch
 * screen, scrolls the page), or use the buttons or the
 * keys: + and − zoom, the arrows walk the touchpoints (up and down change
 * lane), Home and End, Page Up and Page Down pan, Enter selects, Escape
 * closes the card.
 * `view="list"` is the accessible alternative: every touchpoint as text,
 * grouped by day, virtualized, with the same filters and selection.
 * In right-to-left layouts the time axis is mirrored (time runs right to left).
 *
 * `data` is `{ items: Touchpoint[], stages?: Stage[] }` (a `TouchpointPage`
 * plus the journey's stages for the bands). Through an adapter, the timeline
 * also asks for the journey (`journey()`) when the adapter has it, for the
 * stage bands; without stage dates, bands span each stage's touchpoints.
 * Channel filters apply in the browser: every channel loads, so chips can
 * turn channels back on without a reload.
 *
 * @summary A customer's touchpoints over time, by channel or stage, with sentiment, moments of truth and friction.
 * @tagname wm-touchpoint-timeline
 *
 * @fires wm-load - `{ data }` once the first page is shown (`data.nextCursor` set while more follow) and again with every touchpoint once the last page is in.
 * @fires wm-error - `{ error, kind }` when loading failed, the first page or a later one.
 * @fires wm-touchpoint-select - `{ touchpoint }` when the user selects a touchpoint.
 *
 * @csspart base - The wrapper around the toolbar, plot or list, and card.
 * @csspart toolbar - The channel chips, zoom buttons and view switch.
 * @csspart chip - A channel filter button (`aria-pressed`); `on` when its channel is shown.
 * @csspart zoom-in - The zoom in button; also `zoom-out`, `show-all`, `earlier`, `later`, `view-timeline`, `view-list`.
 * @csspart download-image - The "Download image" button (a PNG of the timeline as shown); `download-csv` saves the CSV of the current filter.
 * @csspart range - The line saying which dates are in view.
 * @csspart lane-label - A lane's name beside the plot.
 * @csspart plot - The focusable plot (keyboard zoom, pan and touchpoint navigation).
 * @csspart canvas - The canvas the plot draws on (`role="img"` with a text summary).
 * @csspart legend - The legend of shapes and colours.
 * @csspart list - The virtualized list of the list view.
 * @csspart day - A day heading in the list.
 * @csspart item - A touchpoint in the list; `selected` when selected.
 * @csspart detail - The selected touchpoint's card, with its `close` button.
 * @csspart loading-more - The notice shown while further pages load.
 * @csspart no-match - Shown when the channel filter leaves nothing to show.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state (`role="alert"`), with its Retry button (`retry`); also a failed later page.
 * @csspart stale - The notice shown over data kept after a failed refresh.
 *
 * @cssprop --wm-touchpoint-timeline-label-width - Width of the lane labels (default 7.5rem).
 * @cssprop --wm-touchpoint-timeline-list-height - Height of the list view's scroller (default 24rem).
 * @cssprop --wm-touchpoint-timeline-background - Background (default `--wm-color-surface`).
 * @cssprop --wm-color-good - Positive sentiment; `--wm-color-critical` negative, `--wm-color-neutral` neutral, `--wm-color-warning` friction.
 * @cssprop --wm-color-accent - Selection and focus.
 * @cssprop --wm-font-family - Global font family, used on the canvas too.
 */
export class TouchpointTimeline extends DataElement<TimelineData> {
  static override styles = [hostStyles, printStyles, styles, listStyles];
  static override properties: PropertyDeclarations = {
    journey: { reflect: true },
    customer: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    groupBy: { reflect: true, attribute: 'group-by' },
    channels: { reflect: true },
    view: { reflect: true },
    selected: { reflect: true },
  };

  /** Journey id whose touchpoints to load through an adapter. */
  journey?: string;

  /** Customer id, for adapters that keep touchpoints per customer. */
  customer?: string;

  /**
   * ISO start of the time axis; passed to the adapter. Default: the first touchpoint.
   * Changing `from` or `to` redraws from the touchpoints already loaded; through an adapter, a window
   * reaching past what was loaded fetches only the missing range (and fires `wm-load` once it is in).
   */
  from?: string;

  /** ISO end of the time axis; passed to the adapter. Default: the last touchpoint. See `from`. */
  to?: string;

  /** Lanes: one per `channel`, one per `stage`, or a single lane (`none`). */
  groupBy: GroupBy = 'channel';

  /** Space-separated channels to show; absent shows every channel, empty shows none. */
  channels?: string;

  /** `timeline` (the plot) or `list` (every touchpoint as text, by day). */
  view: TimelineView = 'timeline';

  /** Id of the selected touchpoint; its card is shown. */
  selected?: string;

  readonly #paging = new TouchpointPaging(this, {
    query: () =>
      this.journey
        ? {
            journey: this.journey, customer: this.customer,
            from: time(this.from) === undefined ? undefined : this.from, to: time(this.to) === undefined ? undefined : this.to,
          }
        : undefined,
    args: () => [this.journey, this.customer],
    changed: () => this.#plot?.queueDraw(),
    replaced: () => this.#plot?.reset(),
  });

  readonly #plot: PlotController = new PlotController(this, {
    store: () => this.#paging.store,
    lanes: () => this.#lanes(),
    bands: () => this.#bands(),
    locale: () => this.effectiveLocale,
    bounds: () => ({ from: time(this.from), to: time(this.to) }),
    selected: () => this.#selectedIndex(),
    select: (i) => this.#select(i),
    clear: () => (this.selected = undefined),
    describe: (i) => describe(this.#paging.store.item(i)!, this.#context),
    active: () => this.view !== 'list' && this.#paging.status === 'ready',
    localized: (fn) => this.localized(fn),
  });

  /** The list view and its virtualizer load on first use: most pages never leave the timeline. */
  #list?: ListView | 'loading' | 'failed';
  readonly #lanesMemo = new Memo<Lanes>();
  readonly #bandsMemo = new Memo<Band[]>();
  readonly #selectedMemo = new Memo<number>();

  /** The time range in view in the timeline, once data is shown. */
  get visibleRange(): { from: Date; to: Date } | undefined {
    if (this.#paging.status !== 'ready') return undefined;
    const v = this.#plot.visible;
    return { from: new Date(v.from), to: new Date(v.to) };
  }

  /** Loads the touchpoints again. */
  reload(): Promise<void> {
    return this.#paging.reload();
  }

  /**
   * The touchpoints in the current filter (the `channels` shown, between `from` and `to`) as CSV,
   * one row per touchpoint in time order (just the header before data).
   */
  toCSV(): string {
    const on = this.#filter();
    const from = time(this.from) ?? -Infinity;
    const to = time(this.to) ?? Infinity;
    const s = this.#paging.store;
    return csv(
      'id,at,channel,title,stage,initiator,sentiment,momentOfTruth,friction,outcome,detail',
      s.items()
        .filter((t, i) => (!on || on.has(t.channel)) && s.times[i]! >= from && s.times[i]! <= to)
        .map((t) => [
          t.id, t.at, t.channel, t.title, t.stageId, t.initiator, t.sentiment, t.momentOfTruth, t.friction, t.outcome, t.detail,
        ]),
    );
  }

  /**
   * The timeline as shown (toolbar, range, plot, lane labels, legend, card), as a PNG or a
   * self-contained SVG (the plot's canvas as an embedded PNG; fonts named, not embedded), in its
   * current theme and language, at `scale` (default `devicePixelRatio`).
   */
  toImage(options?: ImageOptions): Promise<Blob> {
    return import('../../export/image.js').then((m) => m.toImage(this, options));
  }

  /** Halves the time in view (around the focused touchpoint, else the middle). */
  zoomIn(): void {
    this.#plot.zoom(0.5);
  }

  /** Doubles the time in view. */
  zoomOut(): void {
    this.#plot.zoom(2);
  }

  /** Shows the whole time axis. */
  showAll(): void {
    this.#plot.showAll();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A page's first Intl.NumberFormat loads ICU's number data (30-35 ms in Chromium), its first DateTimeFormat its
    // date data (4-6 ms more): made in tasks of their own while the touchpoints load, not in the task that shows
    // them (which counts them in the toolbar) or the frame that draws them (the axis dates).
    setTimeout(() => formatCount(this.effectiveLocale, 0));
    setTimeout(() => formatDate(this.effectiveLocale, '2000-01-01'));
  }

  protected override printChanged(on: boolean): void {
    super.printChanged(on);
    this.#plot.print(on);
  }

  get #context(): DescribeContext {
    const names = new Map((this.#paging.stages ?? []).map((s) => [s.id, s.name]));
    return { locale: this.effectiveLocale, stageName: (id) => (id ? (names.get(id) ?? id) : undefined) };
  }

  #filter(): Set<string> | undefined {
    return this.channels == null ? undefined : new Set(this.channels.split(/\s+/).filter(Boolean));
  }

  #lanes(): Lanes {
    const s = this.#paging.store;
    // Lane labels are words, and the plot asks for lanes between renders too: build them in the element's locale.
    return this.#lanesMemo.get([s, s.version, this.groupBy, this.channels, this.#paging.stages, this.effectiveLocale], () =>
      this.localized(() => buildLanes(s, this.groupBy, this.#paging.stages, this.#filter())),
    );
  }

  #bands(): Band[] {
    const s = this.#paging.store;
    return this.#bandsMemo.get([s, s.version, this.#paging.stages], () => buildBands(s, this.#paging.stages));
  }

  #selectedIndex(): number {
    const s = this.#paging.store;
    return this.#selectedMemo.get([s, s.version, this.selected], () => (this.selected ? s.indexOf(this.selected) : -1));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.view === 'list' && !this.#list) {
      this.#list = 'loading';
      import('./list-view.js').then(
        (m) => (this.#list = new m.ListView()),
        (e) => {
          console.warn('waymark: the list view could not be loaded.', e);
          this.#list = 'failed';
        },
      ).finally(() => this.requestUpdate());
    }
    // A new window is drawn from what is loaded (the paging fetches only what it lacks): the view follows it.
    if (changed.has('from') || changed.has('to')) this.#plot.reset();
    if ((changed.has('channels') || changed.has('groupBy')) && this.#plot.focus >= 0) {
      if (laneOfIndex(this.#lanes(), this.#paging.store, this.#plot.focus) < 0) this.#plot.focus = -1;
    }
  }

  override render() {
    return renderState(this.#paging.load, STATES(), () => this.#renderReady());
  }

  #renderReady() {
    const store = this.#paging.store;
    // Pages that all came back empty: nothing to draw, which is the empty state, not a filter problem.
    if (!store.length && !this.#paging.streaming) {
      return html`${this.#paging.renderProgress(this.effectiveLocale)}
        ${renderEmpty(msg('No touchpoints to show yet.', { id: 'timeline.empty' }))}`;
    }
    const lanes = this.#lanes();
    const selected = store.item(this.#selectedIndex());
    const list = this.view === 'list';
    return html`<div part="base" class="base" aria-busy=${this.#paging.streaming ? 'true' : nothing}>
      ${renderToolbar({
        chips: store.channelOrder.map((c) => ({
          channel: store.channels[c]!, label: channelName(store.channels[c]!), count: store.channelCounts[c]!, on: !!lanes.shown[c],
        })),
        view: list ? 'list' : 'timeline',
        locale: this.effectiveLocale,
        canZoomIn: this.#plot.canZoomIn,
        canZoomOut: this.#plot.canZoomOut,
        toggle: (c) => this.#toggle(c),
        setView: (v) => (this.view = v),
        zoom: (how) => this.#zoom(how),
        download: (what) => this.#download(what),
      })}
      ${this.#paging.renderProgress(this.effectiveLocale)}
      ${!lanes.lanes.length
        ? html`<p part="no-match" class="state">${msg('No channels are selected: choose a channel above to see its touchpoints.', { id: 'timeline.no-channels' })}</p>`
        : list
          ? this.#renderList(lanes)
          : renderChart(lanes, this.#plot)}
      ${selected ? renderDetail(selected, this.#context, () => this.#clear()) : nothing}
      <p class="sr-only" role="status">${this.#plot.announcement}</p>
      ${swatches()}
    </div>`;
  }

  #renderList(lanes: Lanes) {
    const view = this.#list;
    if (view === 'failed') return html`<p class="state" role="alert">${msg('The list view could not be loaded. Reload the page to try again.', { id: 'timeline.list.failed' })}</p>`;
    if (!view || view === 'loading') return html`<p class="state" role="status">${msg('Loading the list…', { id: 'timeline.list.loading' })}</p>`;
    return view.render({
      store: this.#paging.store, lanes, selected: this.#selectedIndex(), context: this.#context,
      select: (i) => this.#select(i), clear: () => (this.selected = undefined), localized: (fn) => this.localized(fn),
      printing: this.printing,
    });
  }

  #toggle(channel: string): void {
    const all = this.#paging.store.channels;
    const on = this.#filter() ?? new Set(all);
    if (on.has(channel)) on.delete(channel);
    else on.add(channel);
    this.channels = all.every((c) => on.has(c)) ? undefined : [...on].join(' ');
  }

  #zoom(how: 'in' | 'out' | 'all' | 'earlier' | 'later'): void {
    if (how === 'in') this.#plot.zoom(0.5);
    else if (how === 'out') this.#plot.zoom(2);
    else if (how === 'all') this.#plot.showAll();
    else this.#plot.pan(how === 'later' ? 0.5 : -0.5);
    this.requestUpdate();
  }

  /** The download buttons: a PNG of what is shown, or the CSV of the current filter. The saving code loads on first use. */
  #download(what: 'image' | 'csv'): Promise<void> {
    return import('../../export/download.js').then((m) => m.save(this, what, 'journey-timeline'));
  }

  #select(index: number): void {
    const tp = this.#paging.store.item(index);
    if (!tp) return;
    this.selected = tp.id;
    this.#plot.announcement = this.localized(() => msg(str`Selected: ${describe(tp, this.#context)}`, { id: 'timeline.selected' }));
    this.dispatchEvent(new TouchpointSelectEvent(tp));
  }

  async #clear(): Promise<void> {
    this.selected = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.plot, .list')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-touchpoint-timeline': TouchpointTimeline;
  }
}
