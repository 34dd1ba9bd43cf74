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
});
