import { html, nothing, type PropertyDeclarations } from 'lit';
import { DataElement } from '../data-element.js';
import { LoadController } from '../../data/load-controller.js';
import { journeyLoad } from '../../data/journey-load.js';
import type { Journey, Metric } from '../../data/schema.js';
import { ScorableJourney } from '../../data/readable.js';
import { journeyScore, type JourneyScorePart, type JourneyScoreResult } from '../../metrics/index.js';
import { hostStyles } from '../../styles/host.js';
import { printStyles } from '../../styles/print.js';
import { renderAlert, renderState, type StateWords } from '../states.js';
import { dialModel, formatValue } from '../dial/model.js';
import { renderDial } from '../dial/view.js';
import { dialStyles } from '../dial/dial.styles.js';
import { msg, str } from '../../i18n/localize.js';
import { formatPercent, numberFormat, pluralOf } from '../../i18n/format.js';
import { styles } from './journey-score.styles.js';
import { csv } from '../../export/csv.js';
import type { ImageOptions } from '../../export/image.js';

/** The words of the loading, empty and error states. */
const STATES = (): StateWords => ({
  loading: msg('Loading journey score…', { id: 'journey.loading' }),
  empty: msg('This journey has no score components yet.', { id: 'journey.empty' }),
  noun: msg('journey', { id: 'data.journey' }),
});

const POINTS = { maximumFractionDigits: 1 };
const points = (locale: string, n: number) => numberFormat(locale, POINTS).format(n);
/** Whether `n` points, as shown, take the singular ("1 point"), by Intl's plural rules. */
const onePoint = (locale: string, n: number) => pluralOf(locale, n, POINTS) === 'one';

/**
 * A journey's success score: its end-of-journey metrics, each normalised to
 * 0..100 and combined by weight into one composite, shown as a gauge with one
 * bar per component and the component that costs the most called out.
 *
 * Words and numbers follow `locale` (else the nearest `lang`): English,
 * German (`de`) or Dutch (`nl`).
 *
 * @summary A weighted composite journey success score and its breakdown.
 * @tagname wm-journey-score
 *
 * @fires wm-load - `{ data }` after the journey loaded and validated, and after each live update.
 * @fires wm-error - `{ error, kind }` when loading failed.
 *
 * @csspart base - The wrapper around the whole score.
 * @csspart label - The journey's name and "journey success score".
 * @csspart gauge - The composite gauge (`role="meter"`).
 * @csspart band-label - The composite's band in words.
 * @csspart worst - The sentence naming the component that costs the most.
 * @csspart components - The list of weighted components.
 * @csspart component - One component: name, value, bar, weight and contribution.
 * @csspart bar - A component's normalised score as a bar.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state (a journey without score components).
 * @csspart error - The error state (`role="alert"`), with its Retry button (`retry`).
 *
 * @cssprop --wm-journey-score-size - Width of the composite's dial (default 11rem).
 * @cssprop --wm-journey-score-thickness - Width of the dial's track and value arc, in dial units of 200 across (default 14px).
 * @cssprop --wm-journey-score-track-color - Colour of the dial's track (default `--wm-color-surface-alt`).
 * @cssprop --wm-journey-score-fill-color - Colour of the dial's value arc (default: the tone of the composite's band).
 * @cssprop --wm-journey-score-needle-color - Colour of the dial's needle (default `--wm-color-text`).
 * @cssprop --wm-journey-score-bar-color - Fill of the component bars (default `--wm-color-accent`).
 * @cssprop --wm-journey-score-worst-color - Accent of the biggest-gap callout (default `--wm-color-warning`).
 */
export class JourneyScore extends DataElement<Journey> {
  static override styles = [hostStyles, printStyles, dialStyles, styles];
  static override properties: PropertyDeclarations = {
    journey: { reflect: true },
    customer: { reflect: true },
    weights: { attribute: false },
  };

  /** Journey id to load through an adapter. */
  journey?: string;

  /** Customer id, for adapters that keep one journey per customer. */
  customer?: string;

  /** Weights by metric id, overriding the data's weights (they need not sum to 1). */
  weights?: Record<string, number>;

  readonly #loader = new LoadController<Journey>(this, journeyLoad(this, (j) => !j.scoreComponents?.length, ScorableJourney));

  /**
   * The score as shown, as a PNG or a self-contained SVG (fonts named, not embedded), in its
   * current theme and language, at `scale` (default `devicePixelRatio`).
   */
  toImage(options?: ImageOptions): Promise<Blob> {
    return import('../../export/image.js').then((m) => m.toImage(this, options));
  }

  /** Loads the journey again. */
  reload(): Promise<void> {
    return this.#loader.reload();
  }

  /** The composite and its parts as last shown, or undefined. */
  get score(): JourneyScoreResult | undefined {
    const j = this.#loader.value;
    try {
      return j?.scoreComponents?.length ? journeyScore(j.scoreComponents, this.weights) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The score as CSV, one row per component (just the header before data); normalised and contribution are 0–100 points. */
  toCSV(): string {
    return csv(
      'metric,label,kind,value,unit,weight,share,normalised,contribution',
      (this.score?.parts ?? []).map(({ metric: m, ...p }) => [
        m.id, m.label, m.kind, m.value, m.unit, p.weight, p.share, p.normalised, p.contribution,
      ]),
    );
  }

  override render() {
    return renderState(this.#loader, STATES(), (journey) => this.#renderScore(journey));
  }

  #renderScore(journey: Journey) {
    let result: JourneyScoreResult;
    try {
      result = journeyScore(journey.scoreComponents!, this.weights);
    } catch (e) {
      // Weights set in code can be wrong (all zero): say so instead of drawing a number.
      return renderAlert(msg(str`The journey score can't be computed: ${(e as Error).message}.`, { id: 'journey.uncomputable' }));
    }
    const locale = this.effectiveLocale;
    const composite: Metric = {
      id: `${journey.id}-success`, kind: 'score', label: 'Journey success score',
      value: Math.round(result.score * 10) / 10,
    };
    const v = dialModel(composite, locale);
    return html`<div part="base" class="base">
      <p part="label" class="label" id="label">${msg(str`${journey.name}: journey success score`, { id: 'journey.label' })}</p>
      <div class="summary">
        ${renderDial(v, msg(str`${v.valueText} of 100, ${v.bandLabel}`, { id: 'journey.valuetext' }))}
        <div class="summary-text">
          <p part="band-label" class="band-label tone-${v.tone}">${v.bandLabel}</p>
          ${result.worst ? this.#renderWorst(result.worst, locale) : nothing}
        </div>
      </div>
      <ul part="components" class="components" aria-label=${msg('Score components', { id: 'journey.components' })}>
        ${result.parts.map((p) => this.#renderPart(p, locale))}
      </ul>
    </div>`;
  }

  #renderWorst(worst: JourneyScorePart, locale: string) {
    const lost = (100 - worst.normalised) * worst.share;
    const label = worst.metric.label;
    const score = points(locale, worst.normalised);
    const share = formatPercent(locale, worst.share);
    const cost = points(locale, lost);
    return html`<p part="worst" class="worst">
      ${onePoint(locale, lost)
        ? msg(
            html`Biggest gap: <strong>${label}</strong> scores <bdi>${score}</bdi> of 100 at <bdi>${share}</bdi> of the weight, costing <bdi>${cost}</bdi> point.`,
            { id: 'journey.worst.one' },
          )
        : msg(
            html`Biggest gap: <strong>${label}</strong> scores <bdi>${score}</bdi> of 100 at <bdi>${share}</bdi> of the weight, costing <bdi>${cost}</bdi> points.`,
            { id: 'journey.worst.other' },
          )}
    </p>`;
  }

  #breakdown(p: JourneyScorePart, locale: string) {
    const score = points(locale, p.normalised);
    const share = formatPercent(locale, p.share);
    const adds = points(locale, p.contribution);
    return onePoint(locale, p.contribution)
      ? msg(html`<bdi>${score}</bdi> of 100 · weight <bdi>${share}</bdi> · adds <bdi>${adds}</bdi> point`, { id: 'journey.part.one' })
      : msg(html`<bdi>${score}</bdi> of 100 · weight <bdi>${share}</bdi> · adds <bdi>${adds}</bdi> points`, { id: 'journey.part.other' });
  }

  #renderPart(p: JourneyScorePart, locale: string) {
    const m = p.metric;
    return html`<li part="component" class="component">
      <span class="name">${m.label}</span>
      <span class="value"><bdi>${formatValue(locale, m.value, m.kind, m.unit)}</bdi></span>
      <svg part="bar" class="bar" aria-hidden="true"><rect class="bar-fill" height="100%" width="${p.normalised}%"></rect></svg>
      <span class="breakdown">${this.#breakdown(p, locale)}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-journey-score': JourneyScore;
  }
}
