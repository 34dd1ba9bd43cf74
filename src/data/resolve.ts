import { WaymarkError, plainError } from './errors.js';
import type { WaymarkAdapter } from './adapters/types.js';

/** What a `<wm-data-source>` offers the elements that name or contain it. */
export interface AdapterSource extends HTMLElement {
  readonly adapter: WaymarkAdapter | undefined;
  /** Why `adapter` is undefined, in words. */
  readonly problem: string | undefined;
}

const DATA_SOURCE = 'wm-data-source';

export const NO_SOURCE_MESSAGE = 'No data source: set data, adapter, src or source.';

async function adapterOf(el: Element): Promise<{ adapter: WaymarkAdapter; source: AdapterSource }> {
  await customElements.whenDefined(DATA_SOURCE);
  const source = el as AdapterSource;
  if (!source.adapter) throw source.problem ? new WaymarkError('no-source', source.problem) : plainError('no-source', NO_SOURCE_MESSAGE);
  return { adapter: source.adapter, source };
}

/** The `<wm-data-source id=…>` in the element's tree (its root first, then the document). */
export function findSourceById(host: Element, id: string): Promise<{ adapter: WaymarkAdapter; source: AdapterSource }> {
  const root = host.getRootNode() as Document | ShadowRoot;
  const el = root.getElementById?.(id) ?? document.getElementById(id);
  if (!el || el.localName !== DATA_SOURCE) {
    return Promise.reject(
      new WaymarkError('no-source', `No data source: there is no <wm-data-source id="${id}"> on this page.`),
    );
  }
  return adapterOf(el);
}

/**
 * The nearest `<wm-data-source>` ancestor, crossing shadow roots. Context
 * normally delivers its adapter; this covers a source upgraded after us.
 */
export function findAncestorSource(host: Element): Promise<{ adapter: WaymarkAdapter; source: AdapterSource }> | undefined {
  const source = ancestorSource(host);
  return source && adapterOf(source);
}

/** The nearest `<wm-data-source>` ancestor element, crossing shadow roots, whether defined yet or not. */
export function ancestorSource(host: Element): Element | undefined {
  for (let n: Node | null = host.parentNode; n; ) {
    if (n instanceof Element && n.localName === DATA_SOURCE) return n;
    n = n instanceof ShadowRoot ? n.host : n.parentNode;
  }
  return undefined;
}
