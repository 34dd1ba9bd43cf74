import { html, nothing } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { msg, str } from '../../i18n/localize.js';
import { dateFormat, formatCount, pluralOf } from '../../i18n/format.js';
import type { Touchpoint } from '../../data/schema.js';
import { channelName, initiatorText, sentimentWord } from './data.js';
import { formatSigned, type DescribeContext } from './detail.js';
import { laneOfIndex, type Lanes } from './layout.js';
import type { TouchpointStore } from './store.js';
import { formatDay } from './ticks.js';
import { glyph } from './toolbar.js';

export interface ListInput {
  store: TouchpointStore;
  lanes: Lanes;
  selected: number;
  context: DescribeContext;
  select: (index: number) => void;
  clear: () => void;
  /** Runs `fn` in the element's locale: the virtualizer renders rows outside the element's update, as the list scrolls. */
  localized: <R>(fn: () => R) => R;
  /** The page is printing: every row (up to PRINT_ROWS) rendered in place of the virtualized screenful. */
  printing: boolean;
}

/** Rows a print shows at most: a longer list is cut with a note pointing to the CSV, which has them all. */
export const PRINT_ROWS = 5000;

/** What we use of the virtualizer the directive puts on its host (its class is not exported). */
interface Virtualizer {
  element(index: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined;
  readonly layoutComplete: Promise<void>;
}

interface Day {
  t: number;
  count: number;
}

const FRICTION: Record<NonNullable<Touchpoint['friction']>, () => string> = {
  low: () => msg('Low friction', { id: 'timeline.list.friction.low' }),
  medium: () => msg('Medium friction', { id: 'timeline.list.friction.medium' }),
  high: () => msg('High friction', { id: 'timeline.list.friction.high' }),
};
const bucket = (s: number | undefined) =>
  s === undefined ? 'none' : s <= -0.6 ? 'neg2' : s < -0.2 ? 'neg1' : s <= 0.2 ? 'zero' : s < 0.6 ? 'pos1' : 'pos2';

const time = (locale: string, t: number) => dateFormat(locale, { timeStyle: 'short' }).format(t);

/**
 * The accessible view: every shown touchpoint as a row of text, grouped
 * under a heading per day, virtualized so 100,000 rows cost a screenful of
 * DOM. The list is one tab stop; arrow keys, Page Up/Down, Home and End move
 * through every touchpoint (scrolling it into view), Enter selects, Escape
 * closes the card.
 */
export class ListView {
  /** Store indices of the rows, in order; a day heading is -(day + 1). */
  #rows: number[] = [];
  #days: Day[] = [];
  #memo?: { version: number; lanes: Lanes; store: TouchpointStore };
  #focusRow = -1;
  /** A focus move is waiting for its row to render: keys continue from it, not from the old focus. */
  #moving = false;

  #build(store: TouchpointStore, lanes: Lanes): number[] {
    const m = this.#memo;
    if (m && m.store === store && m.version === store.version && m.lanes === lanes) return this.#rows;
    const rows: number[] = [];
    const days: Day[] = [];
    let next = -Infinity;
    for (let i = 0; i < store.length; i++) {
      if (laneOfIndex(lanes, store, i) < 0) continue;
      const t = store.times[i]!;
      // Local midnights, found once per day rather than once per touchpoint.
      if (t >= next) {
        const d = new Date(t);
        d.setHours(0, 0, 0, 0);
        days.push({ t: +d, count: 0 });
        rows.push(-days.length);
        d.setDate(d.getDate() + 1);
        next = +d;
      }
      days[days.length - 1]!.count++;
      rows.push(i);
    }
    this.#rows = rows;
    this.#days = days;
    this.#memo = { version: store.version, lanes, store };
    if (this.#focusRow >= rows.length) this.#focusRow = -1;
    return rows;
  }

  /** Shown touchpoints (rows minus day headings). */
  count(store: TouchpointStore, lanes: Lanes): number {
    return this.#build(store, lanes).length - this.#days.length;
  }

  render(input: ListInput) {
    const rows = this.#build(input.store, input.lanes);
    const shown = formatCount(input.context.locale, rows.length - this.#days.length);
    if (input.printing) return this.#printed(rows, input);
    return html`<div
      part="list"
      class="list"
      role="list"
      tabindex="0"
      aria-label=${msg(str`Touchpoints by day, ${shown} in all. Use the arrow keys to move through them.`, { id: 'timeline.list.label' })}
      @keydown=${(e: KeyboardEvent) => (e.key === 'Escape' ? input.clear() : this.#onKey(e))}
    >
      ${virtualize({ items: rows, renderItem: (r: number, row: number) => input.localized(() => this.#row(r, row, input)), scroller: true })}
    </div>`;
  }

  /** The print: the rows themselves, not a virtualized window of them (a print has no scrolling). */
  #printed(rows: number[], input: ListInput) {
    const cut = rows.slice(0, PRINT_ROWS);
    const left = rows.length - this.#days.length - cut.filter((r) => r >= 0).length;
    const more = formatCount(input.context.locale, left);
    return html`<div part="list" class="list" role="list">${cut.map((r, row) => this.#row(r, row, input))}</div>
      ${left > 0 ? html`<p class="print-more">${msg(str`${more} more touchpoints are not printed. Download the CSV for all of them.`, { id: 'timeline.list.print-more' })}</p>` : nothing}`;
  }

  #row(r: number, row: number, input: ListInput) {
    const { store, context } = input;
    if (r < 0) {
      const d = this.#days[-r - 1]!;
      const n = formatCount(context.locale, d.count);
      const count = pluralOf(context.locale, d.count) === 'one'
        ? msg(str`${n} touchpoint`, { id: 'timeline.list.day-count.one' })
        : msg(str`${n} touchpoints`, { id: 'timeline.list.day-count.other' });
      return html`<div role="listitem" class="day" aria-setsize=${this.#rows.length} aria-posinset=${row + 1}>
        <h3 part="day" class="day-title">${formatDay(context.locale, d.t)}<span class="day-count"> · ${count}</span></h3>
      </div>`;
    }
    const tp = store.item(r)!;
    const selected = r === input.selected;
    const stage = context.stageName(tp.stageId);
    const who = initiatorText(tp);
    return html`<div role="listitem" class="row" aria-setsize=${this.#rows.length} aria-posinset=${row + 1}>
      <button type="button" part="item${selected ? ' selected' : ''}" class="item s-${bucket(tp.sentiment)}" tabindex="-1"
        data-row=${row} aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.#select(r, row, input)}>
        ${glyph(tp.momentOfTruth ? 'moment' : tp.initiator === 'company' ? 'company' : 'customer')}
        <span class="time"><bdi>${time(context.locale, store.times[r]!)}</bdi></span>
        <span class="title">${tp.title}</span>
        <span class="meta">${channelName(tp.channel)}${who ? `, ${who}` : ''} · ${sentimentWord(tp.sentiment)}${tp.sentiment === undefined ? '' : ` (${formatSigned(context.locale, tp.sentiment)})`}${stage ? ` · ${stage}` : ''}</span>
        ${tp.momentOfTruth ? html`<span class="badge moment">${msg('Moment of truth', { id: 'timeline.list.moment' })}</span>` : nothing}
        ${tp.friction ? html`<span class="badge friction">${glyph('friction')}${FRICTION[tp.friction]()}</span>` : nothing}
      </button>
    </div>`;
  }

  #select(index: number, row: number, input: ListInput): void {
    this.#focusRow = row;
    input.select(index);
  }

  #onKey(e: KeyboardEvent): void {
    const list = e.currentTarget as HTMLElement;
    const rows = this.#rows;
    const on = (e.target as HTMLElement).closest?.('[data-row]')?.getAttribute('data-row');
    const from = this.#moving || on == null ? this.#focusRow : Number(on);
    const seek = (start: number, dir: 1 | -1, skip = 0) => {
      let found = -1;
      for (let r = start; r >= 0 && r < rows.length; r += dir) {
        if (rows[r]! < 0) continue;
        found = r;
        if (skip-- <= 0) break;
      }
      return found;
    };
    const moves: Record<string, () => number> = {
      ArrowDown: () => (from < 0 ? seek(0, 1) : seek(from + 1, 1)),
      ArrowUp: () => (from < 0 ? seek(0, 1) : seek(from - 1, -1)),
      PageDown: () => seek(Math.max(0, from + 1), 1, 9),
      PageUp: () => seek(Math.max(0, from - 1), -1, 9),
      Home: () => seek(0, 1),
      End: () => seek(rows.length - 1, -1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const to = move();
    if (to < 0) return;
    this.#focusRow = to;
    void this.#focus(list, to);
  }

  /** Focuses row `row`, first asking the virtualizer to render it when it is off screen. */
  async #focus(list: HTMLElement, row: number): Promise<void> {
    const find = () => list.querySelector<HTMLElement>(`[data-row="${row}"]`);
    const v = (list as unknown as { [virtualizerRef]?: Virtualizer })[virtualizerRef];
    if (!find()) {
      this.#moving = true;
      // The focused row is about to scroll away and be removed: hold focus on the list meanwhile, so keys still arrive.
      list.focus({ preventScroll: true });
      v?.element(row)?.scrollIntoView({ block: 'nearest' });
      for (let tries = 0; tries < 10 && !find(); tries++) {
        await v?.layoutComplete.catch(() => undefined);
        await new Promise((r) => requestAnimationFrame(r));
      }
    }
    if (this.#focusRow !== row) return;
    this.#moving = false;
    find()?.focus();
  }
}
