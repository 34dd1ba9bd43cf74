import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { DataElement } from '../data-element.js';
import { LoadController } from '../../data/load-controller.js';
import { METRIC_KINDS, Metric, type MetricKind } from '../../data/shapes/metric.js';
import { WaymarkError } from '../../data/errors.js';
import { ReadableMetric } from '../../data/readable.js';
import { KIND_DEFAULTS } from '../../metrics/index.js';
import { ChartController } from '../../charts/chart-controller.js';
import { hostStyles } from '../../styles/host.js';
import { printStyles } from '../../styles/print.js';
import { renderAlert, renderState, type StateWords } from '../states.js';
import { motionMs } from '../../styles/motion.js';
import { angleOf } from '../dial/model.js';
import { renderDial } from '../dial/view.js';
import { dialStyles } from '../dial/dial.styles.js';
import { changeIcon, warningIcon } from './icons.js';
import { renderTrend, sparklineSpec } from './trend.js';
import { LOW_SAMPLE, gaugeView, kindLabel, type GaugeView } from './model.js';
import { numberFormat } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { styles } from './score-gauge.styles.js';
import type { ImageOptions } from '../../export/image.js';

/** The words of the loading, empty and error states. */
const STATES = (): StateWords => ({
  loading: msg('Loading metric…', { id: 'gauge.loading' }),
  empty: msg('No responses yet, so there is no score to show.', { id: 'gauge.empty' }),
  noun: msg('metric', { id: 'data.metric' }),
});

export const KINDS = METRIC_KINDS;
export const SIZES = ['s', 'm', 'l'] as const;
export type GaugeSize = (typeof SIZES)[number];
export type { MetricKind };

/** Numbers from attributes: absent or blank is "not given", anything else is Number() (so "abc" is NaN, an invalid metric). */
const optionalNumber = {
  fromAttribute: (v: string | null) => (v === null || v.trim() === '' ? undefined : Number(v)),
  toAttribute: (v: number | undefined) => (v === undefined ? null : String(v)),
};

/**
 * One metric as a gauge: its value, range, bands, target, change since the
 * last period, sample size and, on request, its trend.
 *
 * Data comes from the first source that applies (`data`, `adapter`, `src`,
 * `source`, an enclosing `<wm-data-source>`), loading the metric named by
 * `metric`. Without `metric`, the attributes `kind`, `value`, `min`, `max`,
 * `target`, `previous` and `label` describe the metric inline, and no source is
 * needed (inside a `<wm-data-source>` too). They never override a loaded
 * metric: a gauge shows one metric, whole, from one place.
 *
 * A metric always has a value, so the empty state means "no responses": a
 * metric whose `sampleSize` is 0.
 *
 * Words and numbers follow `locale` (else the nearest `lang`): English, German
 * (`de`) or Dutch (`nl`) words, numbers and dates in the locale's format. In
 * sentences, values that can carry a sign sit in `<bdi>`, so right-to-left
 * text does not reorder them. The dial itself does not mirror in right-to-left
 * layouts: a gauge reads low to high, left to right.
 *
 * @summary A metric as an accessible SVG gauge with bands, target, change and trend.
 * @tagname wm-score-gauge
 *
 * @fires wm-load - `{ data }` after the metric loaded (or was read from the attributes) and validated.
 * @fires wm-error - `{ error, kind }` when loading failed or the metric is not valid.
 *
 * @csspart base - The wrapper around the whole gauge.
 * @csspart label - The metric's label.
 * @csspart gauge - The dial's box, with `role="meter"`.
 * @csspart track - The arc behind the value.
 * @csspart band - One band on the ring outside the track; a second part names its tone: `critical`, `warning`, `good`, `neutral`.
 * @csspart fill - The arc from the start (or from 0 for NPS) to the value.
 * @csspart needle - The mark at the value.
 * @csspart target - The mark at the target.
 * @csspart value - The value as text, in the dial.
 * @csspart unit - A custom unit ("days") under the value.
 * @csspart range - The range's ends as text, under the dial.
 * @csspart band-label - The value's band in words.
 * @csspart change - The change since the last period, in words and an arrow; a second part names the direction (`up`, `down`, `flat`) and a third the verdict (`better`, `worse`, `same`).
 * @csspart target-label - "Target 40".
 * @csspart sample - The sample size ("n = 212").
 * @csspart low-sample - The warning under 30 responses.
 * @csspart trend - The trend: sparkline and its text alternative.
 * @csspart trend-chart - The sparkline's canvas.
 * @csspart details - The "How is this calculated?" disclosure.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state (a metric with no responses).
 * @csspart error - The error state (`role="alert"`), with its Retry button (`retry`).
 * @csspart stale - The notice shown over data kept after a failed refresh.
 *
 * @cssprop --wm-score-gauge-size - Width of the dial; overrides the `size` attribute's width (default 11rem; 7.5rem with `size="s"`, 15rem with `size="l"`).
 * @cssprop --wm-score-gauge-thickness - Width of the track and value arc, in dial units of 200 across (default 14px).
 * @cssprop --wm-score-gauge-track-color - Colour of the track (default `--wm-color-surface-alt`).
 * @cssprop --wm-score-gauge-fill-color - Colour of the value arc (default: the tone of the value's band).
 * @cssprop --wm-score-gauge-needle-color - Colour of the needle (default `--wm-color-text`).
 * @cssprop --wm-score-gauge-target-color - Colour of the target mark (default `--wm-color-text`).
 * @cssprop --wm-score-gauge-trend-color - Colour of the sparkline (default `--wm-color-accent`).
 * @cssprop --wm-score-gauge-background - Background of the gauge (default `--wm-color-surface`).
 * @cssprop --wm-color-good - Tone of good bands and changes for the better.
 * @cssprop --wm-color-warning - Tone of warning bands and the low-sample warning.
 * @cssprop --wm-color-critical - Tone of critical bands and changes for the worse.
 * @cssprop --wm-color-neutral - Tone of neutral bands and of no change.
 * @cssprop --wm-font-family - Global font family.
 */
export class ScoreGauge extends DataElement<Metric> {
  static override styles = [hostStyles, printStyles, dialStyles, styles];
  static override properties: PropertyDeclarations = {
    metric: { reflect: true },
    journey: { reflect: true },
    customer: { reflect: true },
    kind: { reflect: true },
    value: { reflect: true, converter: optionalNumber },
    min: { reflect: true, converter: optionalNumber },
    max: { reflect: true, converter: optionalNumber },
    target: { reflect: true, converter: optionalNumber },
    previous: { reflect: true, converter: optionalNumber },
    label: { reflect: true },
    size: { reflect: true },
    trend: { type: Boolean, reflect: true },
  };

  /** Metric id to load through an adapter. */
  metric?: string;

  /** Journey id, for adapters that keep metrics per journey. */
  journey?: string;

  /** Customer id, for adapters that keep metrics per customer. */
  customer?: string;

  /** Inline metric: `nps`, `csat`, `ces`, `health` or `score` (the default). Sets range, bands and format. */
  kind?: MetricKind;

  /** Inline metric: the value. Setting it is what makes an inline metric. */
  value?: number;

  /** Inline metric: lowest value of the range (default per kind). */
  min?: number;

  /** Inline metric: highest value of the range (default per kind). */
  max?: number;

  /** Inline metric: the target, marked on the dial. */
  target?: number;

  /** Inline metric: last period's value, for the change. */
  previous?: number;

  /** Inline metric: its label (default: the kind's name, in the element's language). */
  label?: string;

  /** `s`, `m` or `l`. */
  size: GaugeSize = 'm';

  /** Shows the metric's history as a sparkline (when it has two or more points). */
  trend = false;

  #view?: GaugeView;
  #needleAngle?: number;

  readonly #loader = new LoadController<Metric>(this, {
    what: 'metric',
    schema: ReadableMetric,
    // Inline attributes only matter (and only reload) when no `metric` is named.
    args: () => [this.metric, this.journey, this.customer, ...(this.metric ? [] : this.#inlineArgs())],
    inline: () => (this.metric ? undefined : this.#inline()),
    load: (a, signal) => {
      if (this.metric) return a.metric?.({ metric: this.metric, journey: this.journey, customer: this.customer }, { signal });
      // Made in the load task, outside a render: localized() gives msg() the element's language.
      const hint = this.localized(() =>
        msg('Set the metric attribute to say which metric to show, or kind and value to show one inline.', { id: 'gauge.no-metric' }),
      );
      return Promise.reject(new WaymarkError('not-found', hint));
    },
    isEmpty: (m) => m.sampleSize === 0,
  });

  constructor() {
    super();
    // Draws the sparkline after each render that shows one; chart.js loads on first use.
    new ChartController(this, {
      canvas: () => this.renderRoot.querySelector<HTMLCanvasElement>('canvas[part~="trend-chart"]'),
      spec: () => (this.trend && this.#view?.trend ? sparklineSpec(this.#view, this.#view.trend) : undefined),
    });
  }

  /**
   * The gauge as shown, as a PNG or a self-contained SVG (fonts named, not embedded), in its
   * current theme and language, at `scale` (default `devicePixelRatio`).
   */
  toImage(options?: ImageOptions): Promise<Blob> {
    return import('../../export/image.js').then((m) => m.toImage(this, options));
  }

  /** Loads the metric again. */
  reload(): Promise<void> {
    return this.#loader.reload();
  }

  #inlineArgs() {
    return [this.kind, this.value, this.min, this.max, this.target, this.previous, this.label];
  }

  /**
   * The metric the attributes describe, or undefined without `value`. Validated
   * like any other. Its default label is English data; the render shows it in
   * the element's language (see #labelOf).
   */
  #inline(): unknown {
    if (this.value === undefined) return undefined;
    const kind = this.kind ?? 'score';
    const m: Record<string, unknown> = {
      id: 'inline',
      kind,
      label: this.label || (Object.hasOwn(KIND_DEFAULTS, kind) ? KIND_DEFAULTS[kind as MetricKind] : KIND_DEFAULTS.score).label,
      value: this.value,
    };
    for (const key of ['min', 'max', 'target', 'previous'] as const) if (this[key] !== undefined) m[key] = this[key];
    return m;
  }

  override render() {
    this.#view = undefined;
    return renderState(this.#loader, STATES(), (metric) => this.#renderMetric(metric));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#animateNeedle();
  }

  /** Sweeps the needle from where it was; with reduced motion it just moves. */
  #animateNeedle(): void {
    // A reload renders the loading state for a moment: keep the last angle through it.
    if (!this.#view) return;
    const to = angleOf(this.#view.at);
    const from = this.#needleAngle;
    this.#needleAngle = to;
    const needle = this.renderRoot.querySelector<SVGElement>('[part="needle"]');
    if (from === undefined || from === to || !needle) return;
    // A sweep still running started from an older value: the needle moves from where it is drawn now.
    for (const a of needle.getAnimations()) a.cancel();
    // Read only when the needle moves: computed style forces a style pass.
    const duration = motionMs(this, 3);
    if (!duration) return;
    needle.animate([{ transform: `rotate(${from - to}deg)` }, { transform: 'rotate(0deg)' }], {
      duration,
      easing: 'cubic-bezier(0.3, 0.7, 0.4, 1)',
    });
  }

  /** The label shown: an inline metric's default label is the kind's name in the element's language. */
  #labelOf(metric: Metric): string {
    const inlineDefault = metric.id === 'inline' && !this.metric && !this.label && metric.label === KIND_DEFAULTS[metric.kind].label;
    return inlineDefault ? kindLabel(metric.kind) : metric.label;
  }

  #renderMetric(metric: Metric) {
    let v: GaugeView;
    try {
      v = gaugeView(metric, this.effectiveLocale);
    } catch (e) {
      // The schema check should make this unreachable; still, rendering never throws.
      return renderAlert(msg(str`This metric can't be shown: ${(e as Error).message}`, { id: 'gauge.unreadable' }));
    }
    this.#view = v;
    const { change } = v;
    const lowSample = numberFormat(this.effectiveLocale, {}).format(LOW_SAMPLE);
    // No whitespace between children laid out by flex (it is not rendered,
    // but each run is a DOM node), and no wrapper without a style: a page may
    // show a hundred gauges (test/nodes.test.ts counts them).
    return html`<div part="base" class="base"><p part="label" class="label" id="label">${this.#labelOf(metric)}</p>${renderDial(v, v.valuetext)}<p class="reading">${v.bandLabel ? html`<span part="band-label" class="band-label tone-${v.tone}">${v.bandLabel}</span>` : nothing}${change
      ? html`<span part="change ${change.direction} ${change.verdict}" class="change ${change.verdict}">${changeIcon(change.direction)}${change.words}</span>`
      : nothing}</p>${v.target || v.sample
      ? html`<p class="facts">${v.target
        ? html`<span part="target-label" class="target-label">${msg(html`Target <bdi>${v.target.text}</bdi>`, { id: 'gauge.target' })}</span>`
        : nothing}${v.sample
        ? html`<span part="sample" class="sample">${msg(html`n = <bdi>${v.sample.text}</bdi>`, { id: 'gauge.sample' })}</span>`
        : nothing}</p>`
      : nothing}${v.sample?.low
      ? html`<p part="low-sample" class="low-sample">${warningIcon}${msg(str`Low sample: fewer than ${lowSample} responses`, { id: 'gauge.low-sample' })}</p>`
      : nothing}${this.trend && v.trend ? renderTrend(v.trend, this.#labelOf(metric)) : nothing}<details part="details" class="details"><summary>${msg('How is this calculated?', { id: 'gauge.explain.summary' })}</summary><p>${v.explain}</p></details></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-score-gauge': ScoreGauge;
  }
}
