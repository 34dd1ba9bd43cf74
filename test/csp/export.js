// Runs inside a page served with a strict CSP and Trusted Types: toImage()
// on every element that draws (PNG and SVG), and download buttons. The SVG
// is parsed by the test outside: DOMParser itself needs TrustedHTML here.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
const report = (result) => parent.postMessage({ type: 'csp-result', ...result }, '*');
try {
  await import('/dist/waymark.min.js');
  const { serviceJourney } = await import('/fixtures/journeys.js');
  const { generateTimeline } = await import('/fixtures/touchpoints.js');
  const { demoMap } = await import('/fixtures/demo-map.js');
  const gauge = Object.assign(document.createElement('wm-score-gauge'), { data: { id: 'nps', kind: 'nps', label: 'NPS', value: 32 } });
  const score = Object.assign(document.createElement('wm-journey-score'), { data: serviceJourney() });
  const timeline = Object.assign(document.createElement('wm-touchpoint-timeline'), { data: generateTimeline({ count: 50 }) });
  const map = Object.assign(document.createElement('wm-journey-map'), { data: demoMap() });
  const els = { 'wm-score-gauge': gauge, 'wm-journey-score': score, 'wm-touchpoint-timeline': timeline, 'wm-journey-map': map };
  document.body.append(gauge, score, timeline, map);
  await Promise.all(Object.values(els).map((el) => el.updateComplete));
  for (let i = 0; i < 50 && !timeline.shadowRoot.querySelector('canvas'); i++) await new Promise((r) => setTimeout(r, 50));
  const images = {};
  for (const [name, el] of Object.entries(els)) {
    const png = await el.toImage({ scale: 2 });
    const bitmap = await createImageBitmap(png);
    const svg = await (await el.toImage({ type: 'image/svg+xml' })).text();
    images[name] = { type: png.type, width: bitmap.width, expected: Math.round(el.getBoundingClientRect().width * 2), svg };
  }
  // The Download CSV button under the same policy: the click on the temporary link is caught, not followed.
  const saved = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () { saved.push(this.download); };
  timeline.shadowRoot.querySelector('[part="download-csv"]').click();
  map.shadowRoot.querySelector('[part="download-image"]').click();
  for (let i = 0; i < 80 && saved.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
  HTMLAnchorElement.prototype.click = click;
  await new Promise((r) => setTimeout(r, 100));
  report({ violations, images, saved });
} catch (e) {
  report({ violations, error: String(e && e.stack || e) });
}
