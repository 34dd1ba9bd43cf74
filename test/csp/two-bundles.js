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
  const { lifecycleJourney, serviceJourney } = await import('/fixtures/journeys.js');
  const { generateTimeline } = await import('/fixtures/touchpoints.js');
  const trackers = ['full', 'compact'].map((variant) => {
    const el = document.createElement('wm-stage-tracker');
    el.variant = variant;
    el.selectable = true;
    el.data = lifecycleJourney({ progress: 0.55 });
    document.body.append(el);
    return el;
  });
  const gauge = document.createElement('wm-score-gauge');
  gauge.trend = true;
  gauge.data = {
    id: 'nps', kind: 'nps', label: 'NPS', value: 32, previous: 26, sampleSize: 212,
    history: [20, 24, 26, 29, 32].map((value, i) => ({ at: `2026-0${i + 1}-01`, value })),
  };
  document.body.append(gauge);
  // Every other element, and a German tracker whose strings load as a lazy chunk.
  const score = Object.assign(document.createElement('wm-journey-score'), { data: serviceJourney() });
  const scan = document.createElement('wm-maturity-scan');
  scan.setAttribute('respondent', 'csp');
  const timeline = Object.assign(document.createElement('wm-touchpoint-timeline'), { data: generateTimeline({ count: 200 }) });
  const german = Object.assign(document.createElement('wm-stage-tracker'), { locale: 'de', data: lifecycleJourney() });
  const others = { 'wm-journey-score': score, 'wm-maturity-scan': scan, 'wm-touchpoint-timeline': timeline, german };
  document.body.append(score, scan, timeline, german);
  await Promise.all([...trackers, gauge, ...Object.values(others)].map((t) => t.updateComplete));
  // The trend's chart.js chunk loads lazily; give it time to draw.
  for (let i = 0; i < 50 && !gauge.shadowRoot.querySelector('canvas'); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => setTimeout(r, 100));
  const fill = trackers[0].shadowRoot.querySelector('[part="progress"] rect');
  report({
    violations,
    warnings,
    stages: trackers.map((t) => t.shadowRoot.querySelectorAll('[part~="stage"]').length),
    fillWidth: fill.getBoundingClientRect().width / fill.closest('[part="progress"]').getBoundingClientRect().width,
    sameClass: customElements.get('wm-stage-tracker') === first.StageTracker,
    others: Object.fromEntries(Object.entries(others).map(([name, el]) => [name, {
      error: el.shadowRoot.querySelector('[part="error"]')?.textContent.trim(),
      loading: Boolean(el.shadowRoot.querySelector('[part="loading"]')),
      text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 80),
    }])),
    germanStatus: german.shadowRoot.querySelector('[aria-current="step"] [part="status"]')?.textContent,
    gauge: {
      meter: gauge.shadowRoot.querySelector('[role="meter"]')?.getAttribute('aria-valuetext'),
      canvas: Boolean(gauge.shadowRoot.querySelector('canvas')),
    },
  });
} catch (e) {
  report({ violations, warnings, error: String(e && e.stack || e) });
}
