import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ScanModel } from './model.js';

export interface NavigationHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly mode: string;
  readonly required: boolean;
}

/**
 * Where the respondent is: the page, the questions or the result, and the
 * questions marked unanswered. Each step says where focus goes after the
 * render that shows it (the page heading, the first unanswered question, the
 * result heading), so keyboard and screen reader users follow it.
 */
export class Navigation implements ReactiveController {
  page = 0;
  view: 'questions' | 'result' = 'questions';
  missing?: string[];
  readonly #host: NavigationHost;
  readonly #model: () => ScanModel | undefined;
  #focus?: () => void;

  constructor(host: NavigationHost, model: () => ScanModel | undefined) {
    this.#host = host;
    this.#model = model;
    host.addController(this);
  }

  hostUpdated(): void {
    const focus = this.#focus;
    this.#focus = undefined;
    focus?.();
  }

  /** Starts over on `page` of `view`, nothing marked (a new, reset or restored response). */
  start(page = 0, view: Navigation['view'] = 'questions'): void {
    this.page = Math.max(0, Math.min(page, (this.#model()?.pages.length ?? 1) - 1));
    this.view = view;
    this.missing = undefined;
    this.#host.requestUpdate();
  }

  /** Goes to a page and focuses its heading. */
  goTo(page: number, focus = true): void {
    this.page = page;
    this.view = 'questions';
    if (focus) this.#focus = () => this.#find<HTMLElement>('.page-title')?.focus();
    this.#host.requestUpdate();
  }

  /** The next page; with `required`, only once this page is answered, else the page says what is open. */
  next(unanswered: readonly string[]): boolean {
    const ids = new Set(this.#model()?.pages[this.page]?.questions.map((q) => q.id));
    const open = this.#host.required ? unanswered.filter((id) => ids.has(id)) : [];
    if (open.length) {
      this.showMissing(open);
      return false;
    }
    this.missing = undefined;
    this.goTo(this.page + 1);
    return true;
  }

  /** Marks questions unanswered, goes to the first one's page and (unless told not to) focuses it. */
  showMissing(ids: readonly string[], focus = true): void {
    const first = this.#model()?.questions.get(ids[0] ?? '');
    if (!first) return;
    this.missing = [...ids];
    this.view = 'questions';
    if (this.#host.mode !== 'single') this.page = first.page;
    if (focus) this.#focus = () => this.input(first.id)?.focus();
    this.#host.requestUpdate();
  }

  /** Goes to a question marked unanswered (its button in the list), keeping the others marked. */
  jump(id: string): void {
    this.showMissing([id, ...(this.missing ?? []).filter((x) => x !== id)]);
  }

  /** Drops the marks of questions now answered. */
  answered(answers: Readonly<Record<string, number>>): void {
    if (this.missing) this.missing = this.missing.filter((id) => !Object.hasOwn(answers, id));
  }

  /** Shows the result and focuses its heading. */
  showResult(): void {
    if (this.view !== 'result') this.#focus = () => this.#find<HTMLElement>('#result-title')?.focus();
    this.view = 'result';
    this.missing = undefined;
    this.#host.requestUpdate();
  }

  /** The first radio of a question, when it is on screen. */
  input(questionId: string): HTMLInputElement | null {
    return this.#find<HTMLInputElement>(`input[name="${CSS.escape(questionId)}"]`);
  }

  #find<T extends Element>(selector: string): T | null {
    return this.#host.renderRoot.querySelector<T>(selector);
  }
}
