// Workload: 100 score gauges, a mix of NPS, CSAT and health, without trend
// (so chart.js is not involved).
//
// - A (pages/score-gauges-waymark.*): loads /dist/waymark.min.js; the timed
//   function creates 100 <wm-score-gauge>, sets `.data` on each (the metrics of
//   pages/score-gauges-data.js, built before the clock starts), appends them and
//   waits for each one's wm-load and updateComplete.
// - B (pages/score-gauges-baseline*.js): a small custom element with no
//   framework that builds the same shadow DOM (dial SVG with track, bands, value
//   arc, target and needle at the same coordinates, value and range text; the
//   meter with aria-valuemin/max/now/valuetext; band, change with its icon,
//   target, sample size, low-sample warning, the details disclosure) with
//   createElement(NS) and textContent, adopting the element's own style sheets.
//   It computes the same numbers and words, but does no validation and has no
//   loading or error states, adapter lookup, needle animation or chart controller.
// - The DOM check compares all 100 gauges (not only the first), since the mix
//   covers three kinds, every band, up/down/flat changes and low samples.

export default {
  name: 'score-gauge',
  title: '100 gauges (mix of NPS, CSAT, health)',
  pageA: '/bench/pages/score-gauges-waymark.html',
  pageB: '/bench/pages/score-gauges-baseline.html',
  /** The goal: A's median within 1.5x B's. */
  goal: 1.5,
  /** DOM nodes counted (bench/README.md, "Nodes per element"); issue 13's goal: at most this many per element. */
  nodes: true,
  maxNodes: 45,
  /**
   * Runs once, untimed, on page A: the baseline adopts the element's own
   * style sheets (as text), so both pages style and lay out the same CSS.
   */
  prepare: (page) =>
    page.evaluate(() => ({
      sheets: customElements
        .get('wm-score-gauge')
        .elementStyles.map((s) => s.cssText ?? [...s.cssRules].map((r) => r.cssText).join('\n')),
    })),
};
