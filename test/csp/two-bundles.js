// Runs inside a page served with a strict CSP and Trusted Types: loads the
// CDN bundle twice (as two intranet widgets might) and renders trackers.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
const warnings = [];
const warn = console.warn;
console.warn = (...a) => { warnings.push(String(a[0])); warn(...a); };

const report = (result) => parent.postMessage({ type: 'csp-result', ...result }, '*');
try {
  const first = await import('/dist/waymark.min.js');
  await import('/dist/waymark.min.js?copy=2');
  const { lifecycleJourney } = await import('/fixtures/journeys.js');
  const trackers = ['full', 'compact'].map((variant) => {
    const el = document.createElement('wm-stage-tracker');
    el.variant = variant;
    el.selectable = true;
    el.data = lifecycleJourney({ progress: 0.55 });
    document.body.append(el);
    return el;
  });
  await Promise.all(trackers.map((t) => t.updateComplete));
  await new Promise((r) => setTimeout(r, 100));
  const fill = trackers[0].shadowRoot.querySelector('[part="progress"] rect');
  report({
    violations,
    warnings,
    stages: trackers.map((t) => t.shadowRoot.querySelectorAll('[part~="stage"]').length),
    fillWidth: fill.getBoundingClientRect().width / fill.closest('[part="progress"]').getBoundingClientRect().width,
    sameClass: customElements.get('wm-stage-tracker') === first.StageTracker,
  });
} catch (e) {
  report({ violations, warnings, error: String(e && e.stack || e) });
}
