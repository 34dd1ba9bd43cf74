import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

// One observer for every tracker: cheaper than one each when a page shows
// hundreds. Made on first connect, so importing the module works in Node (SSR).
let resizes: ResizeObserver | undefined;
const fits = new WeakMap<Element, AutoLayout>();

/**
 * `orientation="auto"`: `vertical` once the host's width gives a stage less
 * than `minWidth()` pixels, else `horizontal`.
 */
export class AutoLayout implements ReactiveController {
  layout: 'horizontal' | 'vertical' = 'horizontal';

  constructor(
    private readonly host: Host,
    private readonly stages: () => number,
    private readonly minWidth: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    fits.set(this.host, this);
    (resizes ??= new ResizeObserver((entries) => {
      for (const e of entries) fits.get(e.target)?.fit(e.contentBoxSize[0]?.inlineSize ?? e.contentRect.width);
    })).observe(this.host);
  }

  hostDisconnected(): void {
    resizes?.unobserve(this.host);
  }

  fit(width: number): void {
    const layout = width > 0 && width / this.stages() < this.minWidth() ? 'vertical' : 'horizontal';
    if (layout === this.layout) return;
    this.layout = layout;
    this.host.requestUpdate();
  }
}
