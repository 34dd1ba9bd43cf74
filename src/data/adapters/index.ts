import type { StaticAdapter } from './static.js';
import type { WaymarkDataset } from './store.js';

export { RestAdapter, type RestAdapterOptions } from './rest.js';
export { StaticAdapter } from './static.js';
export { MemoryAdapter } from './memory.js';
export type { WaymarkDataset } from './store.js';
export {
  markStale, staleInfo,
  type WaymarkAdapter, type RequestOptions, type JourneyRef, type TouchpointQuery,
  type MapRef, type MetricRef, type MilestoneRef, type ScanRef, type StaleInfo,
} from './types.js';
export { WaymarkError, ERROR_KINDS, type ErrorKind } from '../errors.js';

/** What a `StaticAdapter` serves: a dataset object or the URL of a JSON dataset. */
export type StaticAdapterSource = ConstructorParameters<typeof StaticAdapter>[0];
/** The initial data of a `MemoryAdapter`. */
export type MemoryAdapterOptions = WaymarkDataset;
