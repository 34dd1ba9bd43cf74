import { type PropertyValues, type PropertyDeclarations } from 'lit';
import { DataElement } from '../data-element.js';
import { LoadController } from '../../data/load-controller.js';
import type { ScanResult } from '../../data/schema.js';
import { BUILT_IN_SCAN, MaturityScanDefinition } from '../../data/scans/schema.js';
import { journeyManagementScanText } from '../../data/scans/journey-management.js';
import { SOURCE_LOCALE, msg, uiLocale, type UiLocale } from '../../i18n/localize.js';
import { hostStyles } from '../../styles/host.js';
import { printStyles } from '../../styles/print.js';
import { renderState, type StateWords } from '../states.js';
import { ChartController } from '../../charts/chart-controller.js';
import { Autosave } from './autosave.js';
import { clearOtherDrafts, draftKey, draftStore, fits, readDraft, type Draft } from './draft.js';
import { ScanChangeEvent } from './events.js';
import { restoredAnswers, syncForm } from './form.js';
import { ScanModel } from './model.js';
import { Navigation } from './navigation.js';
import { radarSpec } from './result.js';
import { builtInFallback, isBuiltIn, loadScan } from './source.js';
import { Submission } from './submission.js';
import { renderScan } from './view.js';
import { styles } from './maturity-scan.styles.js';
import { csv } from '../../export/csv.js';
import { resultStyles } from './result.styles.js';

/** The words of the loading, empty and error states. */
const STATES = (): StateWords => ({
  loading: msg('Loading the scan…', { id: 'scan.loading' }),
  empty: msg('This scan has no questions yet.', { id: 'scan.empty' }),
  noun: msg('scan', { id: 'data.scan' }),
});

export const SCAN_MODES = ['paged', 'single'] as const;
export const AUTOSAVE_MODES = ['local', 'session', 'off'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];
export type AutosaveMode = (typeof AUTOSAVE_MODES)[number];

/**
 * A journey-management maturity questionnaire and its result. Without any
 * data source it runs the built-in `journey-management` scan, worded in the
 * element's language (English, German or Dutch; answers carry over when the
 * language changes); a definition from `data`, an adapter, `src` or a
 * `<wm-data-source>` replaces it, and is shown as given. Every
 * answer is kept on this device as it is given (`autosave="local"`, for
 * `autosave-days`; `session`: in this tab only; `off`: nowhere) and
 * restored on reload, until the completed response is stored: through the
 * adapter's `saveScanResponse` (retried until the server confirms), else on
 * this device. Form-associated: inside a `<form>`, its value (under `name`)
 * is the JSON `{ answers, result }`.
 *
 * @summary A maturity self-assessment: paged radio questions, autosave, and a result with advice.
 * @tagname wm-maturity-scan
 *
 * @fires wm-load - `{ data }` after the scan definition loaded and validated.
 * @fires wm-error - `{ error, kind }` when loading the definition failed.
 * @fires wm-scan-change - `{ response, progress }` when the respondent changes an answer; `progress` is 0–1.
 * @fires wm-scan-complete - `{ response, result }` once the completed response is stored.
 *
 * @csspart base - The wrapper around the whole scan.
 * @csspart title - The scan's title.
 * @csspart notice - The "answers restored" notice.
 * @csspart progress - The progress bar (`role="progressbar"`).
 * @csspart page - One dimension's questions (a page in paged mode, a section in single mode).
 * @csspart question - One question's radio group; `invalid` is added while it is marked unanswered.
 * @csspart question-text - A question's text (its legend).
 * @csspart option - One answer option (label and radio).
 * @csspart question-error - The "choose an answer" message of an unanswered question.
 * @csspart validation - The list of questions that still need an answer (`role="alert"`).
 * @csspart nav - The Back, Next and See my result buttons.
 * @csspart result - The result view.
 * @csspart level - The level reached, in words.
 * @csspart score - The overall score.
 * @csspart summary - The level's summary.
 * @csspart save-status - Where the response is; a second name says which: `saving`, `saved`, `local`, `retrying`, `offline`, `failed`.
 * @csspart chart - The radar chart of scores by dimension (drawn once chart.js has loaded).
 * @csspart table - The table of scores by dimension.
 * @csspart strengths - The strongest dimensions.
 * @csspart gaps - The weakest dimensions.
 * @csspart recommendations - Where to start.
 * @csspart retry-save - The Try now button while the response waits to be sent, or after it failed.
 * @csspart download - The Download results button: the answers and the result as CSV (see `toCSV()`).
 * @csspart restart - The Start again button.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state (a scan without questions).
 * @csspart error - The error state (`role="alert"`), with its Retry button (`retry`).
 *
 * @cssprop --wm-maturity-scan-max-width - Widest the scan grows (default 48rem).
 * @cssprop --wm-maturity-scan-option-color - Border and check colour of a chosen option (default `--wm-color-accent`).
 * @cssprop --wm-maturity-scan-background - Background of the scan (default `--wm-color-surface`).
 * @cssprop --wm-maturity-scan-chart-height - Height of the radar chart (default 18rem).
 * @cssprop --wm-color-accent - Global accent colour.
 * @cssprop --wm-font-family - Global font family.
 */
export class MaturityScan extends DataElement<MaturityScanDefinition> {
  static override styles = [hostStyles, printStyles, styles, resultStyles];
  static override properties: PropertyDeclarations = {
    scan: { reflect: true },
    respondent: { reflect: true },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    mode: { reflect: true },
    autosave: { reflect: true },
    autosaveDays: { type: Number, attribute: 'autosave-days', reflect: true },
    restored: { state: true },
    formDisabled: { state: true },
  };
  static formAssociated = true;

  /** Id of the scan to load; `journey-management` (the default) is built in. */
  scan = BUILT_IN_SCAN;

  /** Who answers; part of the stored response, never of the draft kept on this device (its key holds only a hash). */
  respondent?: string;

  /** The form field name of the value inside a `<form>`. */
  name?: string;

  /** Every question must be answered before the scan completes or its form submits. */
  required = false;

  /** `paged`: one dimension per page with Back and Next; `single`: every question at once. */
  mode: ScanMode = 'paged';

  /**
   * Where answers are kept until the response is stored: `local` on this
   * device (localStorage), `session` in this tab only (sessionStorage),
   * `off` nowhere.
   */
  autosave: AutosaveMode = 'local';

  /** A kept draft saved more than this many days ago is discarded on load. */
  autosaveDays = 30;

  private restored = 0;
  private formDisabled = false;

  #model?: ScanModel;
  /** The loaded definition the model shows, and whether it is the built-in scan. */
  #loaded?: { def: MaturityScanDefinition; builtIn?: boolean };
  /** The built-in scan in the language it was last worded in. */
  #builtInText?: { lang: UiLocale; def: MaturityScanDefinition };
  /** Answers set before the definition arrived. */
  #preset?: Record<string, unknown>;

  readonly #internals = this.attachInternals();
  readonly #autosave = new Autosave(this, (state) => this.#draft(state));
  readonly #submission = new Submission(this, this.#autosave, () => this.#loader.findAdapter());
  readonly #nav = new Navigation(this, () => this.#model);
  readonly #loader = new LoadController<MaturityScanDefinition>(this, {
    what: 'scan',
    schema: MaturityScanDefinition,
    args: () => [this.#scanId],
    load: (a, signal) => loadScan(a, this.#scanId, signal),
    inline: (sourced) => (sourced ? undefined : builtInFallback(this.#scanId)),
    isEmpty: (d) => d.questions.length === 0,
  });

  constructor() {
    super();
    // Draws the radar after each render of the result; chart.js loads on first use, so the
    // spec may be asked for outside an update: it is worded in the element's locale either way.
    new ChartController(this, {
      canvas: () => this.renderRoot.querySelector<HTMLCanvasElement>('[part~="chart"] canvas'),
      spec: () =>
        this.localized(() => {
          const m = this.#model;
          return this.#nav.view === 'result' && m?.result
            ? radarSpec(m.def, m.result, this.effectiveLocale, (fn) => this.localized(fn))
            : undefined;
        }),
    });
    // A form that will not submit (or checkValidity()) marks what is unanswered. The browser
    // focuses the validity anchor; when the question is on another page, focus follows it there.
    this.addEventListener('invalid', () => {
      const open = this.#unanswered;
      if (open.length) this.#nav.showMissing(open, !this.#nav.input(open[0]!));
    });
  }

  get #scanId(): string {
    return this.scan || BUILT_IN_SCAN;
  }

  /**
   * The scan definition in use, once loaded: the built-in scan in the
   * element's language. Setting it is the same as setting `data`.
   */
  get definition(): MaturityScanDefinition | undefined {
    return this.#model?.def;
  }
  set definition(d: MaturityScanDefinition | undefined) {
    this.data = d;
  }

  /**
   * The answers by question id (a copy). Setting it replaces them (before the
   * scan loads, it wins over a kept draft) and fires no event; null or
   * undefined, as an unset framework binding passes, changes nothing.
   */
  get value(): Record<string, number> {
    return { ...((this.#model?.response.answers ?? this.#preset) as Record<string, number> | undefined) };
  }
  set value(answers: Record<string, number> | null | undefined) {
    if (answers == null) return;
    if (!this.#model) this.#preset = { ...answers };
    else this.#setAnswers(answers);
  }

  /** The score of the answers so far (partial until every question is answered); undefined before the first. */
  get result(): ScanResult | undefined {
    return this.#model?.result;
  }

  /** The unanswered questions, in order. */
  get #unanswered(): readonly string[] {
    return this.#model?.progress.unanswered ?? [];
  }

  /**
   * The scan as CSV (just the header before it loads): one `question` row per question with its
   * answer (empty when unanswered), then the result: one `dimension` row per dimension and a
   * `total` row, each with its score (0–100) and level.
   */
  toCSV(): string {
    const m = this.#model;
    const r = m?.result;
    const names = new Map(m?.def.dimensions.map((d) => [d.id, d.name]));
    return csv('section,id,label,value,level', [
      ...(m?.def.questions ?? []).map((q) => ['question', q.id, q.text, m!.response.answers[q.id], '']),
      ...(r?.byDimension ?? []).map((d) => ['dimension', d.dimensionId, names.get(d.dimensionId), d.score, d.level]),
      ...(r ? [['total', m!.def.id, m!.def.title, r.score, r.level]] : []),
    ]);
  }

  /** Loads the definition again. */
  reload(): Promise<void> {
    return this.#loader.reload();
  }

  /** Clears every answer and the draft kept on this device, and starts a new response. */
  reset(): void {
    this.#submission.cancel();
    this.#autosave.clear();
    if (this.#model) this.#model = ScanModel.fresh(this.#model.def, this.respondent);
    this.#nav.start();
    this.restored = 0;
  }

  /**
   * Completes the scan: checks the answers (every one with `required`, else
   * at least one), shows the result and stores the response, retrying until
   * it is stored. Resolves with the result once stored, or with undefined
   * when answers are missing: the scan then lists them and moves focus to the
   * first. Submitting a stored response again stores nothing more.
   */
  submit(): Promise<ScanResult | undefined> {
    const model = this.#model;
    if (!model) return Promise.reject(new Error('The scan has not loaded yet.'));
    const { progress, result } = model;
    const missing = this.required || !progress.answered ? progress.unanswered : [];
    if (missing.length || !result) {
      this.#nav.showMissing(missing.length ? missing : progress.unanswered);
      return Promise.resolve(undefined);
    }
    if (!model.response.completedAt) model.response = { ...model.response, completedAt: new Date().toISOString() };
    this.#nav.showResult();
    return this.#submission.submit(model.response, result, model.version);
  }

  // The constraint validation API of native form controls, from ElementInternals.
  /** The `<form>` the scan belongs to, if any. */
  get form(): HTMLFormElement | null { return this.#internals.form; }
  get validity(): ValidityState { return this.#internals.validity; }
  get validationMessage(): string { return this.#internals.validationMessage; }
  get willValidate(): boolean { return this.#internals.willValidate; }
  checkValidity(): boolean { return this.#internals.checkValidity(); }
  reportValidity(): boolean { return this.#internals.reportValidity(); }

  /** @internal The enclosing form was reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal A disabled fieldset or form disables the questions. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal The browser restores a form's state (back/forward navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    const answers = restoredAnswers(state);
    if (answers) this.value = answers as Record<string, number>;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const loaded = this.#loader.value;
    if (!loaded) return;
    const fresh = loaded !== this.#loaded?.def;
    if (fresh) this.#loaded = { def: loaded };
    const def = this.#worded(loaded);
    if (fresh || changed.has('respondent') || changed.has('autosave') || changed.has('autosaveDays')) this.#adopt(def);
    // The same scan in another language: answers, page and submission carry on.
    else if (def !== this.#model!.def) this.#model = this.#model!.relabel(def);
  }

  protected override updated(): void {
    const m = this.#model;
    syncForm(
      this.#internals,
      { renderRoot: this.renderRoot, required: this.required, response: m?.response, result: m?.result, unanswered: this.#unanswered },
      this.effectiveLocale,
    );
  }

  /** The definition to show: the built-in scan worded in this update's language, any other as loaded. */
  #worded(loaded: MaturityScanDefinition): MaturityScanDefinition {
    const lang = uiLocale(this.effectiveLocale);
    // Loaded definitions are English: only another language needs the (deep) built-in check.
    if (lang === SOURCE_LOCALE || !(this.#loaded!.builtIn ??= isBuiltIn(loaded))) return loaded;
    if (this.#builtInText?.lang !== lang) this.#builtInText = { lang, def: journeyManagementScanText() };
    return this.#builtInText.def;
  }

  /** Takes a (new) definition: keeps the response for the same scan and respondent, else resumes the draft or starts afresh. */
  #adopt(def: MaturityScanDefinition): void {
    this.#autosave.flush();
    const store = draftStore(this.autosave);
    const key = store ? draftKey(def.id, this.respondent) : undefined;
    clearOtherDrafts(this.autosave, draftKey(def.id, this.respondent));
    this.#autosave.key = key;
    this.#autosave.store = store;
    const old = this.#model?.response;
    if (old?.scanId === def.id && (old.respondent ?? '') === (this.respondent ?? '')) {
      this.#model = new ScanModel(def, old);
    } else {
      this.#submission.cancel();
      const draft = store && key ? readDraft(store, key, def, this.respondent, this.#days) : undefined;
      this.#model = draft ? new ScanModel(def, draft.response) : ScanModel.fresh(def, this.respondent);
      this.restored = draft?.state === 'draft' ? Object.keys(draft.response.answers).length : 0;
      this.#nav.start(draft?.page, draft && draft.state !== 'draft' ? 'result' : 'questions');
      if (draft?.state === 'stored') this.#submission.markStored(this.#model.version);
      // Submitted before but never confirmed: send it again.
      if (draft?.state === 'sending') queueMicrotask(() => void this.submit().catch(() => {}));
    }
    if (this.#preset) this.#model.setAnswers(this.#preset);
    this.#preset = undefined;
  }

  get #days(): number {
    const d = this.autosaveDays;
    return Number.isFinite(d) && d >= 0 ? d : 30;
  }

  /** What autosave keeps: the response and page, in the given state or the one the scan is in. */
  #draft(state?: Draft['state']): Draft | undefined {
    const s = this.#submission.state.state;
    if (!this.#model || (!state && s === 'saved')) return undefined;
    const now = this.#submission.busy ? 'sending' : s === 'local' ? 'stored' : 'draft';
    return { response: this.#model.response, page: this.#nav.page, state: state ?? now };
  }

  #setAnswers(answers: Readonly<Record<string, unknown>>): void {
    this.#model!.setAnswers(answers);
    this.#nav.answered(this.#model!.response.answers);
    this.#autosave.schedule();
    this.requestUpdate();
  }

  /** A new page: the draft keeps it, and the welcome-back notice has done its job. */
  #paged(): void {
    this.restored = 0;
    this.#autosave.schedule();
  }

  readonly #on = {
    change: (e: Event): void => {
      const input = e.target as HTMLInputElement;
      const model = this.#model;
      const v = Number(input.value);
      if (input.type !== 'radio' || !model || !fits(model.def, v)) return;
      this.#setAnswers({ ...model.response.answers, [input.name]: v });
      this.dispatchEvent(new ScanChangeEvent(structuredClone(model.response), model.progress.fraction));
    },
    next: (): void => {
      if (this.#nav.next(this.#unanswered)) this.#paged();
    },
    back: (): void => {
      this.#nav.goTo(this.#nav.page - 1);
      this.#paged();
    },
    finish: (): void => void this.submit().catch(() => {}),
    jump: (e: Event): void => this.#nav.jump((e.currentTarget as HTMLElement).dataset.question!),
    restart: (): void => {
      this.reset();
      this.#nav.goTo(0);
      if (this.#model) this.dispatchEvent(new ScanChangeEvent(structuredClone(this.#model.response), 0));
    },
    retry: (): void => {
      if (!this.#submission.wake()) this.#on.finish();
    },
    // The saving code loads on first use: most respondents never download.
    download: (): void =>
      void import('../../export/download.js').then((m) => m.download(m.csvBlob(this.toCSV()), m.fileName('maturity-scan', 'csv'))),
  };

  override render() {
    return renderState(this.#loader, STATES(), () =>
      renderScan({
        model: this.#model!,
        // A print shows every page's questions with their answers.
        paged: this.mode !== 'single' && !this.printing,
        page: this.#nav.page,
        result: this.#nav.view === 'result',
        missing: this.#nav.missing,
        required: this.required,
        disabled: this.formDisabled,
        autosave: this.#autosave.store ? (this.autosave === 'session' ? 'session' : this.#days) : 'off',
        restored: this.restored,
        save: this.#submission.state,
        locale: this.effectiveLocale,
        on: this.#on,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-maturity-scan': MaturityScan;
  }
}
