// `waymark/autoloader.js` (dist/autoloader.js): defines nothing up front.
// When a `wm-*` tag appears in the document or in an open shadow root, it
// imports that element's module, and only that one: a page with one tracker
// loads the tracker, Lit and the data layer it needs, not the suite.
// The element modules it loads (dist/cdn/) carry their own Lit, so the file
// works from a plain `<script type="module">` as well as through a bundler.

const MODULES: Record<string, () => Promise<unknown>> = {
  'wm-data-source': () => import('./elements/data-source/define.js'),
  'wm-stage-tracker': () => import('./elements/stage-tracker/define.js'),
  'wm-score-gauge': () => import('./elements/score-gauge/define.js'),
  'wm-journey-score': () => import('./elements/journey-score/define.js'),
  'wm-maturity-scan': () => import('./elements/maturity-scan/define.js'),
  'wm-touchpoint-timeline': () => import('./elements/touchpoint-timeline/define.js'),
  'wm-journey-map': () => import('./elements/journey-map/define.js'),
};

const requested = new Map<string, Promise<unknown>>();
const watched = new WeakSet<Node>();

function load(tag: string): Promise<unknown> | undefined {
  const module = MODULES[tag];
  if (!module || customElements.get(tag)) return undefined;
  let pending = requested.get(tag);
  if (!pending) {
    pending = module().catch((e: unknown) => {
      requested.delete(tag);
      console.warn(`waymark: could not load <${tag}>.`, e);
    });
    requested.set(tag, pending);
  }
  return pending;
}

const observer = new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) visit(node);
});

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

function visit(el: Element): void {
  load(el.localName);
  discover(el);
}

/**
 * Loads the module of every `wm-*` element under `root` (and in the open
 * shadow roots there), and keeps watching those roots for more. Runs on the
 * document when the autoloader loads; call it for a root it cannot see.
 * Resolves once the modules found are loaded.
 */
export function discover(root: ParentNode = document): Promise<unknown> {
  const found: (Promise<unknown> | undefined)[] = [];
  if (root instanceof Document || root instanceof ShadowRoot) watch(root);
  if (root instanceof Element) found.push(load(root.localName));
  for (const el of root.querySelectorAll('*')) {
    found.push(load(el.localName));
    // Waymark's own shadow roots hold no wm-* tags: only other elements' roots are searched.
    if (el.shadowRoot && !(el.localName in MODULES)) found.push(discover(el.shadowRoot));
  }
  if (root instanceof Element && root.shadowRoot && !(root.localName in MODULES)) found.push(discover(root.shadowRoot));
  return Promise.all(found);
}

// Shadow roots attached from now on are watched too (open ones: closed roots are their owner's).
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  if (init.mode === 'open' && !(this.localName in MODULES)) watch(root);
  return root;
};

void discover(document);
