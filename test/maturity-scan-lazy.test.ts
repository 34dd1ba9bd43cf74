import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/maturity-scan/define.js';
import type { MaturityScan } from '../src/elements/maturity-scan/maturity-scan.js';
import type { MaturityScanDefinition } from '../src/data/scans/schema.js';
import { partRendered, text } from './helpers/setup.js';

// The built-in scan's text is a chunk of its own. In this file's page it starts unloaded.
const builtInRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /scans\/journey-management/.test(e.name));

const own: MaturityScanDefinition = {
  id: 'own', title: 'Our own scan', scale: { min: 1, max: 3, labels: ['No', 'Partly', 'Yes'] },
  dimensions: [{ id: 'd', name: 'Everything' }],
  questions: [{ id: 'q', dimensionId: 'd', text: 'Is it good?' }],
  levels: [{ level: 1, name: 'One', minScore: 0, summary: '', recommendations: [] }],
};

describe('wm-maturity-scan: the built-in scan is loaded only where it is shown', () => {
  it('a page with its own scan never requests it', async () => {
    const el = await fixture<MaturityScan>(html`<wm-maturity-scan autosave="off" scan="own" .data=${own}></wm-maturity-scan>`);
    await partRendered(el, 'question');
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Our own scan');
    expect(builtInRequests()).to.have.length(0);
  });

  it('the built-in scan renders straight from loading, never through an error, once its chunk is in', async () => {
    const seen: string[] = [];
    const el = document.createElement('wm-maturity-scan') as MaturityScan;
    el.autosave = 'off';
    el.addEventListener('wm-error', (e) => seen.push(e.detail.error.message));
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.append(el);
    await partRendered(el, 'question');
    expect(seen).to.deep.equal([]);
    expect(builtInRequests()).to.have.length(1);
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Journey management maturity scan');
  });
});
