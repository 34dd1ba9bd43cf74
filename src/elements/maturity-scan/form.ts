import type { ScanResponse, ScanResult } from '../../data/schema.js';
import { msg, str } from '../../i18n/localize.js';
import { formatCount, pluralOf } from '../../i18n/format.js';

/** What the form value and validity are made of. */
export interface FormSource {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly required: boolean;
  readonly response: ScanResponse | undefined;
  readonly result: ScanResult | undefined;
  readonly unanswered: readonly string[];
}

/** The validation message the browser shows; worded in the element's locale (called from its update). */
const stillOpen = (locale: string, n: number) =>
  pluralOf(locale, n) === 'one'
    ? msg('1 question still needs an answer.', { id: 'scan.validity.one' })
    : msg(str`${formatCount(locale, n)} questions still need an answer.`, { id: 'scan.validity.other' });

/**
 * Sets the form value (the JSON `{ answers, result }`), the state a browser
 * restores on back/forward (the answers), and validity: with `required`,
 * `valueMissing` until every question is answered, anchored on the first
 * unanswered question when it is on screen, else on the Next / See my
 * result button.
 */
export function syncForm(internals: ElementInternals, s: FormSource, locale: string): void {
  const r = s.response;
  if (!r) {
    internals.setFormValue(null);
    if (s.required) internals.setValidity({ valueMissing: true }, msg('The scan has not loaded yet.', { id: 'scan.validity.not-loaded' }));
    else internals.setValidity({});
    return;
  }
  internals.setFormValue(JSON.stringify({ answers: r.answers, result: s.result ?? null }), JSON.stringify({ answers: r.answers }));
  const open = s.unanswered;
  if (!s.required || !open.length) {
    internals.setValidity({});
    return;
  }
  const anchor =
    s.renderRoot.querySelector<HTMLElement>(`input[name="${CSS.escape(open[0]!)}"]`) ??
    s.renderRoot.querySelector<HTMLElement>('.nav .primary') ??
    undefined;
  internals.setValidity({ valueMissing: true }, stillOpen(locale, open.length), anchor);
}

/** The answers in a state saved by {@link syncForm}, or undefined for anything else. */
export function restoredAnswers(state: unknown): Record<string, unknown> | undefined {
  try {
    return Object(JSON.parse(String(state)).answers);
  } catch {
    return undefined;
  }
}
