import { DatasetQueries, notFound, type WaymarkDataset } from './store.js';
import type { Journey, JourneyMap, Metric, ScanResponse, Touchpoint } from '../schema.js';
import type { JourneyRef, MapRef, MilestoneRef, RequestOptions, WaymarkAdapter } from './types.js';
import { throwIfAborted } from '../errors.js';

type Listener = { topic: JourneyRef; onChange: (j: Journey) => void };
type MapListener = { ref: MapRef; onChange: (m: JourneyMap) => void };

/**
 * A mutable in-memory adapter for tests, stories and demos. Changes made with
 * `setJourney` or `updateJourney` reach every `watch` subscriber, and
 * changes made with `setMap` every `watchMap` subscriber of that journey.
 */
export class MemoryAdapter extends DatasetQueries implements WaymarkAdapter {
  readonly #data: Required<WaymarkDataset>;
  readonly #listeners = new Set<Listener>();
  readonly #mapListeners = new Set<MapListener>();

  constructor(initial: WaymarkDataset = {}) {
    const data: Required<WaymarkDataset> = {
      journeys: structuredClone(initial.journeys ?? []),
      metrics: structuredClone(initial.metrics ?? []),
      scans: structuredClone(initial.scans ?? []),
      touchpoints: structuredClone(initial.touchpoints ?? {}),
      responses: structuredClone(initial.responses ?? []),
      maps: structuredClone(initial.maps ?? {}),
    };
    super(() => Promise.resolve(data));
    this.#data = data;
  }

  /** Stored scan responses, one per id. */
  get responses(): readonly ScanResponse[] {
    return this.#data.responses;
  }

  /** Adds or replaces a journey (matched by id and customer) and notifies watchers. */
  setJourney(journey: Journey): void {
    const list = this.#data.journeys;
    const i = list.findIndex((j) => j.id === journey.id && j.customer === journey.customer);
    if (i >= 0) list[i] = structuredClone(journey);
    else list.push(structuredClone(journey));
    for (const l of this.#listeners) {
      const c = l.topic.customer;
      if (l.topic.journey === journey.id && (c === undefined || c === journey.customer)) {
        l.onChange(structuredClone(journey));
      }
    }
  }

  /** Changes a stored journey with `change` and notifies watchers. */
  async updateJourney(ref: JourneyRef, change: (j: Journey) => void): Promise<Journey> {
    const journey = await this.journey(ref);
    change(journey);
    this.setJourney(journey);
    return journey;
  }

  /** Sets a milestone done or not done and notifies watchers; unknown ids reject with `not-found`. */
  async completeMilestone(ref: MilestoneRef, o?: RequestOptions): Promise<Journey> {
    const journey = await this.journey(ref, o);
    const stage = journey.stages.find((s) => s.id === ref.stage);
    const milestone = stage?.milestones?.find((m) => m.id === ref.milestone);
    if (!milestone) throw stage ? notFound('milestone', ref.milestone) : notFound('stage', ref.stage);
    // Like the sample API (demo/api.js), the REST contract's reference server: a change stamps
    // completedAt and updatedAt, the stage's progress and a next step naming one of its milestones
    // follow; the same call again changes nothing and tells nobody.
    if (milestone.done === ref.done) return journey;
    const at = new Date().toISOString();
    milestone.done = ref.done;
    if (ref.done) milestone.completedAt = at;
    else delete milestone.completedAt;
    const list = stage!.milestones!;
    stage!.progress = list.filter((m) => m.done).length / list.length;
    if (list.some((m) => m.name === stage!.nextStep)) stage!.nextStep = list.find((m) => !m.done)?.name;
    if (stage!.nextStep === undefined) delete stage!.nextStep;
    journey.updatedAt = at;
    this.setJourney(journey);
    return journey;
  }

  /** Adds or replaces the map of `journey` and notifies its watchers. */
  setMap(journey: string, map: JourneyMap): void {
    this.#data.maps[journey] = structuredClone(map);
    for (const l of this.#mapListeners) if (l.ref.journey === journey) l.onChange(structuredClone(map));
  }

  setMetric(metric: Metric): void {
    const list = this.#data.metrics;
    const i = list.findIndex((m) => m.id === metric.id);
    if (i >= 0) list[i] = structuredClone(metric);
    else list.push(structuredClone(metric));
  }

  addTouchpoints(journey: string, items: Touchpoint[]): void {
    (this.#data.touchpoints[journey] ??= []).push(...structuredClone(items));
  }

  async saveScanResponse(r: ScanResponse, o?: RequestOptions): Promise<void> {
    throwIfAborted(o?.signal);
    const list = this.#data.responses;
    const i = list.findIndex((x) => x.id === r.id);
    if (i >= 0) list[i] = structuredClone(r);
    else list.push(structuredClone(r));
  }

  watch(topic: JourneyRef, onChange: (j: Journey) => void): () => void {
    const listener = { topic, onChange };
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  watchMap(ref: MapRef, onChange: (m: JourneyMap) => void): () => void {
    const listener = { ref, onChange };
    this.#mapListeners.add(listener);
    return () => this.#mapListeners.delete(listener);
  }
}
