// The timing both pages of a workload share, so they are measured alike.

/** Resolves at the next animation frame, with its timestamp. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** One element as a line: tag, sorted attributes (normalised class and style), own text. */
function describeElement(el) {
  const attrs = [...el.attributes]
    .filter((a) => a.name !== 'style')
    .map((a) => `${a.name}=${a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).sort().join(' ') : a.value}`)
    .sort();
  if (el.style?.cssText) attrs.push(`style=${el.style.cssText}`);
  const own = [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.data)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${el.localName}[${attrs.join(' ')}]${own ? ` "${own}"` : ''}`;
}

/**
 * What a rendered host looks like: its attributes, every element of its
 * shadow root, and its style sheets. Equal signatures on both pages mean the
 * baseline builds the same DOM with the same CSS.
 */
export function signature(host) {
  const root = host.shadowRoot;
  if (!root) return ['(no shadow root)'];
  const sheets = root.adoptedStyleSheets.map((s) => `sheet: ${s.cssRules.length} rules`);
  return [describeElement(host).replace(/^[^[]+/, 'host'), ...sheets, ...[...root.querySelectorAll('*')].map(describeElement)];
}

/**
 * The timed region every page shares: lets the page settle (two animation
 * frames), then times `work()` plus one animation frame and a forced layout,
 * so style and layout are included. The user-timing marks `bench-start` and
 * `bench-end` bound it in a trace (bench/profile.js). Resolves to `{ t0, ms }`.
 */
export async function timed(work) {
  await frame();
  await frame();
  const t0 = performance.now();
  performance.mark('bench-start');
  await work();
  await frame();
  void document.body.offsetHeight;
  const ms = performance.now() - t0;
  performance.mark('bench-end');
  return { t0, ms };
}

/**
 * Defines `window.runBench()`: times `work()` (see `timed`), then describes
 * what was rendered. Its two halves are there on their own too:
 * `window.benchTimed()` (the timing, `{ t0, ms }`) and `window.benchShape()`
 * (the description), so run.js can count the page's DOM nodes in between,
 * before reading every element's attributes makes Chromium count them as nodes.
 * `hosts()` lists the rendered elements for the checks made afterwards;
 * `describe(host)` is what the like-for-like check compares of the first one
 * (its whole DOM, `signature`, unless a workload compares less, e.g. a table's text).
 */
export function benchmark(work, hosts, describe = signature) {
  // The timed region alone, for tools that measure it otherwise (e.g. by main-thread CPU time, bench/cpu.js).
  window.benchTimed = () => timed(work);
  window.benchShape = () => {
    const all = [...hosts()];
    return { count: all.length, rendered: all.filter((h) => h.shadowRoot?.childElementCount).length, first: describe(all[0]) };
  };
  window.runBench = async () => {
    const { ms } = await window.benchTimed();
    return { ms, shape: window.benchShape() };
  };
}
