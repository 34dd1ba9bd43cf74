import { DatasetQueries, type WaymarkDataset } from './store.js';
import { fetchJson } from './fetch-json.js';
import type { WaymarkAdapter } from './types.js';

/**
 * Serves a fixed dataset, given as an object or as the URL of a JSON document
 * (fetched once, on first use). Read-only: it has no `saveScanResponse` or `watch`.
 *
 * @example new StaticAdapter('/data/journeys.json')
 */
export class StaticAdapter extends DatasetQueries implements WaymarkAdapter {
  #loading?: Promise<WaymarkDataset>;

  constructor(source: WaymarkDataset | string | URL) {
    super(() => {
      if (typeof source === 'object' && !(source instanceof URL)) return Promise.resolve(source);
      this.#loading ??= fetchJson<WaymarkDataset>(String(source)).catch((e) => {
        this.#loading = undefined;
        throw e;
      });
      return this.#loading;
    });
  }
}
