import type { ReactiveController, ReactiveElement } from 'lit';
import type { Chart } from 'chart.js';
import type { ChartSpec } from './chart.js';

export type { ChartSpec, RadarSpec, SparklineSpec } from './chart.js';

type ChartModule = typeof import('./chart.js');

let loading: Promise<ChartModule> | undefined;
let loaded: ChartModule | undefined;

/** The chart module, imported the first time any element shows a chart. */
function chartModule(): Promise<ChartModule> {
  return (loading ??= import('./chart.js').then((m) => (loaded = m)));
}

/** Whether chart.js has been loaded on this page. */
export const chartsLoaded = (): boolean => loaded !== undefined;

/** How many charts are alive on the page; 0 before chart.js is loaded. */
export const liveCharts = (): number => loaded?.liveCharts() ?? 0;

export interface ChartControllerOptions {
  /** The canvas to draw on, looked up after each render. */
  canvas: () => HTMLCanvasElement | null | undefined;
  /** What to draw; undefined draws nothing (and removes a chart drawn before). */
  spec: () => ChartSpec | undefined;
}

/**
 * Draws a chart.js chart into a host's canvas: loads chart.js lazily the first
 * time a chart is shown, creates the chart after the render that adds the
 * canvas, updates it after every render, and destroys it when the canvas goes
 * away or the host disconnects, so no Chart instance (and its observers)
 * outlives the element.
 */
export class ChartController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #o: ChartControllerOptions;
  #chart?: Chart;
  #connected = false;

  constructor(host: ReactiveElement, options: ChartControllerOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** The live chart, once drawn. */
  get chart(): Chart | undefined {
    return this.#chart;
  }

  hostConnected(): void {
    this.#connected = true;
    // Lit does not render again on reconnection; a chart removed on
    // disconnect needs one more update to come back.
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#destroy();
  }

  hostUpdated(): void {
    // Lit may finish an update after disconnection: a chart drawn then would never be destroyed.
    const spec = this.#connected ? this.#o.spec() : undefined;
    const canvas = spec ? this.#o.canvas() : undefined;
    if (!spec || !canvas) {
      this.#destroy();
      return;
    }
    if (loaded) {
      this.#draw(loaded, canvas, spec);
      return;
    }
    chartModule().then(
      (m) => {
        // The element may have moved on while chart.js loaded: draw what it shows now.
        const now = this.#o.spec();
        const target = now && this.#o.canvas();
        if (this.#connected && now && target) this.#draw(m, target, now);
      },
      (e: unknown) => console.warn('waymark: could not load the chart module.', e),
    );
  }

  #draw(m: ChartModule, canvas: HTMLCanvasElement, spec: ChartSpec): void {
    if (this.#chart && this.#chart.canvas !== canvas) this.#destroy();
    try {
      this.#chart = m.draw(canvas, spec, this.#chart);
    } catch (e) {
      // A chart is an extra: its text alternative stays, the element keeps rendering.
      this.#destroy();
      console.warn('waymark: could not draw the chart.', e);
    }
  }

  #destroy(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
  }
}
