import type { Journey, JourneyMap, Metric, ScanDefinition, ScanResponse, TouchpointPage } from '../schema.js';

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface JourneyRef {
  journey: string;
  customer?: string;
}

export interface TouchpointQuery extends JourneyRef {
  from?: string;
  to?: string;
  channels?: string[];
  cursor?: string;
  limit?: number;
}

export interface MetricRef {
  metric: string;
  journey?: string;
  customer?: string;
}

export interface MilestoneRef extends JourneyRef {
  stage: string;
  milestone: string;
  done: boolean;
}

export interface MapRef {
  journey: string;
}

export interface ScanRef {
  scan: string;
}

/**
 * Where elements get their data. Every method is optional: an element that
 * needs a missing one shows the `unsupported` error. Every method must stop
 * work when `signal` aborts (elements abort on disconnect and reload).
 */
export interface WaymarkAdapter {
  journey?(ref: JourneyRef, o?: RequestOptions): Promise<Journey>;
  touchpoints?(q: TouchpointQuery, o?: RequestOptions): Promise<TouchpointPage>;
  metric?(ref: MetricRef, o?: RequestOptions): Promise<Metric>;
  scan?(ref: ScanRef, o?: RequestOptions): Promise<ScanDefinition>;
  /** Idempotent by `r.id`. */
  saveScanResponse?(r: ScanResponse, o?: RequestOptions): Promise<void>;
  /** Sets a milestone done or not done; idempotent (the same call twice has the same effect). */
  completeMilestone?(ref: MilestoneRef, o?: RequestOptions): Promise<Journey>;
  /** Calls `onChange` with each new version of the journey; returns an unsubscribe function. */
  watch?(topic: JourneyRef, onChange: (j: Journey) => void): () => void;
  /** The journey map of `ref.journey`. */
  journeyMap?(ref: MapRef, o?: RequestOptions): Promise<JourneyMap>;
  /** Calls `onChange` with each new version of the map; returns an unsubscribe function. */
  watchMap?(ref: MapRef, onChange: (m: JourneyMap) => void): () => void;
}

const STALE = Symbol.for('waymark.stale');

export interface StaleInfo {
  /** Why the refresh failed. */
  error: Error;
  /** When the data shown was last fetched successfully. */
  since: Date;
}

/** Marks data an adapter returns from its cache after a failed refresh. */
export function markStale<T extends object>(data: T, info: StaleInfo): T {
  Object.defineProperty(data, STALE, { value: info, configurable: true, enumerable: false });
  return data;
}

/** The stale marker of data returned by an adapter, if any. */
export function staleInfo(data: unknown): StaleInfo | undefined {
  return data && typeof data === 'object' ? (data as { [STALE]?: StaleInfo })[STALE] : undefined;
}
