// Workloads: one journey map, 12 steps by 10 lanes and 60 steps by 20 lanes,
// the seeded map of pages/journey-map-data.js covering every lane kind.
//
// - A (pages/journey-map-waymark.js): loads /dist/waymark.min.js; the timed
//   function creates one <wm-journey-map>, sets `.data` (built before the clock
//   starts), appends it and waits for its wm-load and updateComplete.
// - B (pages/journey-map-baseline.js): a hand-written accessible table of the
//   same content: the same header and cell count with `scope`, the same words in
//   every cell (tones as words, emotion points in words instead of the curve,
//   channels, metric readouts, the funnel's flow), built with createElement and
//   textContent in a shadow root with a small style sheet of its own. It is not
//   the element's DOM: a minimal version, so the ratio prices the element's
//   drawings (curve, icons, bars), its labelled grid cells and Lit, and the
//   node counts show how much heavier its DOM is.
// - The like-for-like check compares every header and cell of the two tables:
//   tag, scope, span and text ("same text").
// - Both pages' DOM nodes after the render are counted (`nodes`: Chromium's
//   Performance.getMetrics `Nodes`, after a GC, minus those before the render).

const common = {
  check: 'same text',
  nodes: true,
};

export default [
  {
    ...common,
    name: 'journey-map-12x10',
    title: 'Journey map, 12 steps × 10 lanes (every lane kind)',
    pageA: '/bench/pages/journey-map-waymark.html?map=12x10',
    pageB: '/bench/pages/journey-map-baseline.html?map=12x10',
    /** The goal: A's median within 1.5x B's. */
    goal: 1.5,
  },
  {
    ...common,
    name: 'journey-map-60x20',
    title: 'Journey map, 60 steps × 20 lanes (every lane kind)',
    pageA: '/bench/pages/journey-map-waymark.html?map=60x20',
    pageB: '/bench/pages/journey-map-baseline.html?map=60x20',
    /** The goal: A renders in at most 100 ms (B is reported, no ratio goal). */
    goals: { renderMs: 100 },
  },
];
