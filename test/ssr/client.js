// The browser side of the server-rendering test: hydration support first
// (before Lit defines LitElement), then the elements, then the page's
// template hydrated over the server's markup with the same data.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import '../../dist/index.js';
import { page, sample } from './page.js';

window.__events = [];
for (const type of ['wm-load', 'wm-error', 'wm-stage-select', 'wm-scan-change', 'wm-touchpoint-select', 'wm-cell-select']) {
  document.addEventListener(type, (e) => window.__events.push(`${type} ${e.target.localName}`));
}
hydrate(page(sample()), document.getElementById('root'));
window.__hydrated = true;
