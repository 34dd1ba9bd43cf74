import { html, nothing, type TemplateResult } from 'lit';
import type { ScanResult } from '../../data/schema.js';
import type { MaturityScanDefinition } from '../../data/scans/schema.js';
import { scanHighlights } from '../../metrics/scan.js';
import type { RadarSpec } from '../../charts/chart-controller.js';

/** Where the completed response is: what the status line under the result says. */
export type SaveState =
  | { state: 'idle' | 'saving' | 'saved' | 'local' | 'offline' }
  | { state: 'retrying'; ms: number }
  | { state: 'failed'; message: string };

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
}

/** A score as a whole number in the element's locale (or plainly, for a locale the browser rejects). */
export function formatScore(locale: string, score: number): string {
  const n = Math.round(score);
  try {
    return n.toLocaleString(locale);
  } catch {
    return String(n);
  }
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

/** The radar of scores by dimension; undefined under three dimensions, where a radar has no area. */
export function radarSpec(def: MaturityScanDefinition, result: ScanResult, locale: string): RadarSpec | undefined {
  if (result.byDimension.length < 3) return undefined;
  const names = new Map(def.dimensions.map((d) => [d.id, d.name]));
  return {
    type: 'radar',
    labels: result.byDimension.map((d) => wrap(names.get(d.dimensionId) ?? d.dimensionId)),
    values: result.byDimension.map((d) => d.score),
    label: 'Score',
    min: 0,
    max: 100,
    format: (v) => `${formatScore(locale, v)} of 100`,
  };
}

const levelName = (def: MaturityScanDefinition, level: number) =>
  def.levels.find((l) => l.level === level)?.name ?? `Level ${level}`;

function renderStatus(v: ResultView): TemplateResult | typeof nothing {
  const s = v.save;
  const kept = 'Your answers are kept on this device until then.';
  const text: Record<SaveState['state'], string> = {
    idle: '',
    saving: 'Saving your answers…',
    saved: 'Your answers are saved.',
    local: 'Your answers are saved on this device.',
    offline: `You are offline. Your answers will be sent when the connection is back. ${kept}`,
    retrying: `We could not reach the server and will try again in ${Math.ceil((s as { ms: number }).ms / 1000)} s. ${kept}`,
    failed: `Your answers could not be saved: ${(s as { message: string }).message} They are kept on this device.`,
  };
  if (!text[s.state]) return nothing;
  const retry = s.state === 'retrying' || s.state === 'offline' || s.state === 'failed';
  return html`<div part="save-status ${s.state}" class="save-status ${s.state}" role="status">
    <p>${text[s.state]}</p>
    ${retry
      ? html`<button type="button" part="retry-save" class="secondary" @click=${v.onRetry}>
          ${s.state === 'failed' ? 'Try again' : 'Try now'}
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
  const line = (id: string) => {
    const d = byId.get(id)!;
    return `${names.get(id)?.name ?? id}: ${formatScore(locale, d.score)} of 100, level ${d.level} (${levelName(def, d.level)})`;
  };
  // Advice for each gap at the level it reached, when the definition has some (an extension of the SPEC shape).
  const advice = gaps
    .map((id) => ({ dim: names.get(id)!, items: names.get(id)!.recommendations?.[String(byId.get(id)!.level)] ?? [] }))
    .filter((a) => a.items.length);
  const general = level?.recommendations ?? [];
  const pending = ['saving', 'retrying', 'offline'].includes(v.save.state);
  return html`<section part="result" class="result" aria-labelledby="result-title">
    <h3 id="result-title" class="result-title" tabindex="-1">Your result</h3>
    <p part="level" class="level">
      <span class="level-of">Level ${result.level} of ${def.levels.length}:</span>
      <strong class="level-name">${level?.name ?? `Level ${result.level}`}</strong>
    </p>
    <p part="score" class="score">Overall score ${formatScore(locale, result.score)} out of 100</p>
    ${v.scored < v.total
      ? html`<p class="partial">Based on ${v.scored} of ${v.total} questions; the others were not answered or do not apply.</p>`
      : nothing}
    ${level?.summary ? html`<p part="summary" class="summary">${level.summary}</p>` : nothing}
    ${renderStatus(v)}
    <div class="dimensions">
      ${result.byDimension.length >= 3
        ? html`<div part="chart" class="chart" aria-hidden="true"><canvas></canvas></div>`
        : nothing}
      <table part="table" class="table">
        <caption>Scores by dimension</caption>
        <thead><tr><th scope="col">Dimension</th><th scope="col">Score</th><th scope="col">Level</th></tr></thead>
        <tbody>
          ${result.byDimension.map(
            (d) => html`<tr>
              <th scope="row">${names.get(d.dimensionId)?.name ?? d.dimensionId}</th>
              <td>${formatScore(locale, d.score)}</td>
              <td><bdi>${d.level} · ${levelName(def, d.level)}</bdi></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${strengths.length
      ? html`<h4>Strengths</h4><ul part="strengths" class="strengths">${strengths.map((id) => html`<li>${line(id)}</li>`)}</ul>`
      : nothing}
    ${gaps.length
      ? html`<h4>Gaps</h4><ul part="gaps" class="gaps">${gaps.map((id) => html`<li>${line(id)}</li>`)}</ul>`
      : nothing}
    ${advice.length || general.length
      ? html`<div part="recommendations" class="recommendations">
          <h4>Where to start</h4>
          ${advice.map((a) => html`<h5>${a.dim.name}</h5><ul>${a.items.map((t) => html`<li>${t}</li>`)}</ul>`)}
          ${general.length
            ? html`${advice.length ? html`<h5>Across the organisation</h5>` : nothing}
                <ul>${general.map((t) => html`<li>${t}</li>`)}</ul>`
            : nothing}
        </div>`
      : nothing}
    <button type="button" part="restart" class="secondary" ?disabled=${pending} @click=${v.onRestart}>Start again</button>
  </section>`;
}
