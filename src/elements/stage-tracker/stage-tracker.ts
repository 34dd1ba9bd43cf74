import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { DataElement } from '../data-element.js';
import { LoadController } from '../../data/load-controller.js';
import { journeyLoad } from '../../data/journey-load.js';
import type { Milestone, Stage, StageStatus } from '../../data/schema.js';
import { Journey } from '../../data/shapes/journey.js';
import { StageSelectEvent } from './events.js';
import { withLifecycleDefaults } from '../../data/lifecycle.js';
import { hostStyles } from '../../styles/host.js';
import { printStyles } from '../../styles/print.js';
import { renderState, type StateWords } from '../states.js';
import { isRtl } from '../rtl.js';
import { AutoLayout } from './fit.js';
import { formatDate, formatDays, formatPercent } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { CHECK_ICONS, STATUS_ICONS } from './icons.js';
import { DAY, journeyStart, stageTiming, type StageTiming } from './timing.js';
import { styles } from './stage-tracker.styles.js';
import { csv } from '../../export/csv.js';
import type { Actionable } from './actionable.js';

/** The words of the loading, empty and error states. */
const STATES = (): StateWords => ({
  loading: msg('Loading journey…', { id: 'tracker.loading' }),
  empty: msg('This journey has no stages yet.', { id: 'tracker.empty' }),
  noun: msg('journey', { id: 'data.journey' }),
});

export const ORIENTATIONS = ['horizontal', 'vertical', 'auto'] as const;
export const VARIANTS = ['full', 'compact'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
export type Variant = (typeof VARIANTS)[number];

const STATUS_TEXT: Record<StageStatus, () => string> = {
  done: () => msg('Done', { id: 'tracker.status.done' }),
  current: () => msg('In progress', { id: 'tracker.status.current' }),
  upcoming: () => msg('Not started', { id: 'tracker.status.upcoming' }),
  blocked: () => msg('Blocked', { id: 'tracker.status.blocked' }),
  skipped: () => msg('Skipped', { id: 'tracker.status.skipped' }),
};

/** Below this many pixels per stage, `orientation="auto"` stacks the stages. */
const MIN_STAGE_WIDTH = { full: 104, compact: 36 } as const;

interface ViewStage {
  stage: Stage;
  timing: StageTiming;
}

/**
 * One journey's lifecycle stages: status, progress, time in stage against its
 * window, milestones and what comes next.
 *
 * @summary A journey's stages with progress, time in stage, milestones and the next step.
 * @tagname wm-stage-tracker
 *
 * @fires wm-load - `{ data }` after the journey loaded and validated, and after each live update.
 * @fires wm-error - `{ error, kind }` when loading failed.
 * @fires wm-stage-select - `{ stage }` when the user activates a stage (with `selectable`).
 * @fires wm-milestone-change - `{ stage, milestone, done }` when the user ticks or unticks a milestone (with `actionable`); cancelable.
 *
 * @csspart base - The wrapper around the whole tracker.
 * @csspart stages - The ordered list of stages.
 * @csspart stage - One stage; a second part names its status: `done`, `current`, `upcoming`, `blocked`, `skipped`, plus `at-risk` and `selected`.
 * @csspart marker - The round status marker with its icon.
 * @csspart connector - The line joining a stage to the next.
 * @csspart label - A stage's name.
 * @csspart status - A stage's status in words.
 * @csspart progress - A stage's progress bar (`role="progressbar"`).
 * @csspart timing - Time in stage against its window.
 * @csspart risk - The at-risk notice of a stage past its window.
 * @csspart milestones - The milestone checklist; with `actionable`, a row whose change was not saved has a Retry button (`retry`).
 * @csspart next-step - The next step callout.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state (`role="alert"`), with its Retry button (`retry`).
 * @csspart stale - The notice shown over data kept after a failed refresh.
 *
 * @cssprop --wm-stage-tracker-marker-size - Diameter of a stage marker (default 1.75rem).
 * @cssprop --wm-stage-tracker-connector-width - Thickness of the connector line (default 2px).
 * @cssprop --wm-stage-tracker-done-color - Marker colour of done stages (default `--wm-color-good`).
 * @cssprop --wm-stage-tracker-current-color - Marker colour of the current stage (default `--wm-color-accent`).
 * @cssprop --wm-stage-tracker-risk-color - Colour of at-risk and blocked stages (default `--wm-color-critical`).
 * @cssprop --wm-stage-tracker-background - Background of the tracker (default `--wm-color-surface`).
 * @cssprop --wm-color-accent - Global accent colour.
 * @cssprop --wm-font-family - Global font family.
 */
export class StageTracker extends DataElement<Journey> {
  static override styles = [hostStyles, printStyles, styles];
  static override properties: PropertyDeclarations = {
    journey: { reflect: true },
    customer: { reflect: true },
    orientation: { reflect: true },
    variant: { reflect: true },
    selectable: { type: Boolean, reflect: true },
    selected: { reflect: true },
    actionable: { type: Boolean, reflect: true },
    now: { attribute: false },
    focusIndex: { state: true },
  };

  /** Journey id to load through an adapter. */
  journey?: string;

  /** Customer id, for adapters that keep one journey per customer. */
  customer?: string;

  /** `horizontal`, `vertical`, or `auto` (horizontal when each stage gets enough width). */
  orientation: Orientation = 'auto';

  /** `full` shows timing, milestones and the next step; `compact` a single row. */
  variant: Variant = 'full';

  /** Stages can be focused with arrow keys and activated, firing `wm-stage-select`. */
  selectable = false;

  /** Id of the selected stage (with `selectable`); its milestones are shown. */
  selected?: string;

  /**
   * Customer-owned milestones get a checkbox: a change shows at once and is
   * saved through the adapter's `completeMilestone`; one made offline is kept
   * on the device and saved when back online.
   */
  actionable = false;

  /** The instant "now" for time in stage; defaults to the current time. */
  now?: Date | number;

  private focusIndex?: number;

  readonly #loader: LoadController<Journey> = new LoadController<Journey>(this, journeyLoad(this, (j) => j.stages.length === 0));
  readonly #fit = new AutoLayout(this, () => this.#loader.value?.stages.length || 7, () => MIN_STAGE_WIDTH[this.variant]);

  /** Loads the journey again. */
  reload(): Promise<void> {
    return this.#loader.reload();
  }

  /**
   * The journey as CSV, one row per stage (just the header before data): due is the end of the
   * stage's window counted from the journey's start, in ISO 8601.
   */
  toCSV(): string {
    const j = this.#loader.value;
    const start = j && journeyStart(j);
    return csv(
      'stage,name,status,progress,startedAt,completedAt,dueAt,milestonesDone,milestones',
      (j?.stages ?? []).map(withLifecycleDefaults).map((s) => {
        const m = s.milestones ?? [];
        const to = s.window?.toDay;
        return [
          s.id, s.name, s.status, s.progress, s.startedAt, s.completedAt,
          start === undefined || to === undefined ? '' : new Date(start + to * DAY).toISOString(),
          m.filter((x) => x.done).length, m.length,
        ];
      }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected')) this.focusIndex = undefined;
  }

  // Loaded with the first `actionable` render (null while it loads): a
  // read-only tracker never fetches it. It draws nothing once `actionable` is unset.
  #act?: Actionable | null;

  protected override updated(): void {
    if (this.actionable && this.#act === undefined) {
      this.#act = null;
      void import('./actionable.js').then((m) => {
        this.#act = new m.Actionable(this, this.#loader, Journey, msg);
      });
    }
  }

  get #layout(): 'horizontal' | 'vertical' {
    return this.orientation === 'auto' ? this.#fit.layout : this.orientation === 'vertical' ? 'vertical' : 'horizontal';
  }

  override render() {
    return renderState(this.#loader, STATES(), (journey) => this.#renderJourney(this.#act?.view(journey) ?? journey));
  }

  #renderJourney(journey: Journey) {
    const now = this.now === undefined ? Date.now() : +this.now;
    const start = journeyStart(journey);
    const stages: ViewStage[] = journey.stages.map((s) => {
      const stage = withLifecycleDefaults(s);
      return { stage, timing: stageTiming(stage, start, now) };
    });
    const currentIndex = stages.findIndex((v) => v.stage.status === 'current' || v.stage.status === 'blocked');
    const current = stages[currentIndex];
    const selectedIndex = this.selected ? stages.findIndex((v) => v.stage.id === this.selected) : -1;
    const focus = this.focusIndex ?? (selectedIndex >= 0 ? selectedIndex : Math.max(currentIndex, 0));
    const shown = stages[selectedIndex] ?? current;
    const compact = this.variant === 'compact';
    const done = stages.filter((v) => v.stage.status === 'done').length;
    // Templates here keep whitespace out where CSS lays the children out
    // (flex, where it is not rendered): each text node and each binding is a
    // DOM node, and a page may show hundreds of trackers (test/nodes.test.ts
    // counts them). Bindings are as few as the data needs.
    return html`<div part="base" class="base ${this.#layout}${compact ? ' compact' : ''}${this.selectable ? ' selectable' : ''}"><p class="title"><span class="name">${journey.name}</span><span class="summary">${current
      ? msg(str`Stage ${currentIndex + 1} of ${stages.length}: ${current.stage.name}`, { id: 'tracker.summary.current' })
      : msg(str`${done} of ${stages.length} stages done`, { id: 'tracker.summary.done' })}</span></p><ol part="stages" aria-label=${msg(str`${journey.name} stages`, { id: 'tracker.stages-label' })} @keydown=${this.#onKeydown}>${stages.map((v, i) => this.#renderStage(v, i, i === focus, i === selectedIndex, compact))}</ol>${compact
      ? current && html`<p class="compact-detail" aria-hidden="true">
              <span class="status">${STATUS_TEXT[current.stage.status]()}</span>
              ${current.timing.overdueDays !== undefined ? this.#renderRisk(current.timing) : nothing}
            </p>
            ${this.#renderProgress(current.stage)}`
      : this.#renderMilestones(stages, shown)}${current?.stage.nextStep
      ? html`<p part="next-step" class="next-step"><strong>${msg('Next step:', { id: 'tracker.next-step' })}</strong>${` ${current.stage.nextStep}`}</p>`
      : nothing}</div>`;
  }

  #renderStage({ stage, timing }: ViewStage, i: number, focused: boolean, selected: boolean, compact: boolean) {
    const atRisk = timing.overdueDays !== undefined;
    const open = stage.status === 'current' || stage.status === 'blocked';
    const parts = `stage ${stage.status}${atRisk ? ' at-risk' : ''}${selected ? ' selected' : ''}`;
    const status = STATUS_TEXT[stage.status]();
    // Compact columns are too narrow for words: they keep them for screen
    // readers (separated by spaces, as they are read inline), and the open
    // stage's progress moves to a row under the list. In full trackers the
    // words are a flex column, so they need no spaces between them.
    const classes = `stage ${stage.status}${atRisk ? ' at-risk' : ''}`;
    const current = stage.status === 'current' ? 'step' : nothing;
    const icon = STATUS_ICONS[stage.status];
    const connector = html`<span part="connector" class="connector" aria-hidden="true"></span>`;
    if (!compact && !this.selectable) {
      // The common case in one flat template each, the list item itself the cell: every nested template costs a marker.
      return open
        ? html`<li part=${parts} class="cell ${classes}" aria-current=${current}><span part="marker" class="marker">${icon}</span><span class="text"><span part="label" class="label">${stage.name}</span><span part="status" class="status">${status}</span>${atRisk ? this.#renderRisk(timing) : nothing}${this.#renderProgress(stage)}<span part="timing" class="timing">${this.#timingText(stage, timing)}</span></span><span part="connector" class="connector" aria-hidden="true"></span></li>`
        : html`<li part=${parts} class="cell ${classes}"><span part="marker" class="marker">${icon}</span><span class="text"><span part="label" class="label">${stage.name}</span><span part="status" class="status">${status}</span><span part="timing" class="timing">${this.#timingText(stage, timing)}</span></span><span part="connector" class="connector" aria-hidden="true"></span></li>`;
    }
    const words = compact
      ? html`<span class="text sr-only"><span part="label" class="label">${stage.name}</span> <span part="status" class="status">${status}</span>${atRisk ? html` ${this.#renderRisk(timing)}` : nothing}</span>`
      : html`<span class="text"><span part="label" class="label">${stage.name}</span><span part="status" class="status">${status}</span>${atRisk ? this.#renderRisk(timing) : nothing}${open ? this.#renderProgress(stage) : nothing}<span part="timing" class="timing">${this.#timingText(stage, timing)}</span></span>`;
    const marker = html`<span part="marker" class="marker">${icon}</span>`;
    return this.selectable
      ? html`<li part=${parts} class=${classes} aria-current=${current}><button
            type="button"
            class="cell stage-button"
            tabindex=${focused ? 0 : -1}
            aria-pressed=${selected ? 'true' : 'false'}
            data-index=${i}
            @click=${() => this.#select(stage, i)}
          >${marker}${words}</button>${connector}</li>`
      : html`<li part=${parts} class="cell ${classes}" aria-current=${current}>${marker}${words}${connector}</li>`;
  }

  #renderRisk(t: StageTiming) {
    const days = formatDays(this.effectiveLocale, t.overdueDays!);
    return html`<span part="risk" class="risk">${msg(str`At risk: ${days} past its window`, { id: 'tracker.at-risk' })}</span>`;
  }

  #renderProgress(stage: Stage) {
    if (stage.progress === undefined) return nothing;
    const pct = Math.round((stage.progress ?? 0) * 100);
    const text = formatPercent(this.effectiveLocale, stage.progress ?? 0);
    return html`<span class="progress-row"><span
        part="progress"
        class="progress"
        role="progressbar"
        aria-label=${msg(str`${stage.name} progress`, { id: 'tracker.progress-label' })}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${pct}
        aria-valuetext=${msg(str`${text} complete`, { id: 'tracker.progress-value' })}
        ><svg class="fill" aria-hidden="true"><rect height="100%" width="${pct}%"></rect></svg></span><span class="pct" aria-hidden="true">${text}</span></span>`;
  }

  #timingText(stage: Stage, t: StageTiming): string {
    const w = stage.window;
    const days = (n: number) => formatDays(this.effectiveLocale, n);
    const windowText = !w || stage.status === 'done'
      ? ''
      : w.toDay === undefined
        ? msg(str`window from day ${w.fromDay}`, { id: 'tracker.window-from' })
        : msg(str`window day ${w.fromDay}–${w.toDay}`, { id: 'tracker.window' });
    let text = '';
    if (t.daysTaken !== undefined) text = msg(str`Took ${days(t.daysTaken)}`, { id: 'tracker.took' });
    else if (t.daysInStage !== undefined) {
      text = t.daysLeft === undefined
        ? msg(str`${days(t.daysInStage)} in stage`, { id: 'tracker.in-stage' })
        : msg(str`${days(t.daysInStage)} in stage, ${days(t.daysLeft)} left`, { id: 'tracker.in-stage-left' });
    }
    return text && windowText ? `${text} · ${windowText}` : text || windowText;
  }

  #renderMilestones(stages: ViewStage[], shown: ViewStage | undefined) {
    const others = stages.filter((v) => v !== shown && v.stage.milestones?.length);
    if (!shown?.stage.milestones?.length && !others.length) return nothing;
    // A closed disclosure's checklist is made when it first opens (or for a
    // print, which opens every disclosure: see DataElement.printChanged).
    return html`<div part="milestones" class="milestones">${shown?.stage.milestones?.length
      ? html`<p class="milestones-title" id="milestones-title">${this.#milestoneSummary(shown.stage)}</p>${this.#renderChecklist(shown.stage.milestones, 'milestones-title')}`
      : nothing}${others.map(
      ({ stage }) => html`<details class="other-milestones" data-stage=${stage.id} ?open=${this.#opened.has(stage.id)} @toggle=${this.#onToggle}><summary>${this.#milestoneSummary(stage)}</summary>${this.printing || this.#opened.has(stage.id) ? this.#renderChecklist(stage.milestones!) : nothing}</details>`,
    )}</div>`;
  }

  /**
   * Stages whose milestone disclosure is open. The open state follows the
   * stage, not the position: when the selected stage changes, the
   * disclosures below shift, and each keeps its own stage's state.
   */
  readonly #opened = new Set<string>();

  #onToggle(e: Event): void {
    const details = e.target as HTMLDetailsElement;
    const id = details.dataset['stage']!;
    if (details.open === this.#opened.has(id)) return;
    if (details.open) this.#opened.add(id);
    else this.#opened.delete(id);
    this.requestUpdate();
  }

  #milestoneSummary(stage: Stage): string {
    const list = stage.milestones ?? [];
    const done = list.filter((m) => m.done).length;
    return msg(str`${stage.name} milestones: ${done} of ${list.length} done`, { id: 'tracker.milestones' });
  }

  #renderChecklist(milestones: Milestone[], labelledBy?: string) {
    const now = this.now === undefined ? Date.now() : +this.now;
    return html`<ul class="checklist" aria-labelledby=${labelledBy ?? nothing}>${milestones.map((m) => {
      const overdue = !m.done && m.dueAt !== undefined && Date.parse(m.dueAt) < now;
      const at = m.done ? m.completedAt : m.dueAt;
      const word = m.done
        ? msg('done', { id: 'tracker.milestone.done' })
        : !at
          ? msg('not done yet', { id: 'tracker.milestone.open' })
          : overdue
            ? msg('overdue, was due', { id: 'tracker.milestone.overdue' })
            : msg('due', { id: 'tracker.milestone.due' });
      // <bdi> keeps a locale-formatted date from reordering the words around it in RTL.
      // The check icons are written into the item's template: a bound icon would cost a marker per item.
      const when = at
        ? html`<span class="when">${`(${word} `}<bdi>${formatDate(this.effectiveLocale, at)}</bdi>)</span>`
        : html`<span class="when">${`(${word})`}</span>`;
      const act = this.#act;
      if (act) {
        // An actionable tracker's rows: a checkbox for the customer's own milestones, a note on who acts.
        return html`<li class="milestone${m.done ? ' done' : ''}${overdue ? ' overdue' : ''}">${act.check(m) ?? (m.done ? CHECK_ICONS.done : CHECK_ICONS.open)}<span class="milestone-name">${m.name}</span>${when}${act.note(m)}</li>`;
      }
      return m.done
        ? html`<li class="milestone done"><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg><span class="milestone-name">${m.name}</span>${when}</li>`
        : html`<li class="milestone${overdue ? ' overdue' : ''}"><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="2"/></svg><span class="milestone-name">${m.name}</span>${when}</li>`;
    })}</ul>`;
  }

  #select(stage: Stage, index: number): void {
    this.focusIndex = index;
    this.selected = stage.id;
    this.dispatchEvent(new StageSelectEvent(stage));
  }

  #onKeydown(e: KeyboardEvent): void {
    if (!this.selectable) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.stage-button')];
    const from = buttons.indexOf(e.target as HTMLButtonElement);
    if (from < 0) return;
    const rtl = isRtl(this);
    const step: Record<string, number> = {
      ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1,
    };
    let to: number;
    if (e.key in step) to = (from + step[e.key]! + buttons.length) % buttons.length;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = buttons.length - 1;
    else return;
    e.preventDefault();
    this.focusIndex = to;
    buttons[to]!.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-stage-tracker': StageTracker;
  }
}
