// What the hand-written baselines share: the style sheets they adopt and
// their one DOM helper (createElement, setAttribute and append; no innerHTML).

/**
 * Page A's element's own style sheets, handed over as text by the workload's
 * `prepare` (`window.BENCH_INPUT.sheets`); made once, before the clock starts,
 * and adopted by every instance.
 */
export const sheets = (window.BENCH_INPUT?.sheets ?? []).map((text) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
});

/** `<tag>` with `attrs` set as attributes and `children` (nodes or text) appended. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
