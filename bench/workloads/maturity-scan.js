// Workloads: one 20-question maturity scan (the built-in journey-management
// scan, every question on one page), rendered until interactive, then
// answered in full and scored. Two workloads, one per phase, sharing pages:
// `?phase=render|answer` picks the timed work.

/**
 * Runs once, untimed, on page A: the baseline adopts the element's own style
 * sheets (as text) and builds its form from the same definition.
 */
const prepare = (page) =>
  page.evaluate(async () => {
    const el = document.createElement('wm-maturity-scan');
    el.autosave = 'off';
    const loaded = new Promise((resolve) => el.addEventListener('wm-load', resolve, { once: true }));
    document.body.append(el);
    await loaded;
    const definition = el.definition;
    el.remove();
    return {
      sheets: customElements
        .get('wm-maturity-scan')
        .elementStyles.map((s) => s.cssText ?? [...s.cssRules].map((r) => r.cssText).join('\n')),
      definition,
    };
  });

export default [
  {
    name: 'maturity-scan-render',
    title: '20-question maturity scan: render until interactive',
    pageA: '/bench/pages/maturity-scan-waymark.html?phase=render',
    pageB: '/bench/pages/maturity-scan-baseline.html?phase=render',
    /** The goal: A's median within 2x B's. */
    goal: 2,
    prepare,
  },
  {
    name: 'maturity-scan-answer',
    title: '20-question maturity scan: answer all 20, then score',
    pageA: '/bench/pages/maturity-scan-waymark.html?phase=answer',
    pageB: '/bench/pages/maturity-scan-baseline.html?phase=answer',
    goal: 2,
    prepare,
  },
];
