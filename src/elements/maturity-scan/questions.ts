import { html, nothing, type TemplateResult } from 'lit';
import type { MaturityScanDefinition } from '../../data/scans/schema.js';
import { notApplicableValue } from '../../metrics/scan.js';
import { msg, str } from '../../i18n/localize.js';
import { formatCount, pluralOf } from '../../i18n/format.js';
import { isRtl } from '../rtl.js';

type Dimension = MaturityScanDefinition['dimensions'][number];
type Question = MaturityScanDefinition['questions'][number];

/** A question with its number in the whole scan (1-based) and the page it is on. */
export interface NumberedQuestion extends Question {
  n: number;
  page: number;
}

/** One dimension and its questions: a page in paged mode, a section in single mode. */
export interface Page {
  dimension: Dimension;
  questions: NumberedQuestion[];
}

/**
 * One option of every question: the scale's points, then "not applicable"
 * when allowed. An empty `label` is "Not applicable" in the element's
 * language, worded at render time.
 */
export interface Point {
  value: number;
  text: string;
  label: string;
  na: boolean;
}

/** Dimensions that have questions, in definition order, questions numbered through. */
export function pagesOf(def: MaturityScanDefinition): Page[] {
  const pages: Page[] = [];
  let n = 0;
  for (const dimension of def.dimensions) {
    const questions = def.questions.filter((q) => q.dimensionId === dimension.id);
    if (questions.length) pages.push({ dimension, questions: questions.map((q) => ({ ...q, n: 0, page: pages.length })) });
  }
  // Numbered in page order, which may differ from the order of `questions`.
  for (const p of pages) for (const q of p.questions) q.n = ++n;
  return pages;
}

export function pointsOf(def: MaturityScanDefinition): Point[] {
  const { min, max, labels, notApplicable } = def.scale;
  const points: Point[] = [];
  for (let v = min; v <= max; v++) {
    points.push({ value: v, text: String(v), label: labels[v - min] || String(v), na: false });
  }
  if (notApplicable !== undefined) {
    const v = notApplicableValue(def.scale);
    points.push({ value: v, text: String(v), label: notApplicable, na: true });
  }
  return points;
}

/** What the question templates need from the element. */
export interface QuestionsView {
  points: Point[];
  answers: Readonly<Record<string, number>>;
  /** Questions marked unanswered after a check, in order. */
  missing?: readonly string[];
  required: boolean;
  disabled: boolean;
}

const fieldId = (q: NumberedQuestion) => `q${q.n}`;

function question(v: QuestionsView, q: NumberedQuestion): TemplateResult {
  const id = fieldId(q);
  const answer = Object.hasOwn(v.answers, q.id) ? v.answers[q.id] : undefined;
  const invalid = !!v.missing?.includes(q.id);
  const described = [q.help ? `${id}-help` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<fieldset
    part=${invalid ? 'question invalid' : 'question'}
    class="question"
    role="radiogroup"
    aria-labelledby="${id}-text"
    aria-describedby=${described || nothing}
    aria-required=${v.required ? 'true' : nothing}
    aria-invalid=${invalid ? 'true' : nothing}
    ?disabled=${v.disabled}
  >
    <legend id="${id}-text" part="question-text" class="text"><span class="n">${q.n}.</span> ${q.text}</legend>
    ${q.help ? html`<p id="${id}-help" class="help">${q.help}</p>` : nothing}
    <div class="options">
      ${v.points.map(
        (p) => html`<label part="option" class=${p.na ? 'option na' : 'option'}
          ><input type="radio" name=${q.id} value=${p.text} .checked=${answer === p.value} /><span class="label"
            >${p.label || msg('Not applicable', { id: 'scan.not-applicable' })}</span
          ></label
        >`,
      )}
    </div>
    ${invalid ? html`<p id="${id}-error" part="question-error" class="question-error">${msg('Choose an answer.', { id: 'scan.choose-answer' })}</p>` : nothing}
  </fieldset>`;
}

const STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, ArrowRight: 1, ArrowLeft: -1 };

/**
 * Arrow keys in a question: the previous or next option, checked, wrapping
 * round, as native radio groups do, but with Left and Right following the
 * layout. WebKit's radio groups move to the next option on ArrowRight even
 * right to left, where it sits to the left; Chromium and Firefox follow the
 * direction. Handling the keys here moves the same way in every engine.
 */
export function onOptionKey(e: KeyboardEvent): void {
  const input = e.target;
  const step = STEPS[e.key];
  if (!step || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
  const group = [...(input.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].filter(
    (r) => r.name === input.name && !r.disabled,
  );
  const at = group.indexOf(input);
  if (at < 0) return;
  const flip = (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && isRtl(input) ? -1 : 1;
  const next = group[(at + step * flip + group.length) % group.length]!;
  e.preventDefault();
  next.focus();
  if (next.checked) return;
  next.checked = true;
  next.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  next.dispatchEvent(new Event('change', { bubbles: true }));
}

/** One dimension's heading, description and questions. `step` says "Part 2 of 6" in paged mode. */
export function renderPage(v: QuestionsView, page: Page, index: number, step?: string): TemplateResult {
  const d = page.dimension;
  return html`<section part="page" class="page" aria-labelledby="page-${index}">
    ${step ? html`<p class="step">${step}</p>` : nothing}
    <h3 id="page-${index}" class="page-title" tabindex="-1">${d.name}</h3>
    ${d.description ? html`<p class="description">${d.description}</p>` : nothing}
    ${page.questions.map((q) => question(v, q))}
  </section>`;
}

/** Answered against total, as a progress bar drawn with an SVG rect (no style attribute, for strict CSP). */
export function renderProgress(answered: number, total: number, locale: string): TemplateResult {
  const pct = total ? Math.round((answered / total) * 100) : 100;
  const words = msg(str`${formatCount(locale, answered)} of ${formatCount(locale, total)} answered`, { id: 'scan.progress' });
  return html`<div class="progress-row">
    <span
      part="progress"
      class="progress"
      role="progressbar"
      aria-label=${msg('Questions answered', { id: 'scan.progress-label' })}
      aria-valuemin="0"
      aria-valuemax=${total}
      aria-valuenow=${answered}
      aria-valuetext=${words}
      ><svg class="fill" aria-hidden="true"><rect height="100%" width="${pct}%"></rect></svg
    ></span>
    <bdi class="count" aria-hidden="true">${words}</bdi>
  </div>`;
}

const MAX_LISTED = 5;

/** Which questions still need an answer, each a button that goes to it. */
export function renderMissing(
  missing: readonly string[],
  questions: ReadonlyMap<string, NumberedQuestion>,
  required: boolean,
  locale: string,
  onJump: (e: Event) => void,
): TemplateResult | typeof nothing {
  if (!missing.length) return nothing;
  const n = missing.length;
  const lead = required || n < questions.size
    ? pluralOf(locale, n) === 'one'
      ? msg('1 question still needs an answer:', { id: 'scan.missing.one' })
      : msg(str`${formatCount(locale, n)} questions still need an answer:`, { id: 'scan.missing.other' })
    : msg('Answer at least one question to see your result.', { id: 'scan.missing.none-answered' });
  const listed = missing.slice(0, MAX_LISTED).map((id) => questions.get(id)!);
  return html`<div part="validation" class="validation" role="alert">
    <p>${lead}</p>
    <ul>
      ${listed.map(
        (q) => html`<li><button type="button" class="link" data-question=${q.id} @click=${onJump}
            >${msg(str`Question ${formatCount(locale, q.n)}`, { id: 'scan.missing.question' })}</button
          >
          <span class="missing-text">${q.text}</span></li>`,
      )}
    </ul>
    ${n > MAX_LISTED ? html`<p>${msg(str`and ${formatCount(locale, n - MAX_LISTED)} more.`, { id: 'scan.missing.more' })}</p>` : nothing}
  </div>`;
}
