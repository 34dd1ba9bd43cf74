// Workload: 200 stage trackers, seven stages, stage 4 current.

export default {
  name: 'stage-tracker',
  title: '200 stage trackers, seven stages, stage 4 current',
  pageA: '/bench/pages/stage-trackers-waymark.html',
  pageB: '/bench/pages/stage-trackers-baseline.html',
  /** The goal: A's median within 1.5x B's. */
  goal: 1.5,
  /** DOM nodes counted (bench/README.md, "Nodes per element"); issue 13's goal: at most this many per element. */
  nodes: true,
  maxNodes: 150,
  /**
   * Runs once, untimed, on page A: the baseline adopts the element's own
   * style sheets (as text), so both pages style and lay out the same CSS.
   */
  prepare: (page) =>
    page.evaluate(() => ({
      sheets: customElements
        .get('wm-stage-tracker')
        .elementStyles.map((s) => s.cssText ?? [...s.cssRules].map((r) => r.cssText).join('\n')),
    })),
};
