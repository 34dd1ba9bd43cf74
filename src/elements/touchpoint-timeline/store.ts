import { KNOWN_CHANNELS, type Touchpoint } from '../../data/shapes/touchpoint.js';

export const F_CUSTOMER = 1;
export const F_COMPANY = 2;
export const F_MOMENT = 4;
/** `momentOfTruth: false` given (kept apart from "not given", so the touchpoint reads back as it came). */
const F_NOT_MOMENT = 32;
/** Friction level in bits 3-4: 0 none, 1 low, 2 medium, 3 high. */
export const FRICTION_SHIFT = 3;
const FRICTION_CODE = { low: 1, medium: 2, high: 3 } as const;
const FRICTIONS = [undefined, 'low', 'medium', 'high'] as const;
export const NO_STAGE = 0xffffffff;
const DAY = 86_400_000;

type B = ArrayBuffer;
type Column = Float64Array<B> | Uint32Array<B> | Uint16Array<B> | Uint8Array<B>;
/** The columns in the order `#columns()` lists them. */
type Columns = [Float64Array<B>, Uint16Array<B>, Uint32Array<B>, Float64Array<B>, Uint8Array<B>, Uint32Array<B>, Uint32Array<B>, Uint32Array<B>, Uint32Array<B>];

const channelRank = (c: string) => {
  const i = (KNOWN_CHANNELS as readonly string[]).indexOf(c);
  return i < 0 ? KNOWN_CHANNELS.length : i;
};

/**
 * Every loaded touchpoint in time order, as parallel typed arrays: drawing
 * 100,000 touchpoints per frame walks numbers, not objects, and a million
 * take about 60 MB. Texts are interned (`texts`; each title, outcome and
 * detail is held once however many touchpoints share it); the only strings
 * kept per touchpoint are the ids. `item(i)` makes the touchpoint back, as
 * validated, for the detail card, the list and events.
 */
export class TouchpointStore {
  ids: string[] = [];
  times = new Float64Array(64);
  channel = new Uint16Array(64);
  stage = new Uint32Array(64);
  sentiment = new Float64Array(64);
  flags = new Uint8Array(64);
  /** Indices into `texts` (0: none). `at` only when the time does not read back as given. */
  title = new Uint32Array(64);
  outcome = new Uint32Array(64);
  detail = new Uint32Array(64);
  at = new Uint32Array(64);
  length = 0;
  readonly texts: (string | undefined)[] = [undefined];
  readonly #textIndex = new Map<string, number>();
  #day = NaN;
  #dayText = '';
  /** Channel names by index, in the order of first appearance. */
  readonly channels: string[] = [];
  readonly stageIds: string[] = [];
  /** Count of touchpoints per channel index. */
  channelCounts: number[] = [];
  /** First and last time per stage index (for bands when the journey has no dates). */
  stageSpans: [number, number][] = [];
  /** Bumped on every change, so views can memoise. */
  version = 0;
  /** Bumped when rows move (a page merged in among them): results kept per row index are out of date. */
  moved = 0;
  readonly #channelIndex = new Map<string, number>();
  readonly #stageIndex = new Map<string, number>();
  /** Larger columns being filled (`#grow`), and the rows copied into them so far. */
  #next?: Columns;
  #copied = 0;

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

  /** Adds a page (the touchpoints `keep` passes); pages may come in any order and still end up in time order. */
  append(page: readonly Touchpoint[], keep?: (tp: Touchpoint, t: number) => boolean): void {
    for (const _ of this.appending(page, keep, Infinity));
  }

  /**
   * `append`, a step at a time: it pauses (yields) after growing the columns
   * by up to `rows` rows and after writing up to `rows` touchpoints, so that
   * a caller can hand the main thread back between steps. The store reads
   * whole and in time order at every pause: a page that lands after what is
   * held is written in steps; one that must be merged in is written whole.
   * Growing copies every row into fresh memory: 500,000 of them took over 100 ms
   * in one go (first touch of the new pages).
   */
  *appending(page: readonly Touchpoint[], keep?: (tp: Touchpoint, t: number) => boolean, rows = 4096): Generator<void> {
    const times = page.map((t) => Date.parse(t.at));
    const order = [...page.keys()].filter((i) => !keep || keep(page[i]!, times[i]!));
    if (!order.length) return;
    // Most pages are in time order already: check before sorting.
    let sorted = true;
    for (let i = 1; i < times.length && sorted; i++) sorted = times[i]! >= times[i - 1]!;
    if (!sorted) order.sort((a, b) => times[a]! - times[b]! || a - b);
    while (!this.#grow(this.length + order.length, rows)) yield;
    const start = this.length;
    const merge = start > 0 && times[order[0]!]! < this.times[start - 1]!;
    for (const i of order) {
      this.#write(this.length++, page[i]!, times[i]!);
      if (!merge && (this.length - start) % rows == 0) {
        this.version++;
        yield;
      }
    }
    if (merge) this.#mergeFrom(start);
    this.version++;
  }

  /** Index of a touchpoint id, or -1. A scan (about 1 ms at 100,000): an id map would cost megabytes to save it. */
  indexOf(id: string): number {
    return this.ids.indexOf(id);
  }

  /** Touchpoint `i` as it was given (validated: fields the schema drops are gone). */
  item(i: number): Touchpoint | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const tx = this.texts;
    const f = this.flags[i]!;
    const s = this.stage[i]!;
    const tp: Touchpoint = {
      id: this.ids[i]!,
      at: tx[this.at[i]!] ?? new Date(this.times[i]!).toISOString(),
      channel: this.channels[this.channel[i]!]!,
      title: tx[this.title[i]!]!,
    };
    if (s !== NO_STAGE) tp.stageId = this.stageIds[s];
    if (f & (F_CUSTOMER | F_COMPANY)) tp.initiator = f & F_CUSTOMER ? 'customer' : 'company';
    if (!Number.isNaN(this.sentiment[i])) tp.sentiment = this.sentiment[i];
    if (f & (F_MOMENT | F_NOT_MOMENT)) tp.momentOfTruth = !!(f & F_MOMENT);
    if (this.frictionOf(i)) tp.friction = FRICTIONS[this.frictionOf(i)];
    if (this.outcome[i]) tp.outcome = tx[this.outcome[i]!];
    if (this.detail[i]) tp.detail = tx[this.detail[i]!];
    return tp;
  }

  /** Every touchpoint, in time order (`item` of each). */
  items(): Touchpoint[] {
    return Array.from({ length: this.length }, (_, i) => this.item(i)!);
  }

  /**
   * Whether `s` is `new Date(t).toISOString()`, without making that string
   * for every touchpoint (a third of the time a page took): the date part is
   * made once a day, the time of day is read back from `s` (which passed
   * ISO_8601, so its digits are digits).
   */
  #iso(s: string, t: number): boolean {
    const ms = ((t % DAY) + DAY) % DAY;
    if (t - ms !== this.#day) this.#dayText = new Date((this.#day = t - ms)).toISOString().slice(0, 11);
    const n = (a: number) => +s.slice(a, a + 2);
    return s.length == 24 && s.startsWith(this.#dayText) && s[13] == ':' && s[16] == ':' && s[19] == '.' && s[23] == 'Z' &&
      n(14) < 60 && n(17) < 60 && ((n(11) * 60 + n(14)) * 60 + n(17)) * 1000 + +s.slice(20, 23) === ms;
  }

  /** The index of `text` in `texts`, added when new; 0 for none. */
  #text(text: string | undefined): number {
    if (text === undefined) return 0;
    let i = this.#textIndex.get(text);
    if (i === undefined) this.#textIndex.set(text, (i = this.texts.push(text) - 1));
    return i;
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
    this.ids[at] = tp.id;
    this.title[at] = this.#text(tp.title);
    this.outcome[at] = this.#text(tp.outcome);
    this.detail[at] = this.#text(tp.detail);
    this.at[at] = this.#iso(tp.at, t) ? 0 : this.#text(tp.at);
    this.times[at] = t;
    this.channel[at] = c;
    this.stage[at] = s;
    this.sentiment[at] = tp.sentiment ?? NaN;
    this.flags[at] =
      (tp.initiator === 'customer' ? F_CUSTOMER : tp.initiator === 'company' ? F_COMPANY : 0) |
      (tp.momentOfTruth ? F_MOMENT : tp.momentOfTruth === false ? F_NOT_MOMENT : 0) |
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
    const ids = this.ids;
    this.#next = undefined;
    this.moved++;
    this.ids = Array.from(perm, (i) => ids[i]!);
    this.#set(this.#columns().map((src) => {
      const out = new (src.constructor as new (n: number) => Column)(src.length);
      for (let k = 0; k < n; k++) out[k] = src[perm[k]!]!;
      return out;
    }) as Columns);
  }

  #columns(): Columns {
    return [this.times, this.channel, this.stage, this.sentiment, this.flags, this.title, this.outcome, this.detail, this.at];
  }

  #set(c: Columns): void {
    [this.times, this.channel, this.stage, this.sentiment, this.flags, this.title, this.outcome, this.detail, this.at] = c;
  }

  /**
   * Makes room for `size` touchpoints, copying up to `rows` rows into the
   * larger columns per call (the rest on later calls): true once there is room.
   */
  #grow(size: number, rows: number): boolean {
    let cap = this.times.length;
    if (size <= cap) return true;
    while (cap < size) cap *= 2;
    const old = this.#columns();
    if (!this.#next || this.#next[0].length < size) {
      this.#next = old.map((a) => new (a.constructor as new (n: number) => Column)(cap)) as Columns;
      this.#copied = 0;
    }
    const [from, to] = [this.#copied, (this.#copied = Math.min(this.length, this.#copied + rows))];
    this.#next.forEach((out, k) => out.set(old[k]!.subarray(from, to) as never, from));
    if (to < this.length) return false;
    this.#set(this.#next);
    this.#next = undefined;
    return true;
  }
}
