import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { draw, type DrawStats } from './draw.js';
import { msg, str } from '../../i18n/localize.js';
import { formatCount } from '../../i18n/format.js';
import { isRtl } from '../rtl.js';
import { describeView } from './detail.js';
import { PlotGestures } from './gestures.js';
import { laneOfIndex, plotHeight, type Band, type Lanes } from './layout.js';
import { firstShown, hitTest, laneStep, step } from './nav.js';
import { readPalette } from './palette.js';
import { MIN_SPAN, TimeScale, clampView, extentOf, panView, zoomView, type TimeRange } from './scale.js';
import type { TouchpointStore } from './store.js';
import { timeTicks } from './ticks.js';

export interface PlotSource {
  store(): TouchpointStore;
  lanes(): Lanes;
  bands(): Band[];
  locale(): string;
  /** The `from` / `to` attributes, as times. */
  bounds(): { from?: number; to?: number };
  selected(): number;
  select(index: number): void;
  /** Clears the selection (Escape). */
  clear(): void;
  describe(index: number): string;
  /** The timeline view is on screen. */
  active(): boolean;
  /** Runs `fn` with `msg()` in the element's locale, for words made outside its update (keys, timers, frames). */
  localized<R>(fn: () => R): R;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The timeline's plot: the visible time range, zoom and pan by pointer,
 * wheel, pinch and keys, a keyboard focus that walks the touchpoints, and a
 * canvas drawn at most once per animation frame.
 */
export class PlotController implements ReactiveController {
  /** Focused touchpoint (store index) of keyboard navigation, or -1. */
  focus = -1;
  /** The words for what is in view: the range line, the canvas text alternative and the last announcement. */
  rangeText = '';
  summary = '';
  announcement = '';
  readonly #host: Host;
  readonly #src: PlotSource;
  #view?: TimeRange;
  #width = 0;
  #frame = 0;
  #settle = 0;
  #focused = false;
  #print = false;
  #observed?: Element;
  // Made on connect, not here: a server renders elements with no observers or media queries.
  #resize?: ResizeObserver;
  readonly #gestures = new PlotGestures({
    panBy: (dx) => this.#panBy(dx),
    zoomAt: (factor, x) => this.zoom(factor, this.#scale().t(x)),
    tap: (x, y) => this.#tap(x, y),
    save: () => {
      const view = this.#view;
      return () => (view === undefined ? this.showAll() : this.#set(view));
    },
  });
  // Colour scheme or high contrast switched while the page is open: the canvas re-reads its palette.
  #media: MediaQueryList[] = [];
  readonly #redraw = () => this.queueDraw();

  constructor(host: Host, src: PlotSource) {
    this.#host = host;
    this.#src = src;
    host.addController(this);
  }

  get extent(): TimeRange {
    const s = this.#src.store();
    const { from, to } = this.#src.bounds();
    return extentOf(s.first, s.last, from, to);
  }

  get visible(): TimeRange {
    const extent = this.extent;
    return this.#view && !this.#print ? clampView(this.#view, extent) : extent;
  }

  get canZoomIn(): boolean {
    const v = this.visible;
    return v.to - v.from > MIN_SPAN * 1.01;
  }

  get canZoomOut(): boolean {
    const v = this.visible;
    const e = this.extent;
    return v.to - v.from < (e.to - e.from) * 0.999;
  }

  /** Zooms by `factor` (< 1 zooms in) around the instant `anchor` (default: the focused touchpoint in view, else the middle). */
  zoom(factor: number, anchor?: number): void {
    const v = this.visible;
    const t = this.#src.store().times[this.focus];
    const at = anchor ?? (t !== undefined && t >= v.from && t <= v.to ? t : (v.from + v.to) / 2);
    this.#set(zoomView(v, factor, at, this.extent));
  }

  /** Moves the view by a share of its width (positive is later). */
  pan(share: number): void {
    const v = this.visible;
    this.#set(panView(v, (v.to - v.from) * share, this.extent));
  }

  showAll(): void {
    this.#view = undefined;
    this.queueDraw();
    this.#host.requestUpdate();
  }

  /** Forgets the view and focus (new data, a new `from` / `to` window or a new grouping). */
  reset(): void {
    this.#view = undefined;
    this.focus = -1;
    this.queueDraw();
  }

  /**
   * Printing: the whole `from` – `to` range (not the zoom) at the plot's
   * width in the print layout, drawn at once (no frame comes before the page
   * is printed); afterwards the view on screen again.
   */
  print(on: boolean): void {
    this.#print = on;
    this.#width = Math.floor(this.#host.renderRoot.querySelector('.plot')?.clientWidth ?? 0) || this.#width;
    cancelAnimationFrame(this.#frame);
    this.#draw();
  }

  queueDraw(): void {
    // Nothing to draw on until connected (and no frames at all on a server); the first update draws.
    if (!this.#frame && this.#host.isConnected) this.#frame = requestAnimationFrame(() => this.#draw());
  }

  hostConnected(): void {
    this.#resize ??= new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w !== this.#width) {
        this.#width = w;
        this.queueDraw();
      }
    });
    if (!this.#media.length) this.#media = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));
    for (const m of this.#media) m.addEventListener('change', this.#redraw);
    this.#observe();
  }

  hostDisconnected(): void {
    for (const m of this.#media) m.removeEventListener('change', this.#redraw);
    this.#resize?.disconnect();
    this.#observed = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    clearTimeout(this.#settle);
  }

  hostUpdated(): void {
    if (this.#observe()) this.queueDraw();
  }

  /**
   * Watches the plot's width while the host is connected. An update can run
   * after removal (the last streamed page arrives): it must not observe then,
   * or the observer outlives the element; reconnecting observes again.
   */
  #observe(): Element | null {
    const plot = this.#host.renderRoot?.querySelector('.plot') ?? null;
    if (this.#host.isConnected && plot !== (this.#observed ?? null)) {
      this.#resize?.disconnect();
      this.#observed = plot ?? undefined;
      if (plot) this.#resize?.observe(plot);
    }
    return plot;
  }

  render() {
    const g = this.#gestures;
    return html`<div
      part="plot"
      class="plot"
      tabindex="0"
      role="application"
      aria-roledescription=${msg('timeline', { id: 'timeline.plot.role' })}
      aria-label=${msg('Touchpoint timeline', { id: 'timeline.plot.label' })}
      aria-describedby="keys"
      @keydown=${this.#onKey}
      @focus=${() => this.#setFocused(true)}
      @blur=${() => this.#setFocused(false)}
      @pointerdown=${g.down}
      @pointermove=${g.move}
      @pointerup=${g.up}
      @pointercancel=${g.up}
      @wheel=${g.wheel}
    >
      <canvas part="canvas" role="img" aria-label=${this.summary || msg('Touchpoint timeline', { id: 'timeline.plot.label' })}></canvas>
    </div>`;
  }

  #set(view: TimeRange): void {
    this.#view = view;
    this.queueDraw();
  }

  #scale(): TimeScale {
    const v = this.visible;
    return new TimeScale(v.from, v.to, this.#width, isRtl(this.#host));
  }

  #panBy(dx: number): void {
    const s = this.#scale();
    this.#set(panView(this.visible, s.t(0) - s.t(dx), this.extent));
  }

  #tap(x: number, y: number): void {
    const hit = hitTest(this.#src.store(), this.#src.lanes(), this.#scale(), x, y);
    if (!hit) return;
    if ('dense' in hit) this.zoom(0.2, hit.dense);
    else {
      this.focus = hit.index;
      this.#src.select(hit.index);
    }
  }

  #setFocused(on: boolean): void {
    this.#focused = on;
    this.queueDraw();
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const store = this.#src.store();
    const lanes = this.#src.lanes();
    const rtl = isRtl(this.#host);
    const v = this.visible;
    const from = (dir: 1 | -1) =>
      this.focus < 0
        ? firstShown(store, lanes, dir > 0 ? store.lowerBound(v.from) : store.lowerBound(v.to + 1) - 1, dir)
        : step(store, lanes, this.focus, dir);
    const moves: Record<string, () => number | void> = {
      '+': () => this.zoom(0.5),
      '=': () => this.zoom(0.5),
      '-': () => this.zoom(2),
      _: () => this.zoom(2),
      ArrowRight: () => from(rtl ? -1 : 1),
      ArrowLeft: () => from(rtl ? 1 : -1),
      ArrowUp: () => (this.focus < 0 ? from(1) : laneStep(store, lanes, this.focus, -1)),
      ArrowDown: () => (this.focus < 0 ? from(1) : laneStep(store, lanes, this.focus, 1)),
      Home: () => firstShown(store, lanes, 0, 1),
      End: () => firstShown(store, lanes, store.length - 1, -1),
      PageUp: () => this.pan(-0.5),
      PageDown: () => this.pan(0.5),
      Enter: () => (this.focus >= 0 ? this.#src.select(this.focus) : undefined),
      ' ': () => (this.focus >= 0 ? this.#src.select(this.focus) : undefined),
      Escape: () => this.#src.clear(),
    };
    const move = moves[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const to = move();
    if (typeof to !== 'number' || to < 0) return;
    this.focus = to;
    this.#reveal(to);
    const shown = lanes.lanes.reduce((n, l) => n + l.count, 0);
    let rank = 0;
    for (let i = 0; i <= to; i++) if (laneOfIndex(lanes, store, i) >= 0) rank++;
    // Two sentences: the touchpoint, then where it is among those shown ("… 3 of 6.").
    this.announcement = this.#src.localized(() => {
      const [n, all] = [formatCount(this.#src.locale(), rank), formatCount(this.#src.locale(), shown)];
      return `${this.#src.describe(to)} ${msg(str`${n} of ${all}.`, { id: 'timeline.plot.position' })}`;
    });
    this.queueDraw();
    this.#host.requestUpdate();
  };

  /** Pans (never zooms) so touchpoint `i` is in view. */
  #reveal(i: number): void {
    const t = this.#src.store().times[i]!;
    const v = this.visible;
    const span = v.to - v.from;
    if (t < v.from + span * 0.02 || t > v.to - span * 0.02) this.#set(clampView({ from: t - span / 2, to: t + span / 2 }, this.extent));
  }

  #draw(): void {
    this.#frame = 0;
    const canvas = this.#host.renderRoot.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !this.#width || !this.#src.active()) return;
    const lanes = this.#src.lanes();
    const dpr = Math.min(3, devicePixelRatio || 1);
    const width = this.#width;
    const height = plotHeight(lanes.lanes.length);
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      // CSSOM, not a style attribute: allowed under a strict style-src.
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const scale = this.#scale();
    const locale = this.#src.locale();
    const store = this.#src.store();
    // Drawn in an animation frame, outside the element's update: the words on the canvas need its locale.
    const stats = this.#src.localized(() => draw({
      ctx, width, height, dpr, store, lanes, scale,
      bands: this.#src.bands(),
      ticks: timeTicks(scale.from, scale.to, width, locale).ticks,
      palette: readPalette(this.#host.renderRoot as ShadowRoot, this.#host),
      focus: this.#focused && !this.#print ? this.focus : -1,
      selected: this.#src.selected(),
    }));
    this.#words(stats, scale, lanes.lanes.reduce((n, l) => n + l.count, 0));
  }

  /** Updates the range line and text alternative: at once the first time, then once input pauses (not every frame). */
  #words(stats: DrawStats, scale: TimeScale, total: number): void {
    const commit = () => {
      const { rangeText, summary } = this.#src.localized(() => describeView(this.#src.locale(), stats, scale, total));
      if (rangeText === this.rangeText && summary === this.summary) return;
      this.rangeText = rangeText;
      this.summary = summary;
      this.#host.requestUpdate();
    };
    clearTimeout(this.#settle);
    if (!this.rangeText || this.#print) commit();
    else this.#settle = window.setTimeout(commit, 150);
  }
}
