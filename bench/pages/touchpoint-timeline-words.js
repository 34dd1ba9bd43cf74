// What a waymark timeline page shows, in the words its baseline computes too
// (the like-for-like check), read from the element's own text.

/** An instant to the second: both pages do the same arithmetic, but not always in the same order. */
export const second = (d) => new Date(Math.round(+d / 1000) * 1000).toISOString();

/** The range in view of timeline `el`, as text. */
export const viewOf = (el) => `${second(el.visibleRange.from)} – ${second(el.visibleRange.to)}`;

/** Touchpoints loaded, lanes, the range in view and the count in view. */
export function describeTimeline(el) {
  const shadow = el.shadowRoot;
  const range = shadow.querySelector('[part="range"]')?.textContent ?? '';
  const [, inView, total] = /([\d,]+) of ([\d,]+) touchpoints in view/.exec(range) ?? [];
  return [
    `touchpoints: ${total?.replace(/,/g, '')}`,
    `lanes: ${[...shadow.querySelectorAll('[part="lane-label"]')].map((l) => l.textContent.trim()).join(' ')}`,
    `view: ${viewOf(el)}`,
    `in view: ${inView?.replace(/,/g, '')}`,
  ];
}
