import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import { formatCount, pluralOf } from '../../i18n/format.js';
import type { ScanModel } from './model.js';
import { onOptionKey, renderMissing, renderPage, renderProgress } from './questions.js';
import { renderResult, type SaveState } from './result.js';

/** Everything the scan's template shows, and the handlers it calls. */
export interface ScanView {
  model: ScanModel;
  paged: boolean;
  page: number;
  result: boolean;
  missing?: readonly string[];
  required: boolean;
  disabled: boolean;
  /** Where answers are kept: days on this device, this tab only, or nowhere. */
  autosave: number | 'session' | 'off';
  restored: number;
  save: SaveState;
  locale: string;
  on: {
    change: (e: Event) => void;
    back: () => void;
    next: () => void;
    finish: () => void;
    jump: (e: Event) => void;
    restart: () => void;
    retry: () => void;
    download: () => void;
  };
}

/** "Part 2 of 6": the page in paged mode. */
const step = (locale: string, page: number, pages: number) =>
  msg(str`Part ${formatCount(locale, page)} of ${formatCount(locale, pages)}`, { id: 'scan.step' });

/** Where the answers are kept, in words. */
function kept(locale: string, where: ScanView['autosave']): string {
  if (where === 'off') return msg('Your answers are not saved: leaving or reloading the page loses them.', { id: 'scan.autosave.off' });
  if (where === 'session') return msg('Your answers are saved in this tab only as you go, until you close it.', { id: 'scan.autosave.session' });
  return pluralOf(locale, where) === 'one'
    ? msg('Your answers are saved on this device for 1 day as you go.', { id: 'scan.autosave.one' })
    : msg(str`Your answers are saved on this device for ${formatCount(locale, where)} days as you go.`, { id: 'scan.autosave.other' });
}

/** The scan: title, intro, progress, then the questions (a page or all) or the result. */
export function renderScan(v: ScanView): TemplateResult {
  const { model, on } = v;
  const { def, pages } = model;
  const progress = model.progress;
  const result = v.result ? model.result : undefined;
  const last = v.page >= pages.length - 1;
  const questions = {
    points: model.points, answers: model.response.answers, missing: v.missing,
    required: v.required, disabled: v.disabled,
  };
  return html`<div part="base" class="base">
    <h2 part="title" class="title">${def.title}</h2>
    ${def.intro && !result ? html`<p class="intro">${def.intro}</p>` : nothing}
    ${result ? nothing : html`<p class="autosave">${kept(v.locale, v.autosave)}</p>`}
    ${v.restored && !result
      ? html`<p part="notice" class="notice" role="status">
          ${pluralOf(v.locale, v.restored) === 'one'
            ? msg('Welcome back: your answer is restored.', { id: 'scan.restored.one' })
            : msg(str`Welcome back: your ${formatCount(v.locale, v.restored)} answers are restored.`, { id: 'scan.restored.other' })}
        </p>`
      : nothing}
    ${renderProgress(progress.answered, progress.total, v.locale)}
    ${result
      ? renderResult({
          def, result, scored: model.scored, total: progress.total, save: v.save, locale: v.locale,
          onRestart: on.restart, onRetry: on.retry, onDownload: on.download,
        })
      : html`<div class="questions" @change=${on.change} @keydown=${onOptionKey}>
            ${v.paged
              ? renderPage(questions, pages[v.page]!, v.page, step(v.locale, v.page + 1, pages.length))
              : pages.map((p, i) => renderPage(questions, p, i))}
          </div>
          ${renderMissing(v.missing ?? [], model.questions, v.required, v.locale, on.jump)}
          <div part="nav" class="nav">
            ${v.paged && v.page > 0
              ? html`<button type="button" class="secondary" ?disabled=${v.disabled} @click=${on.back}>${msg('Back', { id: 'scan.back' })}</button>`
              : nothing}
            ${v.paged && !last
              ? html`<button type="button" class="primary" ?disabled=${v.disabled} @click=${on.next}>${msg('Next', { id: 'scan.next' })}</button>`
              : html`<button type="button" class="primary" ?disabled=${v.disabled} @click=${on.finish}>${msg('See my result', { id: 'scan.finish' })}</button>`}
          </div>`}
  </div>`;
}
