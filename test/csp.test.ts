import { expect } from '@open-wc/testing';

interface CspResult {
  violations: string[];
  warnings: string[];
  stages?: number[];
  fillWidth?: number;
  sameClass?: boolean;
  gauge?: { meter?: string; canvas: boolean };
  others?: Record<string, { error?: string; loading: boolean; text: string }>;
  germanStatus?: string;
  images?: Record<string, { type: string; width: number; expected: number; svg: string }>;
  saved?: string[];
  error?: string;
}

function runPage(page: string): Promise<CspResult> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${page} did not report`)), 15_000);
    window.addEventListener('message', function onMessage(e) {
      if (e.data?.type !== 'csp-result') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(e.data);
    });
    frame.src = `/csp/${page}.html`;
    document.body.append(frame);
  });
}

describe('strict CSP with Trusted Types (CDN bundle)', () => {
  it('renders every element (trackers, gauge with trend, journey score, scan, timeline, a German tracker) from two copies of the bundle with zero violations', async () => {
    const result = await runPage('two-bundles');
    expect(result.error).to.equal(undefined);
    expect(result.violations).to.deep.equal([]);
    expect(result.stages).to.deep.equal([7, 7]);
    expect(result.sameClass).to.equal(true);
    // The second copy warns once per tag it could not define, and never throws.
    const dupes = result.warnings.filter((w) => w.includes('already defined'));
    expect(new Set(dupes).size).to.equal(dupes.length);
    expect(dupes.join(' ')).to.contain('<wm-stage-tracker>').and.contain('<wm-score-gauge>');
    // The gauge renders, and its trend loads chart.js lazily, under the same policy.
    expect(result.gauge!.meter).to.contain('+32');
    expect(result.gauge!.canvas).to.equal(true);
    // Journey score, scan and timeline render too, and the German strings load as a chunk under the policy.
    for (const [name, r] of Object.entries(result.others!)) {
      expect(r.error, name).to.equal(undefined);
      expect(r.loading, name).to.equal(false);
      expect(r.text, name).not.to.equal('');
    }
    expect(result.germanStatus).to.equal('In Arbeit');
    // The progress fill is drawn at its value on first render (no style attribute needed).
    expect(result.fillWidth).to.be.closeTo(0.55, 0.02);
  });

  it('toImage() makes a PNG and an SVG of the gauge, journey score, timeline and journey map, and the Download CSV and Download image buttons save files, with zero violations', async () => {
    const result = await runPage('export');
    expect(result.error).to.equal(undefined);
    expect(result.violations).to.deep.equal([]);
    expect(Object.keys(result.images!)).to.deep.equal(['wm-score-gauge', 'wm-journey-score', 'wm-touchpoint-timeline', 'wm-journey-map']);
    for (const [name, r] of Object.entries(result.images!)) {
      expect(r.type, name).to.equal('image/png');
      expect(r.width, name).to.be.closeTo(r.expected, 2);
      const doc = new DOMParser().parseFromString(r.svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), name).to.equal(null);
      expect(doc.querySelectorAll('text').length, name).to.be.greaterThan(2);
      expect(r.svg, name).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    expect(result.saved).to.have.length(2);
    expect(result.saved![0]).to.match(/^journey-timeline-\d{4}-\d\d-\d\d\.csv$/);
    expect(result.saved![1]).to.match(/^journey-map-\d{4}-\d\d-\d\d\.png$/);
  });
});
