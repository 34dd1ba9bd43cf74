// Making a page's elements, shared by the A and B pages of a workload so both
// create theirs alike: one element per item of data, appended at once, and on
// page A awaited until each has rendered.

/** One `tag` per item of `items`, each given its item by `assign(el, item)` (not yet in the document). */
export function createAll(tag, items, assign) {
  return items.map((item) => {
    const el = document.createElement(tag);
    assign(el, item);
    return el;
  });
}

/** Resolves once a waymark element rendered its data (wm-load fires after that render); rejects on wm-error. */
const loaded = (el) =>
  new Promise((resolve, reject) => {
    el.addEventListener('wm-load', resolve, { once: true });
    el.addEventListener('wm-error', (e) => reject(e.detail.error), { once: true });
  });

/** Appends waymark elements `els` to `root` at once; resolves once every one fired wm-load and settled its updateComplete. */
export async function appendLoaded(root, els) {
  const done = els.map(loaded);
  root.append(...els);
  await Promise.all(done);
  await Promise.all(els.map((el) => el.updateComplete));
}
