import type { Metric, MetricKind } from '../../data/schema.js';
import { KIND_DEFAULTS, change as changeOf } from '../../metrics/index.js';
import { KIND_TEXT } from '../../metrics/words.js';
import { formatCount, formatDate, pluralOf } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { dialModel, formatValue, type BandTone, type DialModel } from '../dial/model.js';
import { NAMED_VALUE, changeWords, noChangeWords } from './words.js';

/** Below this many responses a survey score is flagged as a low sample. */
export const LOW_SAMPLE = 30;

/** The default label of an inline metric of `kind` (KIND_DEFAULTS' `label`), in the language of the element rendering now. */
export const kindLabel = (kind: MetricKind): string => KIND_TEXT[kind]().label;

const RANK: Partial<Record<BandTone, number>> = { critical: 0, warning: 1, good: 2 };

export interface ChangeView {
  direction: 'up' | 'down' | 'flat';
  /** "up 6 since last period": the amount is unsigned, so it needs no bidi isolation. */
  words: string;
  /** Whether the move is for the better, the worse, or neither (flat). */
  verdict: 'better' | 'worse' | 'same';
}

export interface TrendView {
  labels: string[];
  values: number[];
  texts: string[];
  /** "Trend over 6 periods: from 20 to 32". */
  summary: string;
}

/** Everything the gauge shows, computed once per render from a validated metric: its dial and the rest. */
export interface GaugeView extends DialModel {
  metric: Metric;
  change?: ChangeView;
  /** The meter's aria-valuetext: value, band and change in words. */
  valuetext: string;
  /** The formatted sample size, and whether it is under LOW_SAMPLE. */
  sample?: { text: string; low: boolean };
  explain: string;
  trend?: TrendView;
}

/** Lower is better when the metric's own bands run from good to critical (e.g. days to first value). */
function higherIsBetter(m: Metric): boolean {
  const sorted = m.bands?.length ? [...m.bands].sort((a, b) => a.upTo - b.upTo) : undefined;
  const first = sorted && RANK[sorted[0]!.tone];
  const last = sorted && RANK[sorted[sorted.length - 1]!.tone];
  if (first !== undefined && last !== undefined && first !== last) return first < last;
  return KIND_DEFAULTS[m.kind].higherIsBetter;
}

function changeView(m: Metric, locale: string, unit: string): ChangeView | undefined {
  const c = changeOf(m.value, m.previous);
  if (!c) return undefined;
  if (c.direction === 'flat') return { direction: 'flat', words: noChangeWords(), verdict: 'same' };
  const points = unit === '%';
  const magnitude = Math.abs(c.delta);
  const amount = formatValue(locale, magnitude, m.kind, points ? '' : unit, false);
  const decimals = KIND_DEFAULTS[m.kind].decimals;
  const one = points && pluralOf(locale, magnitude, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) === 'one';
  const better = (c.direction === 'up') === higherIsBetter(m);
  return {
    direction: c.direction,
    words: changeWords(c.direction, amount, points, one),
    verdict: better ? 'better' : 'worse',
  };
}

function trendView(m: Metric, locale: string, format: (v: number) => string): TrendView | undefined {
  const points = [...(m.history ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (points.length < 2) return undefined;
  const texts = points.map((p) => format(p.value));
  const count = formatCount(locale, points.length);
  const first = texts[0]!;
  const last = texts[texts.length - 1]!;
  return {
    labels: points.map((p) => formatDate(locale, p.at)),
    values: points.map((p) => p.value),
    texts,
    // Two or more periods, so always the plural.
    summary: msg(str`Trend over ${count} periods: from ${first} to ${last}`, { id: 'gauge.trend.summary' }),
  };
}

/**
 * Builds the view of `m`, its words in the language of the element rendering
 * now (call it from a render); throws a MetricError only for data the schema check lets through by mistake. */
export function gaugeView(m: Metric, locale: string): GaugeView {
  const dial = dialModel(m, locale);
  const change = changeView(m, locale, m.unit ?? KIND_DEFAULTS[m.kind].unit);
  return {
    ...dial,
    metric: m,
    change,
    valuetext: [NAMED_VALUE[m.kind](dial.valueText), dial.bandLabel, change?.words].filter(Boolean).join(', '),
    sample:
      m.sampleSize === undefined
        ? undefined
        : { text: formatCount(locale, m.sampleSize), low: m.sampleSize < LOW_SAMPLE },
    explain: KIND_TEXT[m.kind]().explain,
    trend: trendView(m, locale, dial.format),
  };
}
