// Page A: one <wm-maturity-scan> (built-in scan, single mode) from the CDN bundle.
// ?phase=render times creating it until its questions are on screen; ?phase=answer
// renders it first, then times answering every question (a click and a render
// each, as a respondent would) and reading the result.
import '/dist/waymark.min.js';
import { appendLoaded } from './elements.js';
import { benchmark } from './harness.js';

const root = document.getElementById('root');
const phase = new URLSearchParams(location.search).get('phase');

/** Creates the scan and resolves once its questions are rendered (wm-load fires after that render). */
async function render() {
  const el = document.createElement('wm-maturity-scan');
  el.mode = 'single';
  el.autosave = 'off';
  await appendLoaded(root, [el]);
  return el;
}

if (phase === 'answer') {
  const el = await render();
  const groups = [...new Set([...el.shadowRoot.querySelectorAll('input[type="radio"]')].map((i) => i.name))];
  benchmark(
    async () => {
      for (const [i, name] of groups.entries()) {
        el.shadowRoot.querySelectorAll(`input[name="${name}"]`)[(i % 5)].click();
        await el.updateComplete;
      }
      window.BENCH_RESULT = el.result;
    },
    () => root.children,
  );
} else {
  benchmark(render, () => root.children);
}
