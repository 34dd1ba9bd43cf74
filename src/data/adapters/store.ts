import { WaymarkError, throwIfAborted } from '../errors.js';
import type {
  Journey, JourneyMap, Metric, ScanDefinition, ScanResponse, Touchpoint, TouchpointPage,
} from '../schema.js';
import type { JourneyRef, MapRef, MetricRef, RequestOptions, ScanRef, TouchpointQuery } from './types.js';

/** The document a `StaticAdapter` or `MemoryAdapter` serves. */
export interface WaymarkDataset {
  journeys?: Journey[];
  metrics?: Metric[];
  scans?: ScanDefinition[];
  /** Touchpoints by journey id. */
  touchpoints?: Record<string, Touchpoint[]>;
  responses?: ScanResponse[];
  /** Journey maps by journey id. */
  maps?: Record<string, JourneyMap>;
}

const DEFAULT_PAGE = 500;

export const notFound = (what: string, key: string): WaymarkError =>
  new WaymarkError('not-found', `No ${what} "${key}" was found.`, 404);

const sameCustomer = (j: { customer?: string }, customer?: string) =>
  customer === undefined || j.customer === undefined || j.customer === customer;

/** Look-ups over an in-memory dataset, shared by the static and memory adapters. */
export class DatasetQueries {
  constructor(protected readonly dataset: () => Promise<WaymarkDataset>) {}

  protected async read(o?: RequestOptions): Promise<WaymarkDataset> {
    const signal = o?.signal;
    throwIfAborted(signal);
    if (!signal) return this.dataset();
    // The dataset may be a shared, slow download: stop waiting on abort without cancelling it for others.
    return new Promise<WaymarkDataset>((resolve, reject) => {
      const onAbort = () => reject(new DOMException('Aborted', 'AbortError'));
      signal.addEventListener('abort', onAbort, { once: true });
      this.dataset().then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async journey(ref: JourneyRef, o?: RequestOptions): Promise<Journey> {
    const { journeys = [] } = await this.read(o);
    const found = journeys.find((j) => j.id === ref.journey && sameCustomer(j, ref.customer));
    if (!found) throw notFound('journey', ref.journey);
    return structuredClone(found);
  }

  async touchpoints(q: TouchpointQuery, o?: RequestOptions): Promise<TouchpointPage> {
    const { touchpoints = {} } = await this.read(o);
    const from = q.from ? Date.parse(q.from) : -Infinity;
    const to = q.to ? Date.parse(q.to) : Infinity;
    const channels = q.channels?.length ? new Set(q.channels) : undefined;
    const all = (touchpoints[q.journey] ?? []).filter((t) => {
      const at = Date.parse(t.at);
      return at >= from && at <= to && (!channels || channels.has(t.channel));
    });
    const start = q.cursor ? Number(q.cursor) : 0;
    if (!Number.isInteger(start) || start < 0) {
      throw new WaymarkError('invalid-data', `The cursor "${q.cursor}" is not valid.`);
    }
    const end = start + (q.limit ?? DEFAULT_PAGE);
    const items = all.slice(start, end).map((t) => structuredClone(t));
    return end < all.length ? { items, nextCursor: String(end) } : { items };
  }

  async metric(ref: MetricRef, o?: RequestOptions): Promise<Metric> {
    const { metrics = [] } = await this.read(o);
    const found = metrics.find((m) => m.id === ref.metric);
    if (!found) throw notFound('metric', ref.metric);
    return structuredClone(found);
  }

  async journeyMap(ref: MapRef, o?: RequestOptions): Promise<JourneyMap> {
    const found = (await this.read(o)).maps?.[ref.journey];
    if (!found) throw notFound('journey map', ref.journey);
    return structuredClone(found);
  }

  async scan(ref: ScanRef, o?: RequestOptions): Promise<ScanDefinition> {
    const { scans = [] } = await this.read(o);
    const found = scans.find((s) => s.id === ref.scan);
    if (!found) throw notFound('scan', ref.scan);
    return structuredClone(found);
  }
}
