import { KNOWN_CHANNELS, type Touchpoint } from '../../data/shapes/touchpoint.js';

export const F_CUSTOMER = 1;
export const F_COMPANY = 2;
export const F_MOMENT = 4;
/** Friction level in bits 3-4: 0 none, 1 low, 2 medium, 3 high. */
export const FRICTION_SHIFT = 3;
const FRICTION_CODE = { low: 1, medium: 2, high: 3 } as const;
export const NO_STAGE = 0xffff;

const channelRank = (c: string) => {
  const i = (KNOWN_CHANNELS as readonly string[]).indexOf(c);
  return i < 0 ? KNOWN_CHANNELS.length : i;
};

/**
 * Every loaded touchpoint in time order, as parallel typed arrays: drawing
 * 100,000 touchpoints per frame walks numbers, not objects. `items` keeps
 * the validated objects for the detail card and events.
 */
export class TouchpointStore {
  items: Touchpoint[] = [];
  times = new Float64Array(64);
  channel = new Uint16Array(64);
  stage = new Uint16Array(64);
  sentiment = new Float32Array(64);
  flags = new Uint8Array(64);
  length = 0;
  /** Channel names by index, in the order of first appearance. */
  readonly channels: string[] = [];
  readonly stageIds: string[] = [];
  /** Count of touchpoints per channel index. */
  channelCounts: number[] = [];
  /** First and last time per stage index (for bands when the journey has no dates). */
  stageSpans: [number, number][] = [];
  /** Bumped on every change, so views can memoise. */
  version = 0;
  readonly #channelIndex = new Map<string, number>();
  readonly #stageIndex = new Map<string, number>();

  get first(): number {
    return this.length ? this.times[0]! : NaN;
  }

  get last(): number {
    return this.length ? this.times[this.length - 1]! : NaN;
  }

  /** Channel indices sorted as lanes: known channels in SPEC order, then the rest by name. */
  get channelOrder(): number[] {
    return this.channels
      .map((c, i) => [c, i] as const)
      .sort(([a], [b]) => channelRank(a) - channelRank(b) || a.localeCompare(b))
      .map(([, i]) => i);
  }

  /** Adds a page; pages may come in any order and still end up in time order. */
  append(page: readonly Touchpoint[]): void {
    if (!page.length) return;
    const times = page.map((t) => Date.parse(t.at));
    const order = page.map((_, i) => i);
    // Most pages are in time order already: check before sorting.
    let sorted = true;
    for (let i = 1; i < times.length && sorted; i++) sorted = times[i]! >= times[i - 1]!;
    if (!sorted) order.sort((a, b) => times[a]! - times[b]! || a - b);
    this.#reserve(this.length + page.length);
    const start = this.length;
    for (const i of order) this.#write(this.length++, page[i]!, times[i]!);
    if (start > 0 && times[order[0]!]! < this.times[start - 1]!) this.#mergeFrom(start);
    this.version++;
  }

  /** Index of a touchpoint id, or -1. A scan (about 1 ms at 100,000): an id map would cost megabytes to save it. */
  indexOf(id: string): number {
    const items = this.items;
    for (let i = 0; i < this.length; i++) if (items[i]!.id === id) return i;
    return -1;
  }

  /** The first index whose time is >= t. */
  lowerBound(t: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  frictionOf(i: number): 0 | 1 | 2 | 3 {
    return ((this.flags[i]! >> FRICTION_SHIFT) & 3) as 0 | 1 | 2 | 3;
  }

  #write(at: number, tp: Touchpoint, t: number): void {
    let c = this.#channelIndex.get(tp.channel);
    if (c === undefined) {
      c = this.channels.push(tp.channel) - 1;
      this.#channelIndex.set(tp.channel, c);
      this.channelCounts.push(0);
    }
    this.channelCounts[c]!++;
    let s = NO_STAGE;
    if (tp.stageId) {
      let known = this.#stageIndex.get(tp.stageId);
      if (known === undefined && this.stageIds.length < NO_STAGE) {
        known = this.stageIds.push(tp.stageId) - 1;
        this.#stageIndex.set(tp.stageId, known);
        this.stageSpans.push([t, t]);
      }
      if (known !== undefined) {
        s = known;
        const span = this.stageSpans[s]!;
        if (t < span[0]) span[0] = t;
        if (t > span[1]) span[1] = t;
      }
    }
    this.items[at] = tp;
    this.times[at] = t;
    this.channel[at] = c;
    this.stage[at] = s;
    this.sentiment[at] = tp.sentiment ?? NaN;
    this.flags[at] =
      (tp.initiator === 'customer' ? F_CUSTOMER : tp.initiator === 'company' ? F_COMPANY : 0) |
      (tp.momentOfTruth ? F_MOMENT : 0) |
      ((tp.friction ? FRICTION_CODE[tp.friction] : 0) << FRICTION_SHIFT);
  }

  /** Merges the sorted run [start, length) into the sorted run [0, start). */
  #mergeFrom(start: number): void {
    const n = this.length;
    const perm = new Uint32Array(n);
    let a = 0;
    let b = start;
    for (let k = 0; k < n; k++) {
      perm[k] = b >= n || (a < start && this.times[a]! <= this.times[b]!) ? a++ : b++;
    }
    const items = this.items;
    this.items = Array.from(perm, (i) => items[i]!);
    const permute = <T extends Float64Array | Uint16Array | Float32Array | Uint8Array>(src: T): T => {
      const out = new (src.constructor as new (n: number) => T)(src.length);
      for (let k = 0; k < n; k++) out[k] = src[perm[k]!]!;
      return out;
    };
    this.times = permute(this.times);
    this.channel = permute(this.channel);
    this.stage = permute(this.stage);
    this.sentiment = permute(this.sentiment);
    this.flags = permute(this.flags);
  }

  #reserve(size: number): void {
    if (size <= this.times.length) return;
    let cap = this.times.length;
    while (cap < size) cap *= 2;
    const grow = <T extends Float64Array | Uint16Array | Float32Array | Uint8Array>(a: T): T => {
      const out = new (a.constructor as new (n: number) => T)(cap);
      out.set(a);
      return out;
    };
    this.times = grow(this.times);
    this.channel = grow(this.channel);
    this.stage = grow(this.stage);
    this.sentiment = grow(this.sentiment);
    this.flags = grow(this.flags);
  }
}
