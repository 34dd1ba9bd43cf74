// Shared test helpers: a controllable adapter and shadow-DOM queries.
import type { WaymarkAdapter, JourneyRef, RequestOptions } from '../../src/data/adapters/types.js';
import type { Journey } from '../../src/data/schema.js';

/** A deferred journey load the test resolves or rejects by hand, recording each call. */
export function deferredAdapter() {
  const calls: { ref: JourneyRef; signal?: AbortSignal; resolve: (j: Journey) => void; reject: (e: unknown) => void }[] = [];
  const adapter: WaymarkAdapter = {
    journey: (ref: JourneyRef, o?: RequestOptions) =>
      new Promise<Journey>((resolve, reject) => {
        calls.push({ ref, signal: o?.signal, resolve, reject });
      }),
  };
  return { adapter, calls };
}

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
export const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resolves once the element has rendered the given part, or times out (10 s: lazy chunks such as the list view and a locale load slowly on a busy 2-core machine). */
export async function partRendered(el: Element & { updateComplete: Promise<unknown> }, part: string, ms = 10_000) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector(`[part~="${part}"]`)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`part "${part}" not rendered within ${ms} ms`);
}

/**
 * Polls `check` (awaited when it returns a promise) every `every` ms until it
 * is truthy; throws naming `what` after `ms`. Every test waits through this one.
 */
export async function until(check: () => unknown, what: string, ms = 5000, every = 10): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
