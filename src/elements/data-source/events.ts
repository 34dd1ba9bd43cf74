import type { WaymarkAdapter } from '../../data/adapters/types.js';

/**
 * `wm-adapter-change`: the adapter a `<wm-data-source>` provides changed.
 * It does not bubble: elements that name the source by id listen on it.
 */
export class AdapterChangeEvent extends CustomEvent<{ adapter: WaymarkAdapter | undefined }> {
  constructor(adapter: WaymarkAdapter | undefined) {
    super('wm-adapter-change', { detail: { adapter } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-adapter-change': AdapterChangeEvent;
  }
}
