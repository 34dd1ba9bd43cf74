// Page B: the same scan as a hand-written plain HTML form (maturity-scan-form.js),
// timed through the same phases as page A.
import { benchmark } from './harness.js';
import './maturity-scan-form.js';

const root = document.getElementById('root');
const phase = new URLSearchParams(location.search).get('phase');

function render() {
  const el = document.createElement('baseline-maturity-scan');
  el.definition = window.BENCH_INPUT.definition;
  root.append(el);
  return el;
}

if (phase === 'answer') {
  const el = render();
  const groups = [...new Set([...el.shadowRoot.querySelectorAll('input[type="radio"]')].map((i) => i.name))];
  benchmark(
    async () => {
      for (const [i, name] of groups.entries()) el.shadowRoot.querySelectorAll(`input[name="${name}"]`)[(i % 5)].click();
      window.BENCH_RESULT = el.result;
    },
    () => root.children,
  );
} else {
  benchmark(render, () => root.children);
}
