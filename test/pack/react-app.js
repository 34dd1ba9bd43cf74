// Bundled by scripts/pack-test.js inside the consumer project, so 'waymark/react',
// 'react' and 'lit' are the installed packages. Renders every wrapper listed in
// /react/input.json with a logging handler for each of its event props.
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import * as waymark from 'waymark/react';

const input = await (await fetch('/react/input.json')).json();
const log = (window.__log = []);

const handlers = (index, component) =>
  Object.fromEntries(
    input.events[component].map(([prop]) => [
      prop,
      (e) => log.push({ index, component, prop, type: e.type, probe: Boolean(e.detail?.probe), detail: summary(e) }),
    ]),
  );
const summary = ({ detail: d = {} }) =>
  d.data?.id ?? (d.data?.items && `${d.data.items.length} touchpoints`) ?? d.stage?.id ?? d.kind ?? '';

createRoot(document.getElementById('root')).render(
  h(
    StrictMode,
    null,
    input.render.map(([component, props], index) =>
      h(waymark[component], { key: index, id: `el-${index}`, ...props, ...handlers(index, component) }),
    ),
  ),
);
window.__rendered = true;
