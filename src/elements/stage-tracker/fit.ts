import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Layout = 'horizontal' | 'vertical';
type Host = ReactiveControllerHost & Element;

// One observer for every tracker: cheaper than one each when a page shows
// hundreds. Made on first connect, so importing the module works in Node (SSR).
let resizes: ResizeObserver | undefined;
const fits = new WeakMap<Element, AutoLayout>();
const observer = () =>
  (resizes ??= new ResizeObserver((entries) => {
    for (const e of entries) fits.get(e.target)?.fit(e.contentBoxSize[0]?.inlineSize ?? e.contentRect.width);
  }));

/**
 * `orientation="auto"`: lays the stages out side by side while each gets
 * `minWidth()` pixels of the host's width, else stacks them.
 */
export class AutoLayout implements ReactiveController {
  readonly #host: Host;
  readonly #stages: () => number;
  readonly #minWidth: () => number;
  #layout: Layout = 'horizontal';

  constructor(host: Host, stages: () => number, minWidth: () => number) {
    this.#host = host;
    this.#stages = stages;
    this.#minWidth = minWidth;
    host.addController(this);
  }

  get layout(): Layout {
    return this.#layout;
  }

  hostConnected(): void {
    fits.set(this.#host, this);
    observer().observe(this.#host);
  }

  hostDisconnected(): void {
    resizes?.unobserve(this.#host);
  }

  fit(width: number): void {
    const layout = width > 0 && width / this.#stages() < this.#minWidth() ? 'vertical' : 'horizontal';
    if (layout === this.#layout) return;
    this.#layout = layout;
    this.#host.requestUpdate();
  }
}
