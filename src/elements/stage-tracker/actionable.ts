import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { MsgFn } from '@lit/localize/internal/types.js';
import { str } from '@lit/localize/internal/str-tag.js';
import type { ZodMiniType } from 'zod/mini';
import type { WaymarkAdapter } from '../../data/adapters/types.js';
import type { Journey, Milestone, Stage } from '../../data/shapes/journey.js';
import { MilestoneChangeEvent } from './milestone-event.js';

/** The tracker as the actionable rows see it. */
export interface ActionableHost extends ReactiveElement {
  actionable: boolean;
  journey?: string;
  customer?: string;
}

/** Where the tracker gets its adapter: its load controller. */
export interface AdapterFinder {
  findAdapter(): Promise<WaymarkAdapter | undefined>;
}

let msg: MsgFn;
// A function, not an assignment in the constructor: the manifest analyzer reads
// any assignment there as a class field (one without a name, which it cannot list).
const useWords = (words: MsgFn) => {
  msg = words;
};

type RowState = 'saving' | 'queued' | 'failed' | 'saved';

interface Row {
  done: boolean;
  state: RowState;
  error?: string;
}

/**
 * Changes not yet saved live in localStorage, one key per milestone:
 * `waymark.milestone:["journey","customer","stage","milestone"]` holding
 * `true` or `false`. Ids only, the same whichever adapter saves them, and a
 * later toggle of a milestone overwrites its earlier one. A key is written
 * before the save starts and removed once the adapter confirmed it, so a
 * reload or a lost connection in between keeps the change.
 */
const PREFIX = 'waymark.milestone:';
type Key = [journey: string, customer: string | null, stage: string, milestone: string];

const stored = (k: string): boolean | undefined => {
  const v = localStorage.getItem(k);
  return v === null ? undefined : v === 'true';
};

/** Keys being saved on this page: two trackers of one journey send a change once. */
const sending = new Set<string>();

/** The actionable trackers on the page: a row's state and a saved journey reach every one showing that journey. */
const peers = new Set<Actionable>();

const online = () => navigator.onLine !== false;

/** `a` is older than `b` by their `updatedAt` (either missing: not older). */
const older = (a: Journey, b: Journey) =>
  !!a.updatedAt && !!b.updatedAt && Date.parse(a.updatedAt) < Date.parse(b.updatedAt);

const styles = css`
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 24px;
    cursor: pointer;
  }
  .check + .milestone-name {
    display: none;
  }
  .check input {
    inline-size: 1rem;
    block-size: 1rem;
    margin: 0;
    accent-color: var(--_done);
  }
  .row-note {
    color: var(--_muted);
  }
  .row-note.failed {
    color: var(--_risk);
  }
  .row-note [part~='retry'] {
    margin-inline-start: 0.375rem;
    padding: 0 0.5rem;
  }
  @media print {
    .row-note button {
      display: none;
    }
  }
`;

/**
 * The `actionable` tracker's behaviour, a module of its own so a read-only
 * tracker never loads it: checkboxes on customer-owned milestones, the
 * change shown at once and saved through `completeMilestone`, put back with
 * the reason when saving fails, and kept across reloads while offline.
 */
export class Actionable implements ReactiveController {
  readonly #host: ActionableHost;
  readonly #loader: AdapterFinder;
  readonly #schema: ZodMiniType<Journey>;
  readonly #rows = new Map<string, Row>();
  #loaded?: Journey;
  /** The newest journey seen, loaded or returned by a save. */
  #shown?: Journey;
  readonly #stageOf = new WeakMap<Milestone, Stage>();
  readonly #flush = () => {
    this.#restore();
    this.#host.requestUpdate();
  };

  /**
   * The journey schema and `msg` come from the tracker rather than imports:
   * modules the tracker's own file holds would otherwise be split out of it
   * into a chunk of their own, costing every read-only tracker about 0.5 kB gz.
   */
  constructor(host: ActionableHost, loader: AdapterFinder, schema: ZodMiniType<Journey>, words: MsgFn) {
    this.#host = host;
    this.#loader = loader;
    this.#schema = schema;
    useWords(words);
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    host.requestUpdate();
  }

  hostConnected(): void {
    peers.add(this);
    addEventListener('online', this.#flush);
    if (this.#loaded) this.#flush();
  }

  hostDisconnected(): void {
    peers.delete(this);
    removeEventListener('online', this.#flush);
  }

  /**
   * The journey to draw: the newest of what loaded and what saves returned,
   * with the changes not yet saved applied, the stages' progress and next
   * step following them.
   */
  view(loaded: Journey): Journey {
    if (!this.#host.actionable) return loaded;
    if (loaded !== this.#loaded) {
      this.#loaded = loaded;
      this.#take(loaded);
      this.#restore();
    }
    const base = this.#shown!;
    return {
      ...base,
      stages: base.stages.map((s) => {
        const list = s.milestones ?? [];
        let moved = false;
        const milestones = list.map((m) => {
          const row = this.#rows.get(this.#key(s, m));
          if (!row || row.state === 'failed' || row.state === 'saved' || row.done === m.done) return m;
          moved = true;
          const { completedAt: _, ...rest } = m;
          return row.done ? { ...rest, done: true, completedAt: new Date().toISOString() } : { ...rest, done: false };
        });
        // As the sample API and the memory adapter store it: the progress is the share of
        // milestones done, and a next step naming one of them moves on to the first one still open.
        const names = list.some((m) => m.name === s.nextStep);
        const stage = moved
          ? {
              ...s,
              milestones,
              progress: milestones.filter((m) => m.done).length / list.length,
              nextStep: names ? (milestones.find((m) => !m.done)?.name ?? '') : s.nextStep,
            }
          : s;
        for (const m of milestones) this.#stageOf.set(m, stage);
        return stage;
      }),
    };
  }

  /**
   * The checkbox of a customer-owned milestone in a label holding its name
   * (the row's own copy of the name is hidden); undefined for any other.
   */
  check(m: Milestone): TemplateResult | undefined {
    const stage = this.#stageOf.get(m);
    if (!this.#host.actionable || m.owner !== 'customer' || !stage) return undefined;
    return html`<label class="check"
      ><input
        type="checkbox"
        .checked=${m.done}
        @change=${(e: Event) => this.#toggle(stage, m, e.target as HTMLInputElement)}
      /><span class="milestone-name">${m.name}</span></label
    >`;
  }

  /**
   * What a row says after its dates: who owns a company milestone, or how
   * saving the customer's change goes, in a live region of the row's own
   * (one node for every state, so each change is announced).
   */
  note(m: Milestone): unknown {
    const stage = this.#stageOf.get(m);
    if (!this.#host.actionable || !stage) return nothing;
    if (m.owner === 'company') {
      return html`<span class="row-note">${msg('handled by our team', { id: 'tracker.milestone.company' })}</span>`;
    }
    if (m.owner !== 'customer') return nothing;
    const row = this.#rows.get(this.#key(stage, m));
    const failed = row?.state === 'failed';
    const words = !row
      ? ''
      : failed
        ? msg(str`Not saved: ${row.error}`, { id: 'tracker.milestone.failed' })
        : row.state === 'saving'
          ? msg('Saving…', { id: 'tracker.milestone.saving' })
          : row.state === 'saved'
            ? msg('Saved', { id: 'tracker.milestone.saved' })
            : msg('Kept on this device; saved when you are back online', { id: 'tracker.milestone.queued' });
    return html`<span class="row-note${failed ? ' failed' : ''}" role="status">${words}</span>${failed
        ? html`<button
            type="button"
            part="retry"
            aria-label=${msg(str`Retry saving ${m.name}`, { id: 'tracker.milestone.retry' })}
            @click=${() => this.#save(stage, m, row.done)}
          >
            ${msg('Retry', { id: 'state.retry' })}
          </button>`
        : nothing}`;
  }

  #ref(): [string, string | null] {
    const h = this.#host;
    const j = this.#shown;
    return [h.journey ?? j?.id ?? '', h.customer ?? j?.customer ?? null];
  }

  #key(stage: Stage, m: Milestone): string {
    return PREFIX + JSON.stringify([...this.#ref(), stage.id, m.id]);
  }

  /**
   * Sets the row of `k` in every tracker showing this journey (and `j`, a
   * journey a save returned, where it is newer), so two trackers of one
   * journey on a page show the same change and its state.
   */
  #set(k: string, row: Row, j?: Journey): void {
    const [journey, customer] = this.#ref();
    for (const p of new Set([this, ...peers])) {
      const [pj, pc] = p.#ref();
      if (pj !== journey || pc !== customer) continue;
      p.#rows.set(k, row);
      if (j) p.#take(j);
      p.#host.requestUpdate();
    }
  }

  /** Shows `j` unless it is an older copy of the journey shown. */
  #take(j: Journey): void {
    const s = this.#shown;
    if (!s || s.id !== j.id || s.customer !== j.customer || !older(j, s)) this.#shown = j;
  }

  #toggle(stage: Stage, m: Milestone, box: HTMLInputElement): void {
    const done = box.checked;
    // Cancelled: the box goes back by hand, as the bound value did not change.
    if (this.#host.dispatchEvent(new MilestoneChangeEvent(stage, m, done))) this.#save(stage, m, done);
    else box.checked = !done;
  }

  #save(stage: Stage, m: Milestone, done: boolean): void {
    const k = this.#key(stage, m);
    localStorage.setItem(k, String(done));
    this.#set(k, { done, state: online() ? 'saving' : 'queued' });
    if (online()) void this.#send(k);
  }

  /** Picks up changes kept from earlier visits (or made offline) and sends them when online. */
  #restore(): void {
    const [journey, customer] = this.#ref();
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (!k.startsWith(PREFIX)) continue;
      const [j, c] = JSON.parse(k.slice(PREFIX.length)) as Key;
      if (j !== journey || c !== customer) continue;
      const row = this.#rows.get(k);
      if (row?.state !== 'saving') {
        this.#set(k, { done: stored(k)!, state: online() ? 'saving' : 'queued' });
        if (online()) void this.#send(k);
      }
    }
  }

  /** Saves the stored change of `k` (again, while a newer toggle replaced it during the call), then forgets it. */
  async #send(k: string): Promise<void> {
    if (sending.has(k)) return;
    sending.add(k);
    let done = stored(k);
    let row: Row | undefined;
    let saved: Journey | undefined;
    try {
      const [journey, customer, stage, milestone] = JSON.parse(k.slice(PREFIX.length)) as Key;
      while (done !== undefined) {
        const adapter = await this.#loader.findAdapter();
        if (!adapter?.completeMilestone) {
          throw new Error("This data source can't save milestones.");
        }
        const reply = await adapter.completeMilestone({ journey, customer: customer ?? undefined, stage, milestone, done });
        const checked = this.#schema.safeParse(reply);
        if (!checked.success) throw new Error('The journey returned is not valid.');
        saved = checked.data;
        if (stored(k) === done) {
          localStorage.removeItem(k);
          row = { done, state: 'saved' };
          break;
        }
        done = stored(k);
      }
    } catch (e) {
      if (!online()) {
        row = { done: done!, state: 'queued' };
      } else {
        localStorage.removeItem(k);
        row = { done: done!, state: 'failed', error: (e as Error).message };
      }
    } finally {
      sending.delete(k);
      if (row) this.#set(k, row, saved);
      else this.#host.requestUpdate();
    }
  }
}
