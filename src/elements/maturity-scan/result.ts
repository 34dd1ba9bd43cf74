import { html, nothing, type TemplateResult } from 'lit';
import type { ScanResult } from '../../data/schema.js';
import type { MaturityScanDefinition } from '../../data/scans/schema.js';
import { scanHighlights } from '../../metrics/scan.js';
import type { RadarSpec } from '../../charts/chart-controller.js';
import { msg, str } from '../../i18n/localize.js';
import { formatCount, formatSeconds } from '../../i18n/format.js';

/**
 * Where the completed response is: what the status line under the result
 * says. A failure `onDevice` is the browser refusing to keep the response;
 * else `message` is the adapter's reason.
 */
export type SaveState =
  | { state: 'idle' | 'saving' | 'saved' | 'local' | 'offline' }
  | { state: 'retrying'; ms: number }
  | { state: 'failed'; message: string; onDevice?: boolean };

export interface ResultView {
  def: MaturityScanDefinition;
  result: ScanResult;
  /** Questions scored, and the total; fewer scored means a partial result. */
  scored: number;
  total: number;
  save: SaveState;
  locale: string;
  onRestart: () => void;
  onRetry: () => void;
  onDownload: () => void;
}

/** A long axis label on two lines at the space nearest its middle, so the radar does not clip it. */
function wrap(label: string): string | string[] {
  if (label.length <= 14) return label;
  const mid = label.length / 2;
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (!spaces.length) return label;
  const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [label.slice(0, at), label.slice(at + 1)];
}

/** "53 of 100": a score on its scale, in words. */
const outOf100 = (locale: string, score: number) =>
  msg(str`${formatCount(locale, score)} of 100`, { id: 'scan.score-of-100' });

/**
 * The radar of scores by dimension; undefined under three dimensions, where
 * a radar has no area. chart.js calls `format` long after the render, so it
 * words the value through `localized` (the element's locale at that time).
 */
export function radarSpec(
  def: MaturityScanDefinition,
  result: ScanResult,
  locale: string,
  localized: <R>(fn: () => R) => R,
): RadarSpec | undefined {
  if (result.byDimension.length < 3) return undefined;
  const names = new Map(def.dimensions.map((d) => [d.id, d.name]));
  return {
    type: 'radar',
    labels: result.byDimension.map((d) => wrap(names.get(d.dimensionId) ?? d.dimensionId)),
    values: result.byDimension.map((d) => d.score),
    label: msg('Score', { id: 'scan.chart.series' }),
    min: 0,
    max: 100,
    format: (v) => localized(() => outOf100(locale, v)),
  };
}

const levelName = (def: MaturityScanDefinition, level: number) =>
  def.levels.find((l) => l.level === level)?.name ?? msg(str`Level ${level}`, { id: 'scan.level-fallback' });

function statusText(s: SaveState, locale: string): string {
  switch (s.state) {
    case 'idle':
      return '';
    case 'saving':
      return msg('Saving your answers…', { id: 'scan.save.saving' });
    case 'saved':
      return msg('Your answers are saved.', { id: 'scan.save.saved' });
    case 'local':
      return msg('Your answers are saved on this device.', { id: 'scan.save.local' });
    case 'offline':
      return msg('You are offline. Your answers will be sent when the connection is back. Your answers are kept on this device until then.', {
        id: 'scan.save.offline',
      });
    case 'retrying':
      return msg(
        str`We could not reach the server and will try again in ${formatSeconds(locale, Math.ceil(s.ms / 1000))}. Your answers are kept on this device until then.`,
        { id: 'scan.save.retrying' },
      );
    case 'failed':
      return s.onDevice
        ? msg('Your answers could not be saved: This browser did not let us keep them on this device.', { id: 'scan.save.refused' })
        : msg(str`Your answers could not be saved: ${s.message} They are kept on this device.`, { id: 'scan.save.failed' });
  }
}

function renderStatus(v: ResultView): TemplateResult | typeof nothing {
  const s = v.save;
  const text = statusText(s, v.locale);
  if (!text) return nothing;
  const retry = s.state === 'retrying' || s.state === 'offline' || s.state === 'failed';
  return html`<div part="save-status ${s.state}" class="save-status ${s.state}" role="status">
    <p>${text}</p>
    ${retry
      ? html`<button type="button" part="retry-save" class="secondary" @click=${v.onRetry}>
          ${s.state === 'failed' ? msg('Try again', { id: 'scan.save.try-again' }) : msg('Try now', { id: 'scan.save.try-now' })}
        </button>`
      : nothing}
  </div>`;
}

/** The result: level in words, score, status, chart and table by dimension, strengths, gaps and advice. */
export function renderResult(v: ResultView): TemplateResult {
  const { def, result, locale } = v;
  const level = def.levels.find((l) => l.level === result.level);
  const names = new Map(def.dimensions.map((d) => [d.id, d]));
  const { strengths, gaps } = scanHighlights(result);
  const byId = new Map(result.byDimension.map((d) => [d.dimensionId, d]));
  const num = (n: number) => formatCount(locale, n);
  const line = (id: string) => {
    const d = byId.get(id)!;
    return msg(
      str`${names.get(id)?.name ?? id}: ${num(d.score)} of 100, level ${num(d.level)} (${levelName(def, d.level)})`,
      { id: 'scan.result.dimension-line' },
    );
  };
  // Advice for each gap at the level it reached, when the definition has some (an extension of the SPEC shape).
  const advice = gaps
    .map((id) => ({ dim: names.get(id)!, items: names.get(id)!.recommendations?.[String(byId.get(id)!.level)] ?? [] }))
    .filter((a) => a.items.length);
  const general = level?.recommendations ?? [];
  const pending = ['saving', 'retrying', 'offline'].includes(v.save.state);
  return html`<section part="result" class="result" aria-labelledby="result-title">
    <h3 id="result-title" class="result-title" tabindex="-1">${msg('Your result', { id: 'scan.result.title' })}</h3>
    <p part="level" class="level">
      <span class="level-of">${msg(str`Level ${num(result.level)} of ${num(def.levels.length)}:`, { id: 'scan.result.level-of' })}</span>
      <strong class="level-name">${levelName(def, result.level)}</strong>
    </p>
    <p part="score" class="score">
      ${msg(str`Overall score ${num(result.score)} out of 100`, { id: 'scan.result.score' })}
    </p>
    ${v.scored < v.total
      ? html`<p class="partial">
          ${msg(str`Based on ${num(v.scored)} of ${num(v.total)} questions; the others were not answered or do not apply.`, {
            id: 'scan.result.partial',
          })}
        </p>`
      : nothing}
    ${level?.summary ? html`<p part="summary" class="summary">${level.summary}</p>` : nothing}
    ${renderStatus(v)}
    <div class="dimensions">
      ${result.byDimension.length >= 3
        ? html`<div part="chart" class="chart" aria-hidden="true"><canvas></canvas></div>`
        : nothing}
      <table part="table" class="table">
        <caption>${msg('Scores by dimension', { id: 'scan.table.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Dimension', { id: 'scan.table.dimension' })}</th>
            <th scope="col">${msg('Score', { id: 'scan.table.score' })}</th>
            <th scope="col">${msg('Level', { id: 'scan.table.level' })}</th>
          </tr>
        </thead>
        <tbody>
          ${result.byDimension.map(
            (d) => html`<tr>
              <th scope="row">${names.get(d.dimensionId)?.name ?? d.dimensionId}</th>
              <td>${num(d.score)}</td>
              <td><bdi>${num(d.level)} · ${levelName(def, d.level)}</bdi></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${strengths.length
      ? html`<h4>${msg('Strengths', { id: 'scan.result.strengths' })}</h4>
          <ul part="strengths" class="strengths">${strengths.map((id) => html`<li>${line(id)}</li>`)}</ul>`
      : nothing}
    ${gaps.length
      ? html`<h4>${msg('Gaps', { id: 'scan.result.gaps' })}</h4>
          <ul part="gaps" class="gaps">${gaps.map((id) => html`<li>${line(id)}</li>`)}</ul>`
      : nothing}
    ${advice.length || general.length
      ? html`<div part="recommendations" class="recommendations">
          <h4>${msg('Where to start', { id: 'scan.result.where-to-start' })}</h4>
          ${advice.map((a) => html`<h5>${a.dim.name}</h5><ul>${a.items.map((t) => html`<li>${t}</li>`)}</ul>`)}
          ${general.length
            ? html`${advice.length ? html`<h5>${msg('Across the organisation', { id: 'scan.result.across' })}</h5>` : nothing}
                <ul>${general.map((t) => html`<li>${t}</li>`)}</ul>`
            : nothing}
        </div>`
      : nothing}
    <button type="button" part="download" class="secondary" @click=${v.onDownload}>
      ${msg('Download results', { id: 'scan.result.download' })}
    </button>
    <button type="button" part="restart" class="secondary" ?disabled=${pending} @click=${v.onRestart}>
      ${msg('Start again', { id: 'scan.restart' })}
    </button>
  </section>`;
}
